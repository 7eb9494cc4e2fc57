package no.nmstat.io;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * How to read case files.
 *
 * @param encoding the character set to use, or {@code null} to detect it
 * @param dates how to read date cells
 * @param columns explicit canonical-column-to-header mappings that override the aliases
 * @param maxProblems how many problems to keep for reporting (all are counted)
 */
public record ReadOptions(
    Charset encoding, DateReader dates, Map<String, String> columns, int maxProblems) {

  public ReadOptions {
    columns = Map.copyOf(columns);
  }

  /** Detection everywhere, standard dates, aliases only, 50 problems kept. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, DateReader.standard(), Map.of(), 50);
  }
}

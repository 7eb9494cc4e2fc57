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
 * @param progress told how far reading has come
 */
public record ReadOptions(Charset encoding, DateReader dates, Map<String, String> columns,
    int maxProblems, Progress progress) {

  public ReadOptions {
    columns = Map.copyOf(columns);
  }

  /** Options without a progress display. */
  public ReadOptions(Charset encoding, DateReader dates, Map<String, String> columns,
      int maxProblems) {
    this(encoding, dates, columns, maxProblems, Progress.NONE);
  }

  /** Detection everywhere, standard dates, aliases only, 50 problems kept. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, DateReader.standard(), Map.of(), 50);
  }
}

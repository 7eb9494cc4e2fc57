package no.nmstat.table;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Set;

/**
 * How to read case files.
 *
 * @param encoding the character set to use, or {@code null} to detect it
 * @param dates how to read date cells
 * @param columns explicit canonical-column-to-header mappings that override the aliases
 * @param maxProblems how many problems to keep for reporting (all are counted)
 * @param progress told how far reading has come
 * @param keep the text columns the caller uses (canonical names, or extra headers in {@link
 *     ColumnNames#normalize} form), or null for all; the others are checked but not kept
 * @param sheet the sheet to read from a workbook: a name, or a number from 1; null for the first
 * @param threads threads for parsing a large CSV file, 0 for one per core (up to 8)
 * @param parallelFrom the size in bytes from which a CSV file is parsed in parallel
 */
public record ReadOptions(
    Charset encoding,
    DateReader dates,
    Map<String, String> columns,
    int maxProblems,
    Progress progress,
    Set<String> keep,
    String sheet,
    int threads,
    long parallelFrom) {

  /** Files from 16 MB are parsed in parallel: below that, starting threads costs more. */
  public static final long PARALLEL_FROM = 16L << 20;

  public ReadOptions {
    columns = Map.copyOf(columns);
    keep = keep == null ? null : Set.copyOf(keep);
    if (threads < 0 || parallelFrom < 0) {
      throw new IllegalArgumentException("threads and parallelFrom must not be negative");
    }
  }

  /** Options parsing large files on one thread per core (up to 8). */
  public ReadOptions(
      Charset encoding,
      DateReader dates,
      Map<String, String> columns,
      int maxProblems,
      Progress progress,
      Set<String> keep,
      String sheet) {
    this(encoding, dates, columns, maxProblems, progress, keep, sheet, 0, PARALLEL_FROM);
  }

  /** Options without a progress display, keeping every column. */
  public ReadOptions(
      Charset encoding, DateReader dates, Map<String, String> columns, int maxProblems) {
    this(encoding, dates, columns, maxProblems, Progress.NONE, null, null);
  }

  /** These options keeping only {@code columns} (null: all). */
  public ReadOptions keeping(Set<String> columns) {
    return new ReadOptions(
        encoding,
        dates,
        this.columns,
        maxProblems,
        progress,
        columns,
        sheet,
        threads,
        parallelFrom);
  }

  /**
   * These options parsing CSV files from {@code parallelFrom} bytes on {@code threads} threads (0:
   * one per core, up to 8; 1: never in parallel).
   */
  public ReadOptions parsing(int threads, long parallelFrom) {
    return new ReadOptions(
        encoding, dates, columns, maxProblems, progress, keep, sheet, threads, parallelFrom);
  }

  /** Detection everywhere, standard dates, aliases only, 50 problems kept. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, DateReader.standard(), Map.of(), 50);
  }
}

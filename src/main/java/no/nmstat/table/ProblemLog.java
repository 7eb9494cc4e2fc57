package no.nmstat.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading, with row counts: the first problems up to a cap are kept for
 * reporting, all are counted. Warnings (unusual, but the row is used) are kept and counted apart
 * from errors.
 */
public final class ProblemLog {
  private final int cap;
  private final List<InputProblem> problems = new ArrayList<>();
  private final List<InputProblem> warnings = new ArrayList<>();
  private final List<InputProblem> unread = new ArrayList<>();
  private long unreadCount;
  private long count;
  private long warningCount;
  private long rowsWarned;
  private long rows;
  private long invalidRows;
  private boolean fatal;

  /** A log keeping at most {@code cap} problems. */
  public ProblemLog(int cap) {
    this.cap = cap;
  }

  /** Records a problem with one row or cell. */
  public void problem(String file, long line, String column, String value, String reason) {
    count++;
    if (problems.size() < cap) {
      problems.add(new InputProblem(file, line, column, value, reason));
    }
  }

  /** Records a warning about one row or cell: the row is still used. */
  public void warning(String file, long line, String column, String value, String reason) {
    warning(new InputProblem(file, line, column, value, reason, true));
  }

  private void warning(InputProblem warning) {
    warningCount++;
    if (warnings.size() < cap) {
      warnings.add(warning);
    }
  }

  /**
   * Records a warning about a cell whose value cannot be read (it is taken as empty): a warning
   * every command shows, since the figures rest on the missing value.
   */
  void unread(InputProblem warning) {
    warning(warning);
    unreadCount++;
    if (unread.size() < cap) {
      unread.add(warning);
    }
  }

  /** Counts a valid row that carries a warning. */
  public void rowWarned() {
    rowsWarned++;
  }

  /** Records a problem that makes a whole input unusable. */
  public void fatal(String file, long line, String column, String value, String reason) {
    fatal = true;
    problem(file, line, column, value, reason);
  }

  /** Counts a data row read. */
  void rowRead() {
    rows++;
  }

  /** Counts a data row that had a problem. */
  public void rowInvalid() {
    invalidRows++;
  }

  /** Adds what {@code other} logged, its line numbers moved by {@code lineOffset}. */
  public void absorb(ProblemLog other, long lineOffset) {
    for (InputProblem p : other.problems) {
      if (problems.size() < cap) {
        problems.add(p.movedBy(lineOffset));
      }
    }
    for (InputProblem p : other.warnings) {
      if (warnings.size() < cap) {
        warnings.add(p.movedBy(lineOffset));
      }
    }
    for (InputProblem p : other.unread) {
      if (unread.size() < cap) {
        unread.add(p.movedBy(lineOffset));
      }
    }
    count += other.count;
    warningCount += other.warningCount;
    unreadCount += other.unreadCount;
    rowsWarned += other.rowsWarned;
    rows += other.rows;
    invalidRows += other.invalidRows;
    fatal |= other.fatal;
  }

  /** Adds only the count of rows {@code other} read: its findings are not to be reported. */
  public void absorbRowCount(ProblemLog other) {
    rows += other.rows;
  }

  /** Orders the kept problems by {@code order} (stable: problems of one line keep theirs). */
  public void sort(java.util.Comparator<InputProblem> order) {
    problems.sort(order);
    warnings.sort(order);
    unread.sort(order);
  }

  /** The warnings kept for reporting. */
  public List<InputProblem> warnings() {
    return List.copyOf(warnings);
  }

  /** How many warnings were found. */
  public long warningCount() {
    return warningCount;
  }

  /** The warnings of unreadable values kept for reporting (among {@link #warnings}). */
  public List<InputProblem> unread() {
    return List.copyOf(unread);
  }

  /** How many values could not be read. */
  public long unreadCount() {
    return unreadCount;
  }

  /** How many valid rows carry a warning. */
  public long rowsWarned() {
    return rowsWarned;
  }

  /** The problems kept for reporting. */
  public List<InputProblem> problems() {
    return List.copyOf(problems);
  }

  /** How many problems were found. */
  public long count() {
    return count;
  }

  /** How many non-empty data rows were read. */
  public long rows() {
    return rows;
  }

  /** How many of those rows had a problem. */
  public long invalidRows() {
    return invalidRows;
  }

  /** Whether some input could not be read at all. */
  public boolean fatal() {
    return fatal;
  }
}

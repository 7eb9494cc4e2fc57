package no.nmstat.io;

import java.util.List;
import no.nmstat.model.CaseRecord;
import no.nmstat.table.InputProblem;

/**
 * What reading the inputs gave.
 *
 * @param cases the valid cases, in input order
 * @param problems the problems kept for reporting, in input order
 * @param problemCount how many problems were found in all
 * @param rows how many non-empty data rows were read
 * @param invalidRows how many of those rows had a problem
 * @param fatal whether some input could not be read as a case file at all (no header, no id column,
 *     binary data, an unterminated quote), so skipping rows cannot help
 * @param extraColumns the headers of columns beyond the canonical ones, in first-seen order
 * @param warnings the warnings kept for reporting, in input order
 * @param warningCount how many warnings were found in all
 * @param casesWarned how many valid cases carry a warning
 * @param unread the warnings of values that could not be read (a formula without a saved value),
 *     kept for reporting, in input order; they are among {@code warnings}
 * @param unreadCount how many values could not be read
 */
public record ReadResult(
    List<CaseRecord> cases,
    List<InputProblem> problems,
    long problemCount,
    long rows,
    long invalidRows,
    boolean fatal,
    List<String> extraColumns,
    List<InputProblem> warnings,
    long warningCount,
    long casesWarned,
    List<InputProblem> unread,
    long unreadCount) {

  public ReadResult {
    cases = cases instanceof no.nmstat.model.CaseList ? cases : List.copyOf(cases);
    problems = List.copyOf(problems);
    extraColumns = List.copyOf(extraColumns);
    warnings = List.copyOf(warnings);
    unread = List.copyOf(unread);
  }

  /** This result with {@code kept} (a selection of its cases) as its cases. */
  public ReadResult withCases(List<CaseRecord> kept) {
    return new ReadResult(
        kept,
        problems,
        problemCount,
        rows,
        invalidRows,
        fatal,
        extraColumns,
        warnings,
        warningCount,
        casesWarned,
        unread,
        unreadCount);
  }

  /** Whether nothing is wrong. */
  public boolean clean() {
    return problemCount == 0;
  }
}

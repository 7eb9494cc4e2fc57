package no.nmstat.io;

import java.util.List;
import no.nmstat.format.Plural;
import no.nmstat.table.InputProblem;

/** The input has problems and no result may be computed from it. */
public final class InvalidInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<InputProblem> problems;
  private final long total;
  private final boolean fatal;
  private final String hint;
  private final boolean skippable;

  /**
   * @param problems the problems kept for reporting (at most the cap)
   * @param total how many problems were found in all
   * @param fatal whether some input could not be read as a case file at all
   */
  public InvalidInputException(List<InputProblem> problems, long total, boolean fatal) {
    this(problems, total, fatal, null);
  }

  /** As above, with what to tell the user instead of the usual hint (null: the usual). */
  public InvalidInputException(
      List<InputProblem> problems, long total, boolean fatal, String hint) {
    this(problems, total, fatal, hint, true);
  }

  private InvalidInputException(
      List<InputProblem> problems, long total, boolean fatal, String hint, boolean skippable) {
    super(Plural.count(total, "problem", "problems") + " in the input");
    this.problems = List.copyOf(problems);
    this.total = total;
    this.fatal = fatal;
    this.hint = hint;
    this.skippable = skippable;
  }

  /**
   * Problems of an input that {@code --skip-invalid} does not skip (a W.A.I.T. panel: a medicine
   * left out would count as not available), so no hint points to it.
   */
  public static InvalidInputException unskippable(
      List<InputProblem> problems, long total, boolean fatal) {
    return new InvalidInputException(problems, total, fatal, null, false);
  }

  /** Whether {@code --skip-invalid}, where a command has it, would compute on the valid rows. */
  public boolean skippable() {
    return skippable;
  }

  /** What to tell the user about the way out, or null for the usual hint. */
  public String hint() {
    return hint;
  }

  /** Whether some input could not be read as a case file, so skipping rows cannot help. */
  public boolean fatal() {
    return fatal;
  }

  /** The problems kept for reporting. */
  public List<InputProblem> problems() {
    return problems;
  }

  /** How many problems were found in all, including those past the cap. */
  public long total() {
    return total;
  }
}

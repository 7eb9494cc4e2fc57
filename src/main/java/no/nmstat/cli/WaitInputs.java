package no.nmstat.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nmstat.io.InvalidInputException;
import no.nmstat.model.YearRange;
import no.nmstat.table.InputFileException;
import no.nmstat.table.InputSource;
import no.nmstat.wait.PanelReader;
import no.nmstat.wait.PanelRow;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** What the W.A.I.T. commands read from their options: a panel file and cohort years. */
final class WaitInputs {
  private static final Pattern COHORT = Pattern.compile("(\\d{4})\\s*(?:\\.\\.|-)\\s*(\\d{4})");

  private WaitInputs() {}

  /** The rows of {@code panel}, or the problems it has (exit 65) or its absence (66). */
  static List<PanelRow> panel(String panel, ReadingOptions reading, Environment env)
      throws InputFileException, InvalidInputException {
    PanelReader.Result r =
        PanelReader.read(
            InputSource.of(panel, env.workingDirectory(), env.in()), reading.options(env));
    if (r.log().count() > 0) {
      throw InvalidInputException.unskippable(r.log().problems(), r.log().count(), r.log().fatal());
    }
    return r.rows();
  }

  /**
   * A usage error unless {@code cutoff} falls after the cohort's last year: a medicine authorised
   * after its cut-off would count as not available before it could be.
   */
  static void requireCutoffAfter(CommandLine cmd, LocalDate cutoff, YearRange years) {
    if (cutoff.getYear() <= years.last()) {
      throw new ParameterException(
          cmd, "the cut-off " + cutoff + " must be after the cohort's last year " + years.last());
    }
  }

  /** The first and last year of a cohort written {@code FIRST..LAST} (or FIRST-LAST). */
  static YearRange cohort(CommandLine cmd, String text, String option) {
    Matcher m = COHORT.matcher(text.strip());
    if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
      throw new ParameterException(
          cmd, option + " " + text + ": expected FIRST..LAST, e.g. 2020..2023");
    }
    return new YearRange(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }
}

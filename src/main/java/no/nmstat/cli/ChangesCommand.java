package no.nmstat.cli;

import java.util.List;
import no.nmstat.changes.CaseListChanges;
import no.nmstat.changes.Change;
import no.nmstat.io.InvalidInputException;
import no.nmstat.io.ReadResult;
import no.nmstat.model.CaseRecord;
import no.nmstat.view.ChangeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nmstat changes}: what happened between two versions of a case list. */
@Command(
    name = "changes",
    mixinStandardHelpOptions = true,
    description =
        "The changes from an older case list to a newer one, one row per change (id, indication,"
            + " round, kind, field, old, new): new cases, milestones and decisions recorded,"
            + " clock stops and values filled in, and the corrections (a date or value changed"
            + " or removed, a case vanished), which also print on stderr as warnings. Cases are"
            + " matched by ID and indication (else substance and trade name), rounds by their"
            + " order. A summary line on stderr counts each kind.",
    footer = {
      "",
      "Examples:",
      "  nmstat changes last-month.csv cases.csv",
      "  nmstat changes old.xlsx new.csv --format json -o changes.json",
      "  nmstat changes old.csv new.csv --fail-on-correction   # exit 1 on a correction"
    })
final class ChangesCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "OLD", description = "The older case list (CSV or .xlsx).")
  String older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer case list (CSV or .xlsx).")
  String newer;

  @Mixin ReadingOptions reading;

  @Mixin FormatOption output;

  @Option(
      names = "--fail-on-correction",
      description =
          "Exit 1 when the newer list corrects the older one (a case list should only grow).")
  boolean failOnCorrection;

  @Override
  ExitStatus run() throws Exception {
    List<Change> changes = CaseListChanges.between(read(older), read(newer));
    output.write(ChangeReport.table(changes), env());
    long corrections = 0;
    for (Change c : changes) {
      if (c.kind().correction()) {
        corrections++;
        env().err().println("nmstat: warning: correction: " + ChangeReport.warning(c));
      }
    }
    env().err().println("nmstat: " + ChangeReport.summary(changes));
    return failOnCorrection && corrections > 0 ? ExitStatus.CHECK_FAILED : ExitStatus.OK;
  }

  /** The valid cases of {@code file}, or its problems (exit 65). */
  private List<CaseRecord> read(String file) throws Exception {
    ReadResult r = InputOptions.readCases(List.of(file), reading, env(), null);
    provenance().read(List.of(file), r.rows());
    Problems.printUnread(env().err(), r);
    if (!r.clean()) {
      throw new InvalidInputException(r.problems(), r.problemCount(), r.fatal());
    }
    return r.cases();
  }
}

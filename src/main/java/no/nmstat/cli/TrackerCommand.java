package no.nmstat.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.nmstat.backlog.CaseState;
import no.nmstat.format.Format;
import no.nmstat.io.ReadResult;
import no.nmstat.model.CaseColumns;
import no.nmstat.tracker.OpenCase;
import no.nmstat.tracker.Tracker;
import no.nmstat.tracker.TrackerResult;
import no.nmstat.view.TrackerReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code nmstat tracker}: every open case, where it stands and when it should move. */
@Command(
    name = "tracker",
    mixinStandardHelpOptions = true,
    description =
        "One row per case open on the as-of date: its state (awaiting_documentation, queue,"
            + " assessment, negotiation, awaiting_decision), since when, the 180-day clock and"
            + " deadline (queue and assessment), and when it is expected to move on.",
    footer = {
      "",
      "Examples:",
      "  nmstat tracker data/cases-sample.csv --as-of 2025-10-31",
      "  nmstat tracker cases.csv --state queue,assessment --format csv",
      "",
      "Order: queue and assessment cases by days_left (most overdue first), then the others"
          + " by days_in_state, longest first. expected: the date by which half of the file's"
          + " past stays in the state that had lasted as long had ended (Kaplan-Meier, at least"
          + " 10 of them: expected_n), in the queue the forecast's date (nmstat forecast). The"
          + " deadline counts only the clock stops recorded: one still running is not known."
    })
final class TrackerCommand extends CaseFileCommand {
  @Mixin FormatOption output;

  @Option(
      names = "--state",
      paramLabel = "S",
      split = ",",
      converter = StateConverter.class,
      description =
          "Only cases in these states: awaiting_documentation, queue, assessment,"
              + " negotiation, awaiting_decision (default: all).")
  List<CaseState> states;

  @Override
  Set<String> columnsUsed() {
    return Set.of(CaseColumns.SUBSTANCE, CaseColumns.TRADE_NAME);
  }

  @Override
  ExitStatus run() throws Exception {
    LocalDate date = asOf.resolve(env());
    // The history and the queue forecast are the whole file's; --where selects the cases listed.
    ReadResult all = readAllValid();
    where.select(env(), all, date);
    TrackerResult result =
        Tracker.of(snapshot(all, date), Tracker.FORECAST_WINDOW_DAYS, where.selects(all));
    List<OpenCase> cases =
        states == null
            ? result.cases()
            : result.cases().stream().filter(c -> states.contains(c.state())).toList();
    Format format = output.resolve(env());
    List<String> notes = TrackerReport.notes(result);
    if (!format.human()) {
      notes.forEach(line -> env().err().println("nmstat: note: " + line));
    }
    output.write(TrackerReport.table(cases, format.human() ? notes : List.of()), env());
    return ExitStatus.OK;
  }

  /** Reads a waiting state by its name (awaiting_documentation, queue, …) in any case. */
  static final class StateConverter implements ITypeConverter<CaseState> {
    @Override
    public CaseState convert(String value) {
      for (CaseState s : CaseState.waiting()) {
        if (s.label().equalsIgnoreCase(value.strip())) {
          return s;
        }
      }
      throw new TypeConversionException(
          "'"
              + value
              + "' is not a state: "
              + CaseState.waiting().stream()
                  .map(CaseState::label)
                  .collect(Collectors.joining(", ")));
    }
  }
}

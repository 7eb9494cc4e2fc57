package no.nmstat.cli;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nmstat.format.Plural;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.Coverage;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Intervals;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.ProcessOrder;
import no.nmstat.summary.IntervalSummary;
import picocli.CommandLine.Mixin;

/**
 * A command that computes on the valid cases of its case files, as they stood on the as-of date
 * (summary, cases, backlog, outliers, check, phases, report).
 */
abstract class CaseFileCommand extends BaseCommand {
  @Mixin InputOptions input;

  @Mixin AsOfOption asOf;

  @Mixin SkipInvalidOption skip;

  @Mixin WhereOption where;

  /**
   * The valid cases that pass --where as they stood on {@code asOf}, or an exception when the input
   * has problems that --skip-invalid does not allow past. Rounds are formed of all the valid cases
   * before --where selects among them.
   */
  ReadResult readValid() throws Exception {
    return where.select(env(), readAllValid(), asOf.resolve(env()));
  }

  /**
   * The valid cases before --where selects among them (its conditions are read first): what a model
   * of the whole queue needs, the queue forecast's.
   */
  ReadResult readAllValid() throws Exception {
    ReadResult r = input.read(env(), where.keeping(columnsUsed()));
    provenance().read(input.files, r.rows());
    return skip.valid(env(), r);
  }

  /**
   * The text columns the command uses, canonical names or extra headers in normalised form; null
   * for all. Reading leaves the others out (after checking them), which saves time and memory on
   * large inputs.
   */
  Set<String> columnsUsed() {
    return null;
  }

  /**
   * Warns once for each user-defined interval that runs against the usual process order: its days
   * can be negative by definition.
   */
  void warnAgainstOrder(Collection<Interval> intervals) {
    for (Interval i : intervals) {
      if (!Intervals.STANDARD.contains(i)
          && !i.clockStop()
          && ProcessOrder.against(i.from(), i.to())) {
        env()
            .err()
            .println(
                "nmstat: warning: interval "
                    + i.name()
                    + " runs from "
                    + i.from()
                    + " back to "
                    + i.to()
                    + ", against the usual process order: its days can be"
                    + " negative");
      }
    }
  }

  /**
   * Notes on stderr, once per interval the file cannot measure, what it lacks ("queue: no case has
   * documentation_received recorded"): every format shows the row, none says why but this.
   */
  void noteNotMeasurable(List<IntervalSummary> summaries) {
    Map<String, List<String>> unrecorded = new LinkedHashMap<>();
    for (IntervalSummary s : summaries) {
      if (!s.measurable()) {
        unrecorded.putIfAbsent(s.interval().name(), s.unrecorded());
      }
    }
    unrecorded.forEach((name, columns) -> noteUnrecorded(name, columns));
  }

  /** Notes on stderr that {@code what} cannot be measured: no case records {@code columns}. */
  void noteUnrecorded(String what, List<String> columns) {
    env().err().println("nmstat: note: " + what + ": " + Coverage.noCaseRecords(columns));
  }

  /** Notes on stderr, per interval net of clock stops, completed cases with none recorded. */
  void noteClockStops(List<IntervalSummary> summaries) {
    Map<String, Long> unrecorded = new LinkedHashMap<>();
    for (IntervalSummary s : summaries) {
      if (s.noClockStop() > 0) {
        unrecorded.merge(s.interval().name(), s.noClockStop(), Long::sum);
      }
    }
    unrecorded.forEach(
        (name, n) ->
            env()
                .err()
                .println(
                    "nmstat: note: "
                        + name
                        + ": "
                        + Plural.count(n, "completed case has", "completed cases have")
                        + " no clock stop recorded;"
                        + " nothing is subtracted for "
                        + Plural.word(n, "it", "them")));
  }

  /** {@code result}'s cases as of {@code asOf}, noting on stderr any later dates set aside. */
  Snapshot snapshot(ReadResult result, LocalDate date) {
    provenance().asOf(date);
    Snapshot s = Snapshot.of(result.cases(), (int) date.toEpochDay());
    if (s.datesIgnored() > 0) {
      env()
          .err()
          .println(
              "nmstat: note: "
                  + Plural.count(s.datesIgnored(), "milestone date is", "milestone dates are")
                  + " after the as-of date "
                  + date
                  + " and counted as not yet reached");
    }
    asOf.noteFarFromData(env(), s.latestDay(), date);
    return s;
  }
}

package no.nmstat.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.nmstat.format.Format;
import no.nmstat.format.Table;
import no.nmstat.io.PublishedSeries;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Period;
import no.nmstat.model.Milestone;
import no.nmstat.trend.BesidePublished;
import no.nmstat.trend.IntervalTrend;
import no.nmstat.trend.Trend;
import no.nmstat.trend.TrendRequest;
import no.nmstat.view.PublishedTrendReport;
import no.nmstat.view.TrendReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code nmstat trend}: each interval per period, and whether the data shows a change. */
@Command(
    name = "trend",
    mixinStandardHelpOptions = true,
    description =
        "Each interval per period (year, half, tertial, quarter or month) with 95%% intervals,"
            + " and the change from the previous period with its verdict: faster, slower, no"
            + " clear change or too few cases.",
    footer = {
      "",
      "Examples:",
      "  nmstat trend data/cases-sample.csv --intervals assessment --every tertial",
      "  nmstat trend cases.csv --intervals queue,assessment --every year --base 2023",
      "  nmstat trend cases.csv --intervals assessment --of documentation_received",
      "  nmstat trend cases.csv --every half --from 2022-01-01 --format json",
      "  nmstat trend cases.csv --every year --published",
      "",
      "A case is in the period of the interval's end (what DMP reports: assessments"
          + " delivered in T1), or with --of in that of another milestone: cohorts by start,"
          + " where open cases belong and are censored (the cohort view, judged by the log-rank"
          + " test). The period holding the as-of date is partial."
    })
final class TrendCommand extends CaseFileCommand {
  @Mixin IntervalOptions intervals;

  @Mixin FormatOption output;

  @Option(
      names = "--every",
      paramLabel = "PERIOD",
      defaultValue = "year",
      converter = BacklogCommand.PeriodConverter.class,
      description = "year, half, tertial, quarter or month (default: ${DEFAULT-VALUE}).")
  Period every;

  @Option(
      names = {"--of", "--year-of"},
      paramLabel = "MILESTONE",
      description =
          "Milestone whose date puts a case in a period (default: each interval's end),"
              + " e.g. documentation_received.")
  String of;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = AsOfOption.DateConverter.class,
      description = "First date counted (default: the earliest).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = AsOfOption.DateConverter.class,
      description = "Last date counted (default: the as-of date).")
  LocalDate to;

  @Option(
      names = "--base",
      paramLabel = "PERIOD",
      description = "Also compare every period with this one, e.g. 2023 or 2024-T1.")
  String base;

  @Option(
      names = "--published",
      description =
          "Set the file's figures beside the published Norwegian ones of the same period"
              + " (data/nyemetoder-published.csv), compared only where both measure the same"
              + " interval and statistic.")
  boolean published;

  @Override
  Set<String> columnsUsed() {
    return Set.of();
  }

  @Override
  ExitStatus run() throws Exception {
    List<Interval> selected = intervals.intervals();
    Milestone milestone =
        of == null ? null : IntervalOptions.milestone(spec.commandLine(), of, "--of " + of);
    if (from != null && to != null && from.isAfter(to)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    LocalDate date = asOf.resolve(env());
    ReadResult result = readValid();
    warnAgainstOrder(selected);
    TrendRequest request =
        new TrendRequest(selected, intervals.targets(), every, milestone, from, to, base);
    List<IntervalTrend> trends;
    try {
      trends = Trend.compute(snapshot(result, date), request);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--base " + base + ": " + e.getMessage());
    }
    for (IntervalTrend t : trends) {
      if (!t.measurable()) {
        noteUnrecorded(t.interval().name(), t.unrecorded());
      }
    }
    Format format = output.resolve(env());
    if (published) {
      output.write(
          PublishedTrendReport.published(BesidePublished.of(trends, PublishedSeries.load()), date),
          env());
      return ExitStatus.OK;
    }
    Table table =
        format.human()
            ? TrendReport.human(trends, base != null, date)
            : TrendReport.machine(trends, base != null, date);
    output.write(table, env());
    return ExitStatus.OK;
  }
}

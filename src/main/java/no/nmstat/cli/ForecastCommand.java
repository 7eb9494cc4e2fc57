package no.nmstat.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import no.nmstat.forecast.Backtest;
import no.nmstat.forecast.BacktestRow;
import no.nmstat.forecast.QueueForecast;
import no.nmstat.forecast.QueueModel;
import no.nmstat.format.Format;
import no.nmstat.format.Plural;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.Period;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseRecord;
import no.nmstat.view.ForecastReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code nmstat forecast}: when each case in DMP's queue is expected to get a case handler. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description =
        "For each case in DMP's queue on the as-of date (documentation received, no case"
            + " handler yet), when a case handler is expected, with a prediction interval"
            + " calibrated on the file's own history; --backtest shows how well such forecasts"
            + " held in the past.",
    footer = {
      "",
      "Examples:",
      "  nmstat forecast data/cases-sample.csv --as-of 2025-10-31",
      "  nmstat forecast cases.csv --level 0.9 --window 180 --format csv",
      "  nmstat forecast data/cases-sample.csv --as-of 2025-10-31 --backtest \\",
      "      --every quarter",
      "",
      "Model: cases are taken in order of documentation received at the rate of the window;"
          + " the k-th case waits for k assignments, a Gamma time of a Poisson process, moved"
          + " and widened to where past forecasts (one per month end) actually fell. JSON"
          + " is an array of per-case objects; the figures the forecast rests on go to stderr"
          + " for csv, tsv, json and xlsx."
    })
final class ForecastCommand extends CaseFileCommand {
  @Mixin ForecastOptions forecast;

  @Mixin FormatOption output;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      defaultValue = "0.8",
      converter = ForecastOptions.LevelConverter.class,
      description = "The prediction interval's level: 0.8 or 80%% (default: ${DEFAULT-VALUE}).")
  double level;

  @Option(
      names = "--backtest",
      description =
          "Re-run the forecast at each past period end with what was known then and compare"
              + " with what happened.")
  boolean backtest;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = AsOfOption.DateConverter.class,
      description =
          "With --backtest: the first period (default: the first month end whose forecast can"
              + " be calibrated on earlier ones).")
  LocalDate from;

  @Option(
      names = "--every",
      paramLabel = "PERIOD",
      converter = BacklogCommand.PeriodConverter.class,
      description = "With --backtest: month, quarter, tertial, half or year (default: month).")
  Period every;

  @Override
  Set<String> columnsUsed() {
    return Set.of(CaseColumns.SUBSTANCE, CaseColumns.TRADE_NAME);
  }

  @Override
  ExitStatus run() throws Exception {
    if (!backtest && (from != null || every != null)) {
      throw new ParameterException(
          spec.commandLine(), (from != null ? "--from" : "--every") + " needs --backtest");
    }
    LocalDate date = asOf.resolve(env());
    if (from != null && !from.isBefore(date)) {
      throw new ParameterException(
          spec.commandLine(), "--from " + from + " is not before the as-of date " + date);
    }
    if (backtest && where.given()) {
      throw new ParameterException(
          spec.commandLine(),
          "--where selects the cases whose forecast is shown; the backtest judges the forecasts of"
              + " the whole queue, so it takes no --where");
    }
    // The queue is every case in it: positions and the rate of assignments are the whole queue's,
    // and --where only selects the cases shown.
    ReadResult result = readAllValid();
    Predicate<CaseRecord> shown = where.selects(result);
    QueueModel model =
        QueueModel.of(
            snapshot(result, date).cases(), (int) date.toEpochDay(), forecast.window, level);
    Format format = output.resolve(env());
    if (!backtest) {
      QueueForecast f = model.forecast();
      if (!format.human()) {
        ForecastReport.basis(f).forEach(line -> env().err().println("nmstat: note: " + line));
      }
      if (where.given()) {
        long n = f.cases().stream().filter(q -> shown.test(q.record())).count();
        env()
            .err()
            .println(
                "nmstat: note: --where shows "
                    + n
                    + " of the "
                    + Plural.count(f.cases().size(), "case", "cases")
                    + " in the queue ("
                    + String.join("; ", where.where)
                    + "); positions and forecasts are those of the whole queue");
      }
      output.write(ForecastReport.table(f, shown), env());
      return ExitStatus.OK;
    }
    // A file whose queue cannot be seen has nothing to backtest, --from or not: its rows would
    // claim a queue of 0 at every period end.
    Backtest backtest = new Backtest(model);
    LocalDate first =
        from != null && model.queue().documented() > 0 ? from : backtest.firstCalibrated();
    if (first == null) {
      env().err().println("nmstat: note: " + ForecastReport.noBacktest(model.forecast()));
      output.write(ForecastReport.backtest(List.of(), level, date), env());
      return ExitStatus.OK;
    }
    List<BacktestRow> rows = backtest.rows(first, every == null ? Period.MONTH : every);
    output.write(ForecastReport.backtest(rows, level, date), env());
    env().out().flush();
    env()
        .err()
        .println("nmstat: backtest: " + ForecastReport.verdict(rows.get(rows.size() - 1), level));
    return ExitStatus.OK;
  }
}

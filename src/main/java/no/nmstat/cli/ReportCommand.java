package no.nmstat.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.nmstat.changes.CaseListChanges;
import no.nmstat.format.Format;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.Period;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.YearRange;
import no.nmstat.report.HtmlReport;
import no.nmstat.report.MarkdownReport;
import no.nmstat.report.ReportContent;
import no.nmstat.wait.PanelRow;
import no.nmstat.wait.WaitIndicator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code nmstat report}: a report people read, as one HTML page, a Markdown document, or a PDF
 * printed from the page by headless Chromium.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "A self-contained report: headline figures against targets, days per year,"
            + " the trend of the medians, the actor breakdown, the backlog, the open cases (where"
            + " each stands, against its deadline), what changed since an older list with"
            + " --since, and the W.A.I.T. comparison with --wait.",
    footer = {
      "",
      "Examples:",
      "  nmstat report data/cases-sample.csv -o report.html",
      "  nmstat report cases.csv --wait panel.csv --as-of 2025-10-31 -o report.html",
      "  nmstat report cases.csv -o report.md",
      "  nmstat report cases.csv --since last-month.csv -o report.html",
      "  nmstat report cases.csv -o report.pdf",
      "  nmstat report cases.csv --format markdown >> \"$GITHUB_STEP_SUMMARY\"",
      "",
      "Without -o the report goes to stdout as Markdown. The HTML page needs no network: charts are"
          + " inline SVG, with their numbers under 'The numbers'; it reads on a phone and prints"
          + " on A4 from a browser.",
      "",
      "PDF: the HTML page printed by headless Chromium (--print-to-pdf), found on the PATH as "
          + "chromium, chromium-browser, google-chrome or google-chrome-stable. Without it,"
          + " asking for a PDF is a usage error: write -o report.html and print it from a"
          + " browser."
    })
final class ReportCommand extends CaseFileCommand {
  @Mixin ForecastOptions forecast;

  @Mixin FormatOption output;

  @Option(
      names = "--since",
      paramLabel = "OLD",
      description =
          "An older version of the case list: adds the section 'Since the last list' (what"
              + " nmstat changes OLD FILE lists).")
  String since;

  @Option(
      names = "--every",
      paramLabel = "PERIOD",
      defaultValue = "year",
      converter = BacklogCommand.PeriodConverter.class,
      description =
          "The periods of the trend of the medians: year, half, tertial (DMP's reporting),"
              + " quarter or month (default: ${DEFAULT-VALUE}).")
  Period every;

  @Option(
      names = "--wait",
      paramLabel = "PANEL",
      description = "A W.A.I.T. panel to add the international comparison.")
  String panel;

  @Option(
      names = "--wait-cohort",
      paramLabel = "FIRST..LAST",
      description =
          "Authorisation years of the comparison (default: the survey convention,"
              + " five to two years before the as-of year).")
  String waitCohort;

  @Option(
      names = "--wait-cutoff",
      paramLabel = "DATE",
      converter = AsOfOption.DateConverter.class,
      description = "Cut-off of the comparison (default: 5 January of the as-of year).")
  LocalDate waitCutoff;

  @Option(
      names = "--focus",
      paramLabel = "COUNTRY",
      defaultValue = "NO",
      description = "Country highlighted in the comparison (default: ${DEFAULT-VALUE}).")
  String focus;

  @Override
  Set<String> columnsUsed() {
    // --since compares every descriptive column with the older list's.
    return since != null ? null : Set.of(CaseColumns.SUBSTANCE, CaseColumns.AREA);
  }

  @Override
  FormatOption.Formats formats() {
    return FormatOption.Formats.DOCUMENT;
  }

  @Override
  ExitStatus run() throws Exception {
    Format format = output.resolve(env());
    Path chromium =
        format != Format.PDF
            ? null
            : ChromiumPdf.onPath(env().programPath())
                .orElseThrow(
                    () ->
                        new ParameterException(
                            spec.commandLine(),
                            "-o "
                                + output.output
                                + ": a PDF needs Chromium (chromium on the PATH), which is not"
                                + " installed; write -o report.html and print it to PDF from a"
                                + " browser"));
    LocalDate date = asOf.resolve(env());
    ReportContent.WaitSection wait = panel == null ? null : waitSection(date);
    ReadResult all = readAllValid();
    ReadResult result = where.select(env(), all, date);
    String generator = new Nmstat.Version().getVersion()[0];
    Snapshot snapshot = snapshot(result, date);
    if (where.given()) {
      env()
          .err()
          .println(
              "nmstat: note: --where: the report's queue section is the whole queue's, since the"
                  + " forecast models every case in it");
    }
    ReportContent content =
        ReportFigures.compute(
            snapshot,
            Snapshot.of(all.cases(), snapshot.asOfDay()),
            where.selects(all),
            input.files,
            generator,
            wait,
            forecast.window,
            since == null
                ? null
                : CaseListChanges.between(
                    ChangesCommand.read(since, input.reading, env(), provenance()), result.cases()),
            asOf.farFromData(snapshot.latestDay(), date),
            every);
    List<String> provenance = output.provenance(List.of());
    if (format == Format.MARKDOWN) {
      output.write(MarkdownReport.render(content, provenance), env());
    } else if (format == Format.HTML) {
      output.write(HtmlReport.render(content, provenance), env());
    } else {
      byte[] pdf =
          ChromiumPdf.print(chromium, HtmlReport.render(content, provenance), output.output);
      output.write(pdf, env());
    }
    return ExitStatus.OK;
  }

  private ReportContent.WaitSection waitSection(LocalDate date) throws Exception {
    // By default the four years ending two years back, as the W.A.I.T. surveys do (method.md §5).
    YearRange years =
        waitCohort != null
            ? WaitInputs.cohort(spec.commandLine(), waitCohort, "--wait-cohort")
            : new YearRange(date.getYear() - 5, date.getYear() - 2);
    LocalDate cutoff = waitCutoff != null ? waitCutoff : LocalDate.of(date.getYear(), 1, 5);
    WaitInputs.requireCutoffAfter(spec.commandLine(), cutoff, years);
    List<PanelRow> rows = WaitInputs.panel(panel, input.reading, env());
    provenance().read(List.of(panel), rows.size());
    String country = focus.strip().toUpperCase(Locale.ROOT);
    return new ReportContent.WaitSection(
        WaitIndicator.compute(rows, years, cutoff), years, cutoff, country);
  }
}

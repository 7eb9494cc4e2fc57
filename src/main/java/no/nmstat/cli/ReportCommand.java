package no.nmstat.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.WaitIndicator;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.PanelRow;
import no.nmstat.report.HtmlReport;
import no.nmstat.report.MarkdownReport;
import no.nmstat.report.ReportContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nmstat report}: a report people read, as one HTML page or a Markdown document. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "A self-contained report: headline figures against targets, days per year,"
            + " the trend of the medians, the actor breakdown, the backlog, the cases waiting over"
            + " a year, and the W.A.I.T. comparison with --wait.",
    footer = {
      "",
      "Examples:",
      "  nmstat report data/cases-sample.csv -o report.html",
      "  nmstat report cases.csv --wait panel.csv --as-of 2025-10-31 -o report.html",
      "  nmstat report cases.csv -o report.md",
      "  nmstat report cases.csv --format markdown >> \"$GITHUB_STEP_SUMMARY\"",
      "",
      "The format follows the file extension (.html, .md) unless --format says otherwise;"
          + " without -o the report goes to stdout as Markdown. The HTML page needs no network:"
          + " charts are inline SVG, with their numbers under 'The numbers'."
    })
final class ReportCommand extends CaseCommand {
  @Mixin AsOfOption asOf;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (.html or .md); '-' or none: stdout.")
  String output;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "html or markdown (default: from the -o extension, else markdown).")
  String format;

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
    return Set.of(CaseColumns.SUBSTANCE, CaseColumns.AREA);
  }

  @Override
  ExitStatus run() throws Exception {
    boolean html = html();
    LocalDate date = asOf.resolve(env());
    ReportContent.WaitSection wait = panel == null ? null : waitSection(date);
    ReadResult result = readValid();
    String generator = new Nmstat.Version().getVersion()[0];
    ReportContent content = ReportContent.of(snapshot(result, date), input.files, generator, wait);
    String text = html ? HtmlReport.render(content) : MarkdownReport.render(content);
    if (output == null || output.equals("-")) {
      env().out().print(text);
      return ExitStatus.OK;
    }
    OutputFile.write(env().workingDirectory().resolve(output), output, text);
    env().err().println("nmstat: wrote " + output);
    return ExitStatus.OK;
  }

  private boolean html() {
    String f =
        format != null
            ? format.strip().toLowerCase(Locale.ROOT)
            : output != null && output.toLowerCase(Locale.ROOT).matches(".*\\.html?")
                ? "html"
                : "markdown";
    return switch (f) {
      case "html" -> true;
      case "markdown", "md" -> false;
      default -> throw new UsageException("--format " + format + ": html or markdown");
    };
  }

  private ReportContent.WaitSection waitSection(LocalDate date) throws Exception {
    int first = date.getYear() - 5;
    int last = date.getYear() - 2;
    if (waitCohort != null) {
      int[] years = WaitInputs.cohort(waitCohort, "--wait-cohort");
      first = years[0];
      last = years[1];
    }
    LocalDate cutoff = waitCutoff != null ? waitCutoff : LocalDate.of(date.getYear(), 1, 5);
    if (first > last || cutoff.getYear() <= last) {
      throw new UsageException(
          "the W.A.I.T. cut-off " + cutoff + " must follow the cohort " + first + "-" + last);
    }
    List<PanelRow> rows = WaitInputs.panel(panel, input.reading, env());
    String country = focus.strip().toUpperCase(Locale.ROOT);
    return new ReportContent.WaitSection(
        WaitIndicator.compute(rows, first, last, cutoff), first, last, cutoff, country);
  }
}

package no.nmstat.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.nmstat.io.ReadResult;
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
            + " the trend of the medians, the actor breakdown, the backlog, the cases waiting over"
            + " a year, and the W.A.I.T. comparison with --wait.",
    footer = {
      "",
      "Examples:",
      "  nmstat report data/cases-sample.csv -o report.html",
      "  nmstat report cases.csv --wait panel.csv --as-of 2025-10-31 -o report.html",
      "  nmstat report cases.csv -o report.md",
      "  nmstat report cases.csv -o report.pdf",
      "  nmstat report cases.csv --format markdown >> \"$GITHUB_STEP_SUMMARY\"",
      "",
      "The format follows the file extension (.html or .htm, .md or .markdown, .pdf) unless"
          + " --format says otherwise; any other extension is a usage error. Without -o the"
          + " report goes to stdout as Markdown. The HTML page needs no network: charts are"
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

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (.html, .md or .pdf); '-' or none: stdout.")
  String output;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      completionCandidates = Formats.class,
      description = "html, markdown or pdf (default: from the -o extension, else markdown).")
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

  /** What the report is written as. */
  private enum Kind {
    HTML,
    MARKDOWN,
    PDF
  }

  /** The --format values, for completion (which writes them in lower case). */
  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Kind.values()).map(Kind::name).iterator();
    }
  }

  @Override
  ExitStatus run() throws Exception {
    Kind kind = kind();
    boolean toStdout = output == null || output.equals("-");
    Path chromium = null;
    if (kind == Kind.PDF) {
      if (toStdout) {
        throw new ParameterException(spec.commandLine(), "a PDF report needs -o FILE.pdf");
      }
      chromium =
          ChromiumPdf.onPath(env().programPath())
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "-o "
                              + output
                              + ": a PDF needs Chromium (chromium on the PATH), which is not"
                              + " installed; write -o report.html and print it to PDF from a"
                              + " browser"));
    }
    LocalDate date = asOf.resolve(env());
    ReportContent.WaitSection wait = panel == null ? null : waitSection(date);
    ReadResult result = readValid();
    String generator = new Nmstat.Version().getVersion()[0];
    Snapshot snapshot = snapshot(result, date);
    ReportContent content =
        ReportFigures.compute(
            snapshot,
            input.files,
            generator,
            wait,
            forecast.window,
            asOf.farFromData(snapshot.latestDay(), date));
    String text =
        kind == Kind.MARKDOWN ? MarkdownReport.render(content) : HtmlReport.render(content);
    if (toStdout) {
      env().out().print(text);
      return ExitStatus.OK;
    }
    Path path = env().workingDirectory().resolve(output);
    if (kind == Kind.PDF) {
      OutputFile.write(path, output, ChromiumPdf.print(chromium, text, output));
    } else {
      OutputFile.write(path, output, text);
    }
    env().err().println("nmstat: wrote " + output);
    return ExitStatus.OK;
  }

  /**
   * The format: --format, else the -o file's extension, else Markdown on stdout. An extension that
   * names another format than --format, or that names none without --format, is a usage error: a
   * file named .pdf never holds Markdown.
   */
  private Kind kind() {
    boolean toFile = output != null && !output.equals("-");
    Kind byName = toFile ? byExtension(output) : null;
    if (format == null) {
      if (toFile && byName == null) {
        throw new ParameterException(
            spec.commandLine(),
            "-o "
                + output
                + ": the format follows the extension (.html, .md or .pdf); give one of them,"
                + " or --format html|markdown|pdf");
      }
      return toFile ? byName : Kind.MARKDOWN;
    }
    Kind asked =
        switch (format.strip().toLowerCase(Locale.ROOT)) {
          case "html" -> Kind.HTML;
          case "markdown", "md" -> Kind.MARKDOWN;
          case "pdf" -> Kind.PDF;
          default ->
              throw new ParameterException(
                  spec.commandLine(), "--format " + format + ": html, markdown or pdf");
        };
    if (byName != null && byName != asked) {
      throw new ParameterException(
          spec.commandLine(),
          "-o "
              + output
              + ": the name says "
              + byName.name().toLowerCase(Locale.ROOT)
              + ", but --format is "
              + format);
    }
    return asked;
  }

  private static Kind byExtension(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return Kind.HTML;
    }
    if (n.endsWith(".md") || n.endsWith(".markdown")) {
      return Kind.MARKDOWN;
    }
    return n.endsWith(".pdf") ? Kind.PDF : null;
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
    String country = focus.strip().toUpperCase(Locale.ROOT);
    return new ReportContent.WaitSection(
        WaitIndicator.compute(rows, years, cutoff), years, cutoff, country);
  }
}

package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report parsed as a browser would: its sections, charts and tables, and escaping. */
class HtmlReportTest {

  /** The sample with the W.A.I.T. panel, as the README shows it. */
  private static final String[] SAMPLE = {
    "data/cases-sample.csv", "--wait", "data/wait-panel-sample.csv", "--as-of", "2025-10-31"
  };

  /**
   * A word made of lower-case identifiers joined by underscores ({@code report_completed}), also as
   * Markdown escapes it ({@code report\_completed}).
   */
  private static final Pattern IDENTIFIER = Pattern.compile("\\b[a-z]+(\\\\?_[a-z]+)+\\b");

  private static InProcess.Run run(String... args) {
    return runWithPath(System.getenv("PATH"), args);
  }

  /** A run that looks for helper programs (Chromium) in {@code programPath}. */
  private static InProcess.Run runWithPath(String programPath, String... args) {
    List<String> all = new ArrayList<>();
    all.add("report");
    all.addAll(List.of(args));
    return InProcess.run(InProcess.environment().programPath(programPath), all);
  }

  private static InProcess.Run run(Path file, String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "-o";
    all[args.length + 1] = file.toString();
    return run(all);
  }

  private static Document report(Path dir, String... args) throws Exception {
    Path file = dir.resolve("report.html");
    InProcess.Run r = run(file, args);
    assertThat(r.exit()).as(r.stderr()).isZero();
    assertThat(r.stderr()).isEqualTo("nmstat: wrote " + file + "\n");
    return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void hasEverySectionWithChartsAndTheirNumbers(@TempDir Path dir) throws Exception {
    Document d = report(dir, SAMPLE);
    assertThat(d.select("section").eachAttr("id"))
        .containsExactly("kpis", "distribution", "trend", "actors", "backlog", "open", "wait");
    assertThat(d.select(".kpi")).hasSize(6);
    // Box plots for queue, assessment and total; trend; actors; backlog; the open cases of each
    // of the five states; W.A.I.T.
    assertThat(d.select("figure")).hasSize(12);
    for (Element figure : d.select("figure")) {
      // Drawn twice: wide for screens and paper, narrow for phones; the stylesheet shows one.
      assertThat(figure.select("svg").eachAttr("class")).containsExactly("wide", "narrow");
      for (Element svg : figure.select("svg")) {
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.selectFirst("title").text()).isNotBlank();
        assertThat(svg.selectFirst("desc").text()).isNotBlank();
        assertThat(figure.selectFirst("h3").text()).isEqualTo(svg.selectFirst("title").text());
        for (String id : svg.attr("aria-labelledby").split(" ")) {
          assertThat(d.select("[id=" + id + "]")).hasSize(1);
        }
      }
      Element numbers = figure.nextElementSibling();
      assertThat(numbers.tagName()).isEqualTo("details");
      assertThat(numbers.select("table tbody tr")).isNotEmpty();
    }
    // The open cases: a bar and a row per case of each state (38 on the sample), overdue bars
    // apart, and how the queue forecast held.
    assertThat(d.select("#open figure svg.wide rect")).hasSize(38);
    assertThat(d.select("#open details table tbody tr")).hasSize(38);
    assertThat(d.select("#open > p").text()).contains("within the 80% interval", "baseline");
    assertThat(d.select("#wait table tbody tr")).hasSize(18);
  }

  /**
   * A state with more than 30 open cases shows its 30 most overdue or longest, and counts the rest:
   * 2,000 generated cases have 129 awaiting documentation and 118 in assessment on 2025-10-31.
   */
  @Test
  void showsThe30LongestOfAStateAndCountsTheRest(@TempDir Path dir) throws Exception {
    Path cases = dir.resolve("cases.csv");
    InProcess.Run sample =
        InProcess.run("sample", "--cases", "2000", "--seed", "3", "--as-of", "2025-10-31");
    assertThat(sample.exit()).as(sample.stderr()).isZero();
    Files.writeString(cases, sample.stdout(), StandardCharsets.UTF_8);
    Document d = report(dir, cases.toString(), "--as-of", "2025-10-31");
    assertThat(d.select("#open svg.wide")).hasSize(5);
    for (Element svg : d.select("#open svg.wide")) {
      assertThat(svg.select("rect").size()).isLessThanOrEqualTo(30);
    }
    assertThat(d.select("#open figure h3").eachText())
        .contains("Awaiting documentation: 129 cases", "Assessment: 118 cases");
    assertThat(d.select("#open figcaption").eachText())
        .anyMatch(
            t ->
                t.endsWith(
                    "The 30 longest are shown; 99 more cases are not (nmstat tracker lists them all)."));
    assertThat(d.select("#open details table")).allMatch(t -> t.select("tbody tr").size() <= 30);
  }

  @Test
  void isSelfContained(@TempDir Path dir) throws Exception {
    Document d = report(dir, "data/cases-sample.csv", "--as-of", "2025-10-31");
    assertThat(d.select("script, link, img, iframe, object, embed")).isEmpty();
    assertThat(d.select("[src], [href]")).isEmpty();
    assertThat(d.select("style").html()).doesNotContain("url(", "@import");
    assertThat(d.select("#wait")).isEmpty();
  }

  @Test
  void escapesEverythingFromTheInput(@TempDir Path dir) throws Exception {
    Document d = report(dir, "src/test/resources/report/hostile.csv", "--as-of", "2025-10-31");
    assertThat(d.select("script, b")).isEmpty();
    String open = d.select("#open table").text();
    assertThat(open).contains("<script>alert(1)</script>", "<b>bold</b> & co", "=cmd()");
  }

  @Test
  void printsOnA4WithFiguresWholeAndTheNumbersOpen(@TempDir Path dir) throws Exception {
    String style = report(dir, SAMPLE).select("style").html().replaceAll("\\s+", "");
    String print = style.substring(style.indexOf("@mediaprint{"));
    assertThat(print)
        .contains(
            "@page{size:A4",
            "figure,.kpi,tr{break-inside:avoid}",
            "h1,h2,h3,summary{break-after:avoid}",
            "details::details-content{content-visibility:visible;display:block}",
            ".scroll{overflow:visible}");
  }

  @Test
  void fitsA400PixelScreen(@TempDir Path dir) throws Exception {
    Document d = report(dir, SAMPLE);
    String style = d.select("style").html().replaceAll("\\s+", "");
    assertThat(style)
        .contains(
            "@mediascreenand(max-width:699px){main{padding:1rem}",
            "svg.wide{display:none}svg.narrow{display:block}",
            "svg.narrow{display:none;max-width:480px}",
            ".scroll{overflow-x:auto}");
    // Every table scrolls in a box of its own rather than widening the page.
    for (Element table : d.select("table")) {
      assertThat(table.parent().className()).isEqualTo("scroll");
    }
    // The narrow drawing shows from 368 px wide (400 px less 2 × 16 px padding) to 480 px, the
    // wide one from 652 px (700 px less 2 × 24 px; A4 in print is 680 px): 10 px text or more.
    for (Element svg : d.select("svg")) {
      double width = Double.parseDouble(svg.attr("viewBox").split(" ")[2]);
      double smallest = svg.classNames().contains("narrow") ? 368 : 652;
      for (Element text : svg.select("text")) {
        double size = Double.parseDouble(text.attr("font-size"));
        assertThat(size * smallest / width).as(text.outerHtml()).isGreaterThanOrEqualTo(10);
      }
    }
  }

  @Test
  void saysEverythingInWordsNotIdentifiers(@TempDir Path dir) throws Exception {
    Document d = report(dir, SAMPLE);
    String visible = d.body().text();
    assertThat(identifiers(visible)).isEmpty();
    assertThat(visible)
        .contains("per year the report was completed", "awaiting documentation")
        .doesNotContain(" p25 ", "KM median", "Target: none");
    InProcess.Run markdown = run(SAMPLE);
    assertThat(markdown.exit()).as(markdown.stderr()).isZero();
    assertThat(identifiers(markdown.stdout())).isEmpty();
    assertThat(markdown.stdout()).contains("per year the report was completed");
  }

  private static List<String> identifiers(String text) {
    Matcher m = IDENTIFIER.matcher(text);
    return m.results().map(r -> r.group()).toList();
  }

  @Test
  void drawsTheLabelledTargetOnTheAssessmentChartOnly(@TempDir Path dir) throws Exception {
    Document d = report(dir, SAMPLE);
    for (Element figure : d.select("#distribution figure")) {
      boolean assessment = figure.selectFirst("h3").text().startsWith("Days of assessment");
      for (Element svg : figure.select("svg")) {
        assertThat(svg.select("line[stroke-dasharray]")).hasSize(assessment ? 1 : 0);
        assertThat(svg.select("text:containsOwn(180-day target)")).hasSize(assessment ? 1 : 0);
      }
    }
    // The line sits at 180 on the chart's own axis (ticks every 200 days for the sample).
    Element svg = d.selectFirst("#box-assessment-wide-t").parent();
    double target = Double.parseDouble(svg.selectFirst("line[stroke-dasharray]").attr("y1"));
    double zero = tick(svg, "0");
    double next = tick(svg, "200");
    assertThat((zero - target) / (zero - next)).isCloseTo(180 / 200.0, within(0.01));
  }

  private static double tick(Element svg, String label) {
    Element text = svg.selectFirst("text[text-anchor=end]:matchesOwn(^" + label + "$)");
    return Double.parseDouble(text.attr("y")) - Double.parseDouble(text.attr("font-size")) / 3;
  }

  @Test
  void saysTheComparisonsCohortAndCutOffInVisibleText(@TempDir Path dir) throws Exception {
    Element cohort = report(dir, SAMPLE).selectFirst("#wait > p.cohort");
    assertThat(cohort.text())
        .isEqualTo(
            "Medicines with an EU marketing authorisation in 2020–2023, and whether each was"
                + " available in each country on the cut-off date 2025-01-05.");
  }

  @Test
  void speaksOfATargetOnlyWhereThereIsOne(@TempDir Path dir) throws Exception {
    Document d = report(dir, SAMPLE);
    List<String> targets = d.select(".kpi").stream().map(k -> k.select(".note").text()).toList();
    assertThat(targets)
        .containsExactly("Target: 180 days or less — missed", "", "", "Target: 0 — met", "", "");
    assertThat(d.select(".kpi").eachAttr("class"))
        .containsExactly("kpi fail", "kpi", "kpi", "kpi pass", "kpi", "kpi");
  }

  @Test
  void pdfWithoutChromiumIsAUsageErrorPointingToHtml(@TempDir Path dir) {
    Path pdf = dir.resolve("x.pdf");
    InProcess.Run r =
        runWithPath(
            dir.toString(), "data/cases-sample.csv", "--as-of", "2025-10-31", "-o", pdf.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.stderr())
        .startsWith("nmstat: -o " + pdf + ": a PDF needs Chromium")
        .contains("-o report.html", "print it to PDF from a browser");
    assertThat(pdf).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aFailedPrintWritesNothingAndSaysWhy(@TempDir Path dir) throws Exception {
    Path bin = Files.createDirectory(dir.resolve("bin"));
    Path fake = bin.resolve("chromium");
    Files.writeString(fake, "#!/bin/sh\necho 'no display' >&2\nexit 3\n");
    assumeTrue(fake.toFile().setExecutable(true), "cannot make a script executable here");
    Path pdf = dir.resolve("x.pdf");
    InProcess.Run r =
        runWithPath(
            bin.toString(), "data/cases-sample.csv", "--as-of", "2025-10-31", "-o", pdf.toString());
    assertThat(r.exit()).isEqualTo(73);
    assertThat(r.stderr())
        .isEqualTo(
            "nmstat: cannot write " + pdf + ": chromium exited with 3 and no PDF: no display\n");
    assertThat(pdf).doesNotExist();
  }

  @Test
  void pdfIsPrintedByChromium(@TempDir Path dir) throws Exception {
    assumeTrue(ChromiumPdf.onPath(System.getenv("PATH")).isPresent(), "chromium is not installed");
    Path pdf = dir.resolve("x.pdf");
    InProcess.Run r = run(pdf, "data/cases-sample.csv", "--as-of", "2025-10-31");
    assertThat(r.exit()).as(r.stderr()).isZero();
    assertThat(r.stderr()).isEqualTo("nmstat: wrote " + pdf + "\n");
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    // Written in one step: nothing else is left in the folder.
    try (var files = Files.list(dir)) {
      assertThat(files.toList()).containsExactly(pdf);
    }
  }
}

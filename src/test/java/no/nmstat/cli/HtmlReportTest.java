package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report parsed as a browser would: its sections, charts and tables, and escaping. */
class HtmlReportTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  private static Document report(Path dir, String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env =
        new Environment(
            new PrintWriter(out),
            new PrintWriter(err),
            new ByteArrayInputStream(new byte[0]),
            PROJECT,
            GoldenTest.TODAY,
            false);
    Path file = dir.resolve("report.html");
    String[] all = new String[args.length + 3];
    all[0] = "report";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "-o";
    all[args.length + 2] = file.toString();
    assertThat(Nmstat.execute(env, all)).as(err.toString()).isZero();
    assertThat(err.toString()).isEqualTo("nmstat: wrote " + file + "\n");
    return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void hasEverySectionWithChartsAndTheirNumbers(@TempDir Path dir) throws Exception {
    Document d =
        report(
            dir,
            "data/cases-sample.csv",
            "--wait",
            "data/wait-panel-sample.csv",
            "--as-of",
            "2025-10-31");
    assertThat(d.select("section").eachAttr("id"))
        .containsExactly("kpis", "distribution", "trend", "actors", "backlog", "outliers", "wait");
    assertThat(d.select(".kpi")).hasSize(6);
    // Box plots for queue, assessment and total; trend; actors; backlog; W.A.I.T.
    assertThat(d.select("figure")).hasSize(7);
    for (Element figure : d.select("figure")) {
      Element svg = figure.selectFirst("svg");
      assertThat(svg).isNotNull();
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.selectFirst("title").text()).isNotBlank();
      assertThat(svg.selectFirst("desc").text()).isNotBlank();
      assertThat(figure.selectFirst("h3").text()).isEqualTo(svg.selectFirst("title").text());
      Element numbers = figure.nextElementSibling();
      assertThat(numbers.tagName()).isEqualTo("details");
      assertThat(numbers.select("table tbody tr")).isNotEmpty();
    }
    assertThat(d.select("#outliers table tbody tr")).hasSize(12);
    assertThat(d.select("#wait table tbody tr")).hasSize(18);
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
    String outliers = d.select("#outliers table").text();
    assertThat(outliers)
        .contains("<script>alert(1)</script>", "<b>bold</b> & co", "Øye \"quoted\"");
  }
}

package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every figure of {@code nmstat trend} on the sample against R: the reference files were written by
 * {@code scripts/trend-reference.R} (R's t.test, qbinom, wilcox.test, survfit's log-log band,
 * survdiff; the Wilson and Newcombe intervals and the tied shift's closed form by formula), each
 * with its call on its first line. Agreement to 1e-9, and null exactly where R has NA.
 */
class TrendReferenceTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "r-tertial.csv, --every tertial,",
    "r-year.csv, --every year,",
    "r-cohort-year.csv, --every year, documentation_received"
  })
  void everyFigureAgreesWithR(String reference, String every, String of) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "trend",
                "data/cases-sample.csv",
                "--as-of",
                "2025-10-31",
                "--intervals",
                "assessment",
                "-f",
                "csv"));
    args.addAll(List.of(every.split(" ")));
    if (of != null) {
      args.addAll(List.of("--of", of));
    }
    InProcess.Run run = InProcess.run(InProcess.environment(), args);
    assertThat(run.exit()).isZero();
    List<CSVRecord> ours = parse(run.stdout());
    String text;
    try (InputStream in = getClass().getResourceAsStream("/no/nmstat/trend/" + reference)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<CSVRecord> theirs = parse(text.substring(text.indexOf('\n') + 1));
    assertThat(ours).hasSameSizeAs(theirs);
    int figures = 0;
    for (int i = 0; i < theirs.size(); i++) {
      Map<String, String> r = theirs.get(i).toMap();
      Map<String, String> mine = ours.get(i).toMap();
      assertThat(mine.get("period")).isEqualTo(r.get("period"));
      for (Map.Entry<String, String> e : r.entrySet()) {
        if (e.getKey().equals("period")) {
          continue;
        }
        String what = r.get("period") + " " + e.getKey();
        if (e.getValue().equals("NA")) {
          assertThat(mine.get(e.getKey())).as(what).isEmpty();
        } else {
          assertThat(Double.parseDouble(mine.get(e.getKey())))
              .as(what)
              .isCloseTo(Double.parseDouble(e.getValue()), within(1e-9));
        }
        figures++;
      }
    }
    assertThat(figures).isGreaterThan(150);
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }
}

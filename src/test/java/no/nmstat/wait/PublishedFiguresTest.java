package no.nmstat.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class PublishedFiguresTest {
  private static final String HEADER = String.join(",", PublishedFigures.COLUMNS) + "\n";

  private static List<PublishedFigure> read(String csv) {
    return PublishedFigures.read("figures.csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  private static Integer integer(String s) {
    return s.isBlank() ? null : Integer.valueOf(s.strip());
  }

  private static Double decimal(String s) {
    return s.isBlank() ? null : Double.valueOf(s.strip());
  }

  @Test
  void theShippedFileReadsAsCommonsCsvReadsIt() throws IOException {
    // The file was read with Commons CSV before the table engine read it: the same figures.
    List<PublishedFigure> expected = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(Path.of("data/wait-published.csv"))) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
        expected.add(
            new PublishedFigure(
                Integer.parseInt(r.get("survey")),
                r.get("cohort"),
                r.get("cutoff"),
                integer(r.get("medicines")),
                r.get("country"),
                integer(r.get("available")),
                decimal(r.get("availability_rate")),
                decimal(r.get("limited_rate")),
                integer(r.get("mean_days")),
                integer(r.get("median_days")),
                r.get("source")));
      }
    }
    assertThat(expected).hasSizeGreaterThan(30);
    assertThat(PublishedFigures.load()).isEqualTo(expected);
  }

  @Test
  void quotedFieldsAndEmptyFiguresRead() {
    assertThat(
            read(
                HEADER
                    + "2024,2020-2023,\"5 January, 2024\",168,NO,120,0.71,0.2,,430,\"a \"\"b\"\"\"\n"))
        .containsExactly(
            new PublishedFigure(
                2024,
                "2020-2023",
                "5 January, 2024",
                168,
                "NO",
                120,
                0.71,
                0.2,
                null,
                430,
                "a \"b\""));
  }

  @Test
  void aValueThatIsNoNumberIsRefusedWithItsLineAndColumn() {
    assertThatThrownBy(() -> read(HEADER + "2024,2020-2023,,168,NO,many,,,,,s\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the published W.A.I.T. figures cannot be read:"
                + " figures.csv:2:available: value \"many\": not a whole number");
    assertThatThrownBy(() -> read(HEADER + "2024,2020-2023,,168,NO,1,0,7%,,,s\n"))
        .hasMessageEndingWith("figures.csv:2:limited_rate: value \"7%\": not a number");
    assertThatThrownBy(() -> read(HEADER + ",2020-2023,,168,NO,1,,,,,s\n"))
        .hasMessageEndingWith("figures.csv:2:survey: value \"\": missing survey year");
  }

  @Test
  void aMissingColumnIsRefused() {
    assertThatThrownBy(() -> read("survey,cohort\n2024,2020-2023\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("figures.csv:1:cutoff:")
        .hasMessageEndingWith("no cutoff column");
  }

  @Test
  void aMalformedRowIsRefused() {
    assertThatThrownBy(() -> read(HEADER + "2024,2020-2023,,168,NO\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("figures.csv:2:");
    assertThatThrownBy(() -> read(HEADER + "2024,\"2020-2023,,168,NO,1,,,,,s\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("figures.csv:2:");
  }
}

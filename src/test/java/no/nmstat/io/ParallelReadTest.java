package no.nmstat.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import no.nmstat.sample.SyntheticCases;
import no.nmstat.table.InputProblem;
import no.nmstat.table.ReadOptions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parallel parsing must give exactly what one stretch gives: the same cases, problems and line
 * numbers, whatever the cuts meet (quoted line breaks, CRLF, bad rows, duplicates across stretches,
 * Windows-1252 text).
 */
class ParallelReadTest {

  /**
   * A synthetic file with trouble mixed in: every {@code quotedEvery}-th row's indication has a
   * quoted line break and comma, and some rows have a bad date, lose their last field, repeat an
   * earlier case, or are followed by blank rows.
   */
  private static byte[] file(int cases, int quotedEvery, String lineEnd, Charset charset)
      throws Exception {
    StringBuilder csv = new StringBuilder();
    CaseWriter.write(SyntheticCases.generate(cases, 11, LocalDate.of(2025, 10, 31)), csv);
    List<CSVRecord> records = CSVParser.parse(csv.toString(), CSVFormat.RFC4180).getRecords();
    SplittableRandom random = new SplittableRandom(3);
    StringBuilder out = new StringBuilder();
    CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator(lineEnd).get());
    for (int i = 0; i < records.size(); i++) {
      List<String> row = new ArrayList<>(records.get(i).toList());
      if (i > 0 && quotedEvery > 0 && i % quotedEvery == 0) {
        row.set(3, "første linje" + lineEnd + "andre linje, med komma");
      }
      int r = i == 0 ? -1 : random.nextInt(200);
      if (r == 0) {
        row.set(12, row.get(12).replace('-', '/'));
      } else if (r == 1) {
        row.remove(row.size() - 1);
      } else if (r == 2 && i > 10) {
        row = new ArrayList<>(records.get(i - 7).toList());
      }
      printer.printRecord(row);
      if (r == 3) {
        out.append(";;;;").append(lineEnd).append(lineEnd);
      }
    }
    printer.flush();
    return out.toString().getBytes(charset);
  }

  /** Reads {@code bytes} on {@code threads} threads, in parallel whatever the size when above 1. */
  private static ReadResult read(byte[] bytes, int threads) {
    CaseReader reader = new CaseReader(ReadOptions.defaults().parsing(threads, 0));
    reader.read("f.csv", bytes);
    return reader.result();
  }

  @ParameterizedTest(name = "{0} cases, quoted break every {1}, {2} threads, {3}, {4}")
  @CsvSource({
    "20000, 0, 2, LF, UTF-8",
    "20000, 50, 2, LF, UTF-8",
    "20000, 7, 3, CRLF, UTF-8",
    "20000, 1, 4, CRLF, windows-1252",
    "3000, 2, 8, LF, windows-1252",
  })
  void parallelEqualsSequential(int cases, int quotedEvery, int threads, String end, String charset)
      throws Exception {
    byte[] bytes =
        file(cases, quotedEvery, end.equals("CRLF") ? "\r\n" : "\n", Charset.forName(charset));
    ReadResult sequential = read(bytes, 1);
    ReadResult parallel = read(bytes, threads);
    assertThat(sequential.problemCount()).isPositive();
    assertThat(parallel.problems())
        .extracting(InputProblem::toString)
        .containsExactlyElementsOf(
            sequential.problems().stream().map(InputProblem::toString).toList());
    assertThat(parallel.problemCount()).isEqualTo(sequential.problemCount());
    assertThat(parallel.rows()).isEqualTo(sequential.rows());
    assertThat(parallel.invalidRows()).isEqualTo(sequential.invalidRows());
    assertThat(parallel.cases()).hasSameSizeAs(sequential.cases());
    assertThat(parallel.cases()).containsExactlyElementsOf(sequential.cases());
    if (quotedEvery > 0) {
      assertThat(parallel.cases())
          .anySatisfy(
              c ->
                  assertThat(c.indication())
                      .isEqualTo(
                          "første linje"
                              + (end.equals("CRLF") ? "\r\n" : "\n")
                              + "andre linje, med komma"));
    }
  }

  /**
   * A malformed record (text after a closing quote, or a quote never closed) stops the parse where
   * one stretch would stop it: the same rows, problems and cases with 1 to 8 threads.
   */
  @ParameterizedTest(name = "{0} at {1}%")
  @CsvSource({
    "text after quote, 10",
    "text after quote, 50",
    "text after quote, 90",
    "unterminated quote, 30",
    "unterminated quote, 95",
  })
  void aMalformedRecordGivesTheSameResultOnAnyNumberOfThreads(String kind, int percent)
      throws Exception {
    String text = new String(file(20000, 0, "\n", StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    int at = text.indexOf('\n', text.length() * percent / 100) + 1;
    String bad =
        kind.startsWith("text")
            ? "ID2099_001,\"x\"y,,,,,,,,,,,,,,,,,,\n"
            : "ID2099_001,\"never closed,,,,,,,,,,,,,,,,,,\n";
    byte[] bytes =
        (text.substring(0, at) + bad + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    ReadResult one = read(bytes, 1);
    assertThat(one.fatal()).isTrue();
    for (int threads : new int[] {2, 3, 8}) {
      ReadResult many = read(bytes, threads);
      assertThat(many.problems())
          .as(threads + " threads")
          .extracting(InputProblem::toString)
          .containsExactlyElementsOf(one.problems().stream().map(InputProblem::toString).toList());
      assertThat(many.problemCount()).isEqualTo(one.problemCount());
      assertThat(many.rows()).isEqualTo(one.rows());
      assertThat(many.cases()).containsExactlyElementsOf(one.cases());
    }
  }
}

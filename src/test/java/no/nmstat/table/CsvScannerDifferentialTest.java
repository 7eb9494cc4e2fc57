package no.nmstat.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written {@link CsvScanner} against Apache Commons CSV's RFC 4180 format on random
 * well-formed documents: quoted fields with delimiters, doubled quotes and line breaks (CR, LF,
 * CRLF), records ended by any of those, empty fields and lines, with or without a final line break,
 * non-ASCII UTF-8. Both must give the same records and fields. The scanner is fed as {@link
 * Stretch} feeds it: in blocks of random size, scanning again when a record was incomplete.
 */
class CsvScannerDifferentialTest {
  private static final int DOCUMENTS = 4000;
  private static final String[] BREAKS = {"\n", "\r\n", "\r"};
  private static final String PLAIN = "abcxyzABC 019.-/æøåÆØÅé€😀\t";

  @ParameterizedTest(name = "delimiter {0}")
  @ValueSource(chars = {',', ';', '\t'})
  void sameRecordsAndFieldsAsCommonsCsv(char delimiter) throws Exception {
    Random random = new Random(4180 + delimiter);
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    for (int d = 0; d < DOCUMENTS; d++) {
      String document = document(random, delimiter);
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      assertThat(scan(bytes, delimiter, random))
          .as("document %d: %s", d, visible(document))
          .isEqualTo(commons(document, format));
    }
  }

  /** A random RFC 4180 document: 0 to 7 records of 1 to 5 fields (records may differ). */
  private static String document(Random random, char delimiter) {
    StringBuilder b = new StringBuilder();
    int records = random.nextInt(8);
    for (int r = 0; r < records; r++) {
      if (r > 0) {
        b.append(BREAKS[random.nextInt(BREAKS.length)]);
      }
      int fields = random.nextInt(6) == 0 ? 1 : 1 + random.nextInt(5);
      for (int f = 0; f < fields; f++) {
        if (f > 0) {
          b.append(delimiter);
        }
        field(b, random, delimiter);
      }
    }
    if (records > 0 && random.nextBoolean()) {
      b.append(BREAKS[random.nextInt(BREAKS.length)]);
    }
    return b.toString();
  }

  private static void field(StringBuilder b, Random random, char delimiter) {
    int kind = random.nextInt(5);
    if (kind == 0) {
      return; // empty
    }
    int length = random.nextInt(6);
    if (kind <= 2) {
      for (int i = 0; i < length; i++) {
        plain(b, random, delimiter);
      }
      return;
    }
    b.append('"');
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(6)) {
        case 0 -> b.append(delimiter);
        case 1 -> b.append("\"\"");
        case 2 -> b.append(BREAKS[random.nextInt(BREAKS.length)]);
        default -> plain(b, random, delimiter);
      }
    }
    b.append('"');
  }

  private static void plain(StringBuilder b, Random random, char delimiter) {
    int at = PLAIN.offsetByCodePoints(0, random.nextInt(PLAIN.codePointCount(0, PLAIN.length())));
    int c = PLAIN.codePointAt(at);
    b.appendCodePoint(c == delimiter ? 'q' : c);
  }

  /** The records as {@link Stretch} reads them: blocks of random size, rescanned when cut. */
  private static List<List<String>> scan(byte[] bytes, char delimiter, Random random)
      throws CsvScanner.MalformedException {
    CsvScanner scanner = new CsvScanner(delimiter);
    List<List<String>> records = new ArrayList<>();
    int pos = 0;
    int limit = 0;
    while (pos < bytes.length) {
      boolean eof = limit == bytes.length;
      int next = pos >= limit ? CsvScanner.INCOMPLETE : scanner.scan(bytes, pos, limit, eof);
      if (next == CsvScanner.INCOMPLETE) {
        assertThat(eof).as("incomplete only before the end").isFalse();
        limit = Math.min(bytes.length, limit + 1 + random.nextInt(8));
        continue;
      }
      assertThat(next).as("progress").isGreaterThan(pos);
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < scanner.count(); i++) {
        String f =
            new String(
                bytes, scanner.start(i), scanner.end(i) - scanner.start(i), StandardCharsets.UTF_8);
        fields.add(scanner.escaped(i) ? f.replace("\"\"", "\"") : f);
      }
      assertThat(scanner.lineBreaks())
          .as("line breaks of a record")
          .isEqualTo(lineBreaks(bytes, pos, next));
      records.add(fields);
      pos = next;
    }
    return records;
  }

  /** CR, LF and CRLF each count once. */
  private static int lineBreaks(byte[] b, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= to || b[i + 1] != '\n'))) {
        n++;
      }
    }
    return n;
  }

  private static List<List<String>> commons(String document, CSVFormat format) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(document), format)) {
      for (CSVRecord r : parser) {
        records.add(r.toList());
      }
    }
    return records;
  }

  private static String visible(String s) {
    return s.replace("\r", "<CR>").replace("\n", "<LF>").replace("\t", "<TAB>");
  }
}

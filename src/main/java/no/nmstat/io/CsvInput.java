package no.nmstat.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file as Norwegian Excel writes it: encoding, delimiter, blank rows, quoted
 * line breaks and file-level problems handled here, so readers of particular files see a
 * header and well-formed rows with the line each starts on.
 */
final class CsvInput {
  private static final Pattern UNTERMINATED_LINE = Pattern.compile("\\(startline (\\d+)\\)");
  /** Excel's delimiter hint, "sep=;", written as the first line by some exports. */
  private static final Pattern SEPARATOR_HINT = Pattern.compile("\\Asep=(.)\\r?\\n");

  private CsvInput() {}

  /** What a particular kind of file does with its header and rows. */
  interface Rows {
    /**
     * Takes the header (names stripped); returns false, after logging why, when the file
     * cannot be read.
     */
    boolean header(long line, String[] names);

    /** Takes a data row with as many fields as the header. */
    void row(long line, String[] fields);
  }

  /** Reads {@code bytes} (named {@code name} in problems), with {@code encoding} or detected. */
  static void read(String name, byte[] bytes, Charset encoding, ProblemLog log, Rows rows) {
    String text = TextDecoder.decode(bytes, encoding).content();
    if (text.isBlank()) {
      log.fatal(name, 1, "-", "", "empty file: no header row");
      return;
    }
    if (binary(name, text, log)) {
      return;
    }
    Matcher hint = SEPARATOR_HINT.matcher(text);
    boolean hinted = hint.find();
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setDelimiter(hinted ? hint.group(1).charAt(0) : sniffDelimiter(text))
            .setIgnoreEmptyLines(false)
            .get();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      parse(name, parser, hinted, log, rows);
    } catch (UncheckedIOException | IOException e) {
      Matcher m = UNTERMINATED_LINE.matcher(String.valueOf(e.getMessage()));
      long line = m.find() ? Long.parseLong(m.group(1)) : 1;
      log.fatal(name, line, "-", "", "unterminated quoted field: a '\"' is never closed");
    }
  }

  private static void parse(
      String name, CSVParser parser, boolean skipHint, ProblemLog log, Rows rows) {
    Iterator<CSVRecord> it = parser.iterator();
    if (skipHint && it.hasNext()) {
      it.next();
    }
    String[] header = null;
    while (true) {
      // Empty lines are records too (ignoreEmptyLines is off), so the line after the last
      // record read is where this one starts, even after quoted line breaks.
      long line = parser.getCurrentLineNumber() + 1;
      if (!it.hasNext()) {
        break;
      }
      CSVRecord record = it.next();
      if (blank(record)) {
        continue;
      }
      if (header == null) {
        header = record.values();
        for (int i = 0; i < header.length; i++) {
          header[i] = header[i].strip();
        }
        if (!rows.header(line, header.clone())) {
          return;
        }
        continue;
      }
      log.rowRead();
      if (record.size() != header.length) {
        int expected = header.length;
        boolean shorter = record.size() < expected;
        log.problem(name, line, shorter ? header[record.size()] : "field " + (expected + 1),
            shorter ? "" : record.get(expected),
            "row has " + record.size() + " fields, the header has " + expected);
        log.rowInvalid();
        continue;
      }
      rows.row(line, record.values());
    }
    if (header == null) {
      log.fatal(name, 1, "-", "", "empty file: no header row");
    }
  }

  private static boolean blank(CSVRecord record) {
    for (String v : record) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static boolean binary(String name, String text, ProblemLog log) {
    long line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f') {
        log.fatal(name, line, "-", "", String.format(
            "binary data (control character U+%04X): not a CSV text file", (int) c));
        return true;
      }
    }
    return false;
  }

  /** The delimiter of the first line: the most frequent of ';', ',' and tab outside quotes. */
  static char sniffDelimiter(String text) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    boolean content = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (content) {
          break;
        }
      } else if (!quoted) {
        content |= !Character.isWhitespace(c);
        comma += c == ',' ? 1 : 0;
        semicolon += c == ';' ? 1 : 0;
        tab += c == '\t' ? 1 : 0;
      }
    }
    if (semicolon > comma && semicolon >= tab) {
      return ';';
    }
    return tab > comma ? '\t' : ',';
  }
}

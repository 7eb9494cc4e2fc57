package no.nmstat.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Decision;
import no.nmstat.model.Milestone;
import no.nmstat.model.SourceLine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads case files (DOMAIN.md §2) into validated {@link CaseRecord}s.
 *
 * <p>Every problem is reported with file, line, column and value; rows with a problem are left
 * out of the cases, and the caller decides whether results may still be computed. Duplicates are
 * detected across all inputs of one reader.
 */
public final class CaseReader {
  private static final Pattern UNTERMINATED_LINE = Pattern.compile("\\(startline (\\d+)\\)");
  /** Excel's delimiter hint, "sep=;", written as the first line by some exports. */
  private static final Pattern SEPARATOR_HINT = Pattern.compile("\\Asep=(.)\\r?\\n");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
  private static final Milestone[] CHAIN = {
    Milestone.REQUESTED,
    Milestone.COMMISSIONED,
    Milestone.DOCUMENTATION_RECEIVED,
    Milestone.ASSIGNED,
    Milestone.REPORT_COMPLETED,
    Milestone.NEGOTIATION_COMPLETED,
    Milestone.DECISION_DATE,
    Milestone.AVAILABLE_DATE
  };

  private final ReadOptions options;
  private final List<CaseRecord> cases = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();
  private final Map<String, SourceLine> seen = new HashMap<>();
  private final Set<String> extraColumns = new LinkedHashSet<>();
  private long problemCount;
  private long rows;
  private long invalidRows;
  private boolean fatal;

  public CaseReader(ReadOptions options) {
    this.options = options;
  }

  /** Reads all {@code sources}; every file is opened before any is parsed. */
  public static ReadResult readAll(List<InputSource> sources, ReadOptions options)
      throws InputFileException {
    List<byte[]> contents = new ArrayList<>();
    for (InputSource s : sources) {
      contents.add(s.readAllBytes());
    }
    CaseReader reader = new CaseReader(options);
    for (int i = 0; i < sources.size(); i++) {
      reader.read(sources.get(i).name(), contents.get(i));
    }
    return reader.result();
  }

  /** What has been read so far. */
  public ReadResult result() {
    return new ReadResult(
        cases, problems, problemCount, rows, invalidRows, fatal, List.copyOf(extraColumns));
  }

  /** Reads one input's bytes; {@code name} is used in problem reports. */
  public void read(String name, byte[] bytes) {
    String text = TextDecoder.decode(bytes, options.encoding()).content();
    if (text.isBlank()) {
      fatal(name, 1, "-", "", "empty file: no header row");
      return;
    }
    if (binary(name, text)) {
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
      parse(name, parser, hinted);
    } catch (UncheckedIOException | IOException e) {
      Matcher m = UNTERMINATED_LINE.matcher(String.valueOf(e.getMessage()));
      long line = m.find() ? Long.parseLong(m.group(1)) : 1;
      fatal(name, line, "-", "", "unterminated quoted field: a '\"' is never closed");
    }
  }

  private void parse(String name, CSVParser parser, boolean skipHint) {
    Iterator<CSVRecord> it = parser.iterator();
    if (skipHint && it.hasNext()) {
      it.next();
    }
    Header header = null;
    while (true) {
      long line = parser.getCurrentLineNumber() + 1;
      if (!it.hasNext()) {
        break;
      }
      CSVRecord record = it.next();
      if (blank(record)) {
        continue;
      }
      if (header == null) {
        header = header(name, line, record);
        if (header == null) {
          return;
        }
        continue;
      }
      rows++;
      row(name, line, header, record);
    }
    if (header == null) {
      fatal(name, 1, "-", "", "empty file: no header row");
    }
  }

  /** Where each canonical column is, and the extra columns. */
  private record Header(
      String[] names, Map<String, Integer> canonical, Map<Integer, String> extras) {
    int index(String column) {
      return canonical.getOrDefault(column, -1);
    }

    String label(String column) {
      return names[canonical.get(column)];
    }
  }

  private Header header(String name, long line, CSVRecord record) {
    String[] names = new String[record.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = record.get(i).strip();
    }
    Map<String, Integer> canonical = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<String, String> o : options.columns().entrySet()) {
      int found = -1;
      for (int i = 0; i < names.length; i++) {
        if (ColumnNames.normalize(names[i]).equals(ColumnNames.normalize(o.getValue()))) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        fatal(name, line, o.getKey(), o.getValue(), "--column names a header the file does not have");
        ok = false;
      } else {
        canonical.put(o.getKey(), found);
      }
    }
    Map<Integer, String> extras = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      if (canonical.containsValue(i) || names[i].isEmpty()) {
        continue;
      }
      String c = ColumnNames.canonicalOf(names[i]).orElse(null);
      if (c == null || options.columns().containsKey(c)) {
        extras.put(i, uniqueExtra(extras, names[i]));
      } else if (canonical.containsKey(c)) {
        fatal(name, line, names[i], names[i],
            "second column for " + c + " (first: \"" + names[canonical.get(c)]
                + "\"); choose one with --column " + c + "=HEADER");
        ok = false;
      } else {
        canonical.put(c, i);
      }
    }
    if (!canonical.containsKey(ColumnNames.ID)) {
      fatal(name, line, "id", String.join(",", names), "no id column (id or ID-nr)");
      ok = false;
    }
    if (!ok) {
      return null;
    }
    extraColumns.addAll(extras.values());
    return new Header(names, canonical, extras);
  }

  private static String uniqueExtra(Map<Integer, String> extras, String header) {
    String name = header;
    for (int n = 2; extras.containsValue(name); n++) {
      name = header + " (" + n + ")";
    }
    return name;
  }

  private void row(String name, long line, Header header, CSVRecord record) {
    long before = problemCount;
    if (record.size() != header.names().length) {
      int expected = header.names().length;
      String column = record.size() < expected ? header.names()[record.size()] : "field " + (expected + 1);
      String value = record.size() < expected ? "" : record.get(expected);
      problem(name, line, column, value,
          "row has " + record.size() + " fields, the header has " + expected);
      invalidRows++;
      return;
    }
    String id = cell(record, header, ColumnNames.ID);
    if (id.isEmpty()) {
      problem(name, line, header.label(ColumnNames.ID), "", "missing id");
    }
    int[] days = new int[Milestone.values().length];
    for (Milestone m : Milestone.values()) {
      days[m.ordinal()] = date(name, line, header, record, m);
    }
    checkOrder(name, line, header, days);
    int clockStop = clockStop(name, line, header, record, days);
    Map<String, String> columns = new HashMap<>();
    for (String c : ColumnNames.TEXT) {
      String v = cell(record, header, c);
      if (ColumnNames.FLAGS.contains(c)) {
        v = flag(name, line, header, c, v);
      }
      columns.put(c, v);
    }
    Decision decision = decision(cell(record, header, ColumnNames.DECISION));
    columns.put(ColumnNames.DECISION, decision == null ? "" : decision.code());
    for (Map.Entry<Integer, String> e : header.extras().entrySet()) {
      columns.put(e.getValue(), record.get(e.getKey()).strip());
    }
    String indication = columns.get(ColumnNames.INDICATION);
    SourceLine source = new SourceLine(name, line);
    SourceLine first = seen.putIfAbsent(id + "\u0000" + indication, source);
    if (first != null && !id.isEmpty()) {
      problem(name, line, header.label(ColumnNames.ID), id,
          "duplicate case: same id and indication as line " + first.line()
              + (first.file().equals(name) ? "" : " of " + first.file()));
    }
    if (problemCount > before) {
      invalidRows++;
      return;
    }
    cases.add(new CaseRecord(id, indication, days, clockStop, decision, columns, source));
  }

  private int date(String name, long line, Header header, CSVRecord record, Milestone m) {
    int i = header.index(m.column());
    if (i < 0) {
      return CaseRecord.ABSENT;
    }
    String raw = record.get(i);
    DateReader.Result r = options.dates().read(raw);
    if (r instanceof DateReader.Day d) {
      return d.epochDay();
    }
    if (r instanceof DateReader.Failure f) {
      problem(name, line, header.names()[i], raw.strip(), f.reason());
    }
    return CaseRecord.ABSENT;
  }

  private void checkOrder(String name, long line, Header header, int[] days) {
    Milestone previous = null;
    for (Milestone m : CHAIN) {
      int d = days[m.ordinal()];
      if (d == CaseRecord.ABSENT) {
        continue;
      }
      if (previous != null && d < days[previous.ordinal()]) {
        backwards(name, line, header, days, m, previous);
      }
      previous = m;
    }
    int ma = days[Milestone.MA_DATE.ordinal()];
    if (ma != CaseRecord.ABSENT) {
      for (Milestone later : List.of(Milestone.DECISION_DATE, Milestone.AVAILABLE_DATE)) {
        int d = days[later.ordinal()];
        if (d != CaseRecord.ABSENT && d < ma) {
          backwards(name, line, header, days, later, Milestone.MA_DATE);
          break;
        }
      }
    }
  }

  private void backwards(
      String name, long line, Header header, int[] days, Milestone late, Milestone early) {
    problem(name, line, header.label(late.column()), iso(days[late.ordinal()]),
        "dates run backwards: " + late + " is before " + early + " ("
            + iso(days[early.ordinal()]) + ")");
  }

  private int clockStop(String name, long line, Header header, CSVRecord record, int[] days) {
    int i = header.index(ColumnNames.CLOCK_STOP_DAYS);
    if (i < 0) {
      return 0;
    }
    String raw = record.get(i).strip();
    if (raw.isEmpty()) {
      return 0;
    }
    if (!WHOLE_NUMBER.matcher(raw).matches()) {
      String reason = raw.startsWith("-") && WHOLE_NUMBER.matcher(raw.substring(1)).matches()
          ? "negative clock stop: days must be 0 or more"
          : "not a whole number of days";
      problem(name, line, header.names()[i], raw, reason);
      return 0;
    }
    int stop = Integer.parseInt(raw);
    int end = days[Milestone.REPORT_COMPLETED.ordinal()];
    Milestone from = days[Milestone.ASSIGNED.ordinal()] != CaseRecord.ABSENT
        ? Milestone.ASSIGNED : Milestone.DOCUMENTATION_RECEIVED;
    int start = days[from.ordinal()];
    if (end != CaseRecord.ABSENT && start != CaseRecord.ABSENT && stop > end - start) {
      problem(name, line, header.names()[i], raw,
          "clock stop longer than " + from + " to report_completed (" + (end - start) + " days)");
    }
    return stop;
  }

  private String flag(String name, long line, Header header, String column, String value) {
    switch (ColumnNames.normalize(value)) {
      case "":
        return "";
      case "yes": case "y": case "ja": case "j": case "true": case "1": case "x":
        return "yes";
      case "no": case "n": case "nei": case "false": case "0":
        return "no";
      default:
        problem(name, line, header.label(column), value, "not a yes/no value");
        return value;
    }
  }

  private static Decision decision(String value) {
    switch (ColumnNames.normalize(value)) {
      case "":
        return null;
      case "introduced": case "innfort":
        return Decision.INTRODUCED;
      case "not introduced": case "ikke innfort":
        return Decision.NOT_INTRODUCED;
      default:
        return Decision.OTHER;
    }
  }

  private static String cell(CSVRecord record, Header header, String column) {
    int i = header.index(column);
    return i < 0 ? "" : record.get(i).strip();
  }

  private static boolean blank(CSVRecord record) {
    for (String v : record) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private boolean binary(String name, String text) {
    long line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f') {
        fatal(name, line, "-", "", String.format(
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

  private static String iso(int epochDay) {
    return java.time.LocalDate.ofEpochDay(epochDay).toString();
  }

  private void fatal(String name, long line, String column, String value, String reason) {
    fatal = true;
    problem(name, line, column, value, reason);
  }

  private void problem(String name, long line, String column, String value, String reason) {
    problemCount++;
    if (problems.size() < options.maxProblems()) {
      problems.add(new InputProblem(name, line, column, value, reason));
    }
  }
}

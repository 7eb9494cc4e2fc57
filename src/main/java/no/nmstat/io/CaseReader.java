package no.nmstat.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Decision;
import no.nmstat.model.Milestone;
import no.nmstat.model.SourceLine;

/**
 * Reads case files (DOMAIN.md §2) into validated {@link CaseRecord}s.
 *
 * <p>Every problem is reported with file, line, column and value; rows with a problem are left
 * out of the cases, and the caller decides whether results may still be computed. Duplicates are
 * detected across all inputs of one reader.
 */
public final class CaseReader {
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
  private final ProblemLog log;
  private final List<CaseRecord> cases = new ArrayList<>();
  private final Map<String, SourceLine> seen = new HashMap<>();
  private final Set<String> extraColumns = new LinkedHashSet<>();

  public CaseReader(ReadOptions options) {
    this.options = options;
    this.log = new ProblemLog(options.maxProblems());
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
    return new ReadResult(cases, log.problems(), log.count(), log.rows(), log.invalidRows(),
        log.fatal(), List.copyOf(extraColumns));
  }

  /** Reads one input's bytes; {@code name} is used in problem reports. */
  public void read(String name, byte[] bytes) {
    CsvInput.read(name, bytes, options.encoding(), log, new CsvInput.Rows() {
      private Header header;

      @Override
      public boolean header(long line, String[] names) {
        header = CaseReader.this.header(name, line, names);
        return header != null;
      }

      @Override
      public void row(long line, String[] fields) {
        CaseReader.this.row(name, line, header, fields);
      }
    });
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

  private Header header(String name, long line, String[] names) {
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
        log.fatal(name, line, o.getKey(), o.getValue(),
            "--column names a header the file does not have");
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
        log.fatal(name, line, names[i], names[i],
            "second column for " + c + " (first: \"" + names[canonical.get(c)]
                + "\"); choose one with --column " + c + "=HEADER");
        ok = false;
      } else {
        canonical.put(c, i);
      }
    }
    if (!canonical.containsKey(CaseColumns.ID)) {
      log.fatal(name, line, "id", String.join(",", names), "no id column (id or ID-nr)");
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

  private void row(String name, long line, Header header, String[] record) {
    long before = log.count();
    String id = cell(record, header, CaseColumns.ID);
    if (id.isEmpty()) {
      log.problem(name, line, header.label(CaseColumns.ID), "", "missing id");
    }
    int[] days = new int[Milestone.values().length];
    for (Milestone m : Milestone.values()) {
      days[m.ordinal()] = date(name, line, header, record, m);
    }
    checkOrder(name, line, header, days);
    int clockStop = clockStop(name, line, header, record, days);
    Map<String, String> columns = new HashMap<>();
    for (String c : CaseColumns.TEXT) {
      String v = cell(record, header, c);
      if (CaseColumns.FLAGS.contains(c)) {
        v = flag(name, line, header, c, v);
      }
      columns.put(c, v);
    }
    Decision decision = decision(cell(record, header, CaseColumns.DECISION));
    columns.put(CaseColumns.DECISION, decision == null ? "" : decision.code());
    for (Map.Entry<Integer, String> e : header.extras().entrySet()) {
      columns.put(e.getValue(), record[e.getKey()].strip());
    }
    String indication = columns.get(CaseColumns.INDICATION);
    SourceLine source = new SourceLine(name, line);
    SourceLine first = seen.putIfAbsent(id + "\u0000" + indication, source);
    if (first != null && !id.isEmpty()) {
      log.problem(name, line, header.label(CaseColumns.ID), id,
          "duplicate case: same id and indication as line " + first.line()
              + (first.file().equals(name) ? "" : " of " + first.file()));
    }
    if (log.count() > before) {
      log.rowInvalid();
      return;
    }
    cases.add(new CaseRecord(id, indication, days, clockStop, decision, columns, source));
  }

  private int date(String name, long line, Header header, String[] record, Milestone m) {
    int i = header.index(m.column());
    if (i < 0) {
      return CaseRecord.ABSENT;
    }
    String raw = record[i];
    DateReader.Result r = options.dates().read(raw);
    if (r instanceof DateReader.Day d) {
      return d.epochDay();
    }
    if (r instanceof DateReader.Failure f) {
      log.problem(name, line, header.names()[i], raw.strip(), f.reason());
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
    log.problem(name, line, header.label(late.column()), iso(days[late.ordinal()]),
        "dates run backwards: " + late + " is before " + early + " ("
            + iso(days[early.ordinal()]) + ")");
  }

  private int clockStop(String name, long line, Header header, String[] record, int[] days) {
    int i = header.index(CaseColumns.CLOCK_STOP_DAYS);
    if (i < 0) {
      return 0;
    }
    String raw = record[i].strip();
    if (raw.isEmpty()) {
      return 0;
    }
    if (!WHOLE_NUMBER.matcher(raw).matches()) {
      String reason = raw.startsWith("-") && WHOLE_NUMBER.matcher(raw.substring(1)).matches()
          ? "negative clock stop: days must be 0 or more"
          : "not a whole number of days";
      log.problem(name, line, header.names()[i], raw, reason);
      return 0;
    }
    int stop = Integer.parseInt(raw);
    int end = days[Milestone.REPORT_COMPLETED.ordinal()];
    Milestone from = days[Milestone.ASSIGNED.ordinal()] != CaseRecord.ABSENT
        ? Milestone.ASSIGNED : Milestone.DOCUMENTATION_RECEIVED;
    int start = days[from.ordinal()];
    if (end != CaseRecord.ABSENT && start != CaseRecord.ABSENT && stop > end - start) {
      log.problem(name, line, header.names()[i], raw,
          "clock stop longer than " + from + " to report_completed (" + (end - start) + " days)");
    }
    return stop;
  }

  private String flag(String name, long line, Header header, String column, String value) {
    return YesNo.read(value).orElseGet(() -> {
      log.problem(name, line, header.label(column), value, "not a yes/no value");
      return value;
    });
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

  private static String cell(String[] record, Header header, String column) {
    int i = header.index(column);
    return i < 0 ? "" : record[i].strip();
  }

  private static String iso(int epochDay) {
    return java.time.LocalDate.ofEpochDay(epochDay).toString();
  }
}

package no.nmstat.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseList;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;
import no.nmstat.model.Decision;
import no.nmstat.model.Milestone;
import no.nmstat.model.SourceLine;
import no.nmstat.model.TextColumns;

/**
 * Reads case files (DOMAIN.md §2) into validated {@link CaseRecord}s.
 *
 * <p>Every problem is reported with file, line, column and value; rows with a problem are left
 * out of the cases, and the caller decides whether results may still be computed. Rows are
 * checked as they are parsed (in parallel for large files); duplicates (same id and indication)
 * are found across all inputs once everything is read.
 */
public final class CaseReader {
  // values() copies its array on every call; the row loop runs once per case.
  private static final Milestone[] MILESTONES = Milestone.values();
  private static final Milestone[] AFTER_MA = {Milestone.DECISION_DATE, Milestone.AVAILABLE_DATE};
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
  private final List<String> files = new ArrayList<>();
  private final List<CaseTable> tables = new ArrayList<>();
  private final List<Key> invalidKeys = new ArrayList<>();
  private final Set<String> extraColumns = new LinkedHashSet<>();
  /** Per file, the header of its id column, for duplicate reports. */
  private final Map<String, String> idLabels = new HashMap<>();
  private ReadResult result;

  public CaseReader(ReadOptions options) {
    this.options = options;
    this.log = new ProblemLog(options.maxProblems());
  }

  /** Reads all {@code sources}; every file is opened before any is parsed. */
  public static ReadResult readAll(List<InputSource> sources, ReadOptions options)
      throws InputFileException {
    List<ByteSource> opened = new ArrayList<>();
    try {
      for (InputSource s : sources) {
        opened.add(s.open());
      }
      CaseReader reader = new CaseReader(options);
      for (int i = 0; i < sources.size(); i++) {
        reader.read(sources.get(i).name(), opened.get(i));
      }
      return reader.result();
    } finally {
      opened.forEach(ByteSource::close);
    }
  }

  /** What was read, with duplicates found and problems in file and line order. */
  public ReadResult result() {
    if (result == null) {
      List<CaseRecord> unique = duplicates();
      Map<String, Integer> order = new HashMap<>();
      for (int i = 0; i < files.size(); i++) {
        order.putIfAbsent(files.get(i), i);
      }
      log.sort(Comparator.comparing((InputProblem p) -> order.getOrDefault(p.file(), -1))
          .thenComparingLong(InputProblem::line));
      result = new ReadResult(unique, log.problems(), log.count(), log.rows(),
          log.invalidRows(), log.fatal(), List.copyOf(extraColumns));
    }
    return result;
  }

  /** Reads one input's bytes; {@code name} is used in problem reports. */
  public void read(String name, byte[] bytes) {
    read(name, ByteSource.of(bytes));
  }

  private void read(String name, ByteSource bytes) {
    files.add(name);
    CsvInput.read(name, bytes, options.encoding(), log, new CsvInput.Rows() {
      private Header header;

      @Override
      public boolean header(long line, String[] names) {
        header = CaseReader.this.header(name, line, names);
        return header != null;
      }

      @Override
      public CsvInput.Sink sink(int rows) {
        return new Sink(name, header, rows);
      }

      @Override
      public void finish(List<CsvInput.Sink> sinks, long[] lineOffsets) {
        for (int k = 0; k < sinks.size(); k++) {
          Sink sink = (Sink) sinks.get(k);
          long offset = lineOffsets[k];
          log.absorb(sink.log, offset);
          tables.add(sink.cases.build(offset));
          for (Key key : sink.invalidKeys) {
            invalidKeys.add(new Key(key.id(), key.indication(),
                new SourceLine(key.source().file(), key.source().line() + offset)));
          }
        }
      }
    }, options.progress());
  }

  /** The id and indication of a row that had a problem: it still makes later rows duplicates. */
  private record Key(String id, String indication, SourceLine source) {}

  /**
   * Where each canonical column is, as indices into the row (-1 when missing), and the text
   * columns kept.
   */
  private record Header(String[] names, Map<String, Integer> canonical, int id, int indication,
      int[] milestones, int clockStop, int decision, int[] texts, boolean[] kept,
      boolean[] flags, TextColumns columns) {

    static Header of(String[] names, Map<String, Integer> canonical,
        Map<Integer, String> extras, Set<String> keep) {
      int[] milestones = new int[Milestone.values().length];
      for (Milestone m : Milestone.values()) {
        milestones[m.ordinal()] = canonical.getOrDefault(m.column(), -1);
      }
      List<String> textNames = new ArrayList<>(CaseColumns.TEXT);
      textNames.add(CaseColumns.DECISION);
      int[] texts = new int[CaseColumns.TEXT.size() + extras.size()];
      for (int i = 0; i < CaseColumns.TEXT.size(); i++) {
        texts[i] = canonical.getOrDefault(CaseColumns.TEXT.get(i), -1);
      }
      int k = CaseColumns.TEXT.size();
      for (Map.Entry<Integer, String> e : extras.entrySet()) {
        textNames.add(e.getValue());
        texts[k++] = e.getKey();
      }
      boolean[] kept = new boolean[texts.length];
      boolean[] flags = new boolean[texts.length];
      for (int i = 0; i < texts.length; i++) {
        String name = i < CaseColumns.TEXT.size() ? CaseColumns.TEXT.get(i)
            : ColumnNames.normalize(textNames.get(i + 1));
        kept[i] = keep == null || keep.contains(name);
        flags[i] = i < CaseColumns.TEXT.size() && CaseColumns.FLAGS.contains(name);
      }
      return new Header(names, canonical, canonical.get(CaseColumns.ID),
          canonical.getOrDefault(CaseColumns.INDICATION, -1), milestones,
          canonical.getOrDefault(CaseColumns.CLOCK_STOP_DAYS, -1),
          canonical.getOrDefault(CaseColumns.DECISION, -1), texts, kept, flags,
          new TextColumns(textNames));
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
    idLabels.put(name, names[canonical.get(CaseColumns.ID)]);
    return Header.of(names, canonical, extras, options.keep());
  }

  private static String uniqueExtra(Map<Integer, String> extras, String header) {
    String name = header;
    for (int n = 2; extras.containsValue(name); n++) {
      name = header + " (" + n + ")";
    }
    return name;
  }

  /** The cases of one stretch of one file, checked row by row. */
  private final class Sink implements CsvInput.Sink {
    private final String file;
    private final Header header;
    private final ProblemLog log = new ProblemLog(options.maxProblems());
    private final CaseTable.Builder cases;
    private final List<Key> invalidKeys = new ArrayList<>();
    // Reused for every row: the builder copies them.
    private final int[] days = new int[Milestone.values().length];
    // Pooled cells repeat: their meaning is worked out once per distinct text.
    private final Map<String, Optional<String>> flags = new HashMap<>();
    private final Map<String, Optional<Decision>> decisions = new HashMap<>();
    private final String[] values;

    Sink(String file, Header header, int rows) {
      this.file = file;
      this.header = header;
      this.cases = new CaseTable.Builder(file, header.columns(), rows);
      this.values = new String[header.columns().names().size()];
    }

    @Override
    public ProblemLog log() {
      return log;
    }

    @Override
    public void row(long line, Fields f) {
      long before = log.count();
      String id = f.text(header.id());
      if (id.isEmpty()) {
        log.problem(file, line, header.label(CaseColumns.ID), "", "missing id");
      }
      String indication = header.indication() < 0 ? "" : f.pooledText(header.indication());
      for (Milestone m : MILESTONES) {
        days[m.ordinal()] = date(line, f, m);
      }
      checkOrder(line, days);
      int clockStop = clockStop(line, f, days);
      int textCount = header.texts().length;
      int decisionSlot = CaseColumns.TEXT.size();
      for (int i = 0, slot = 0; i < textCount; i++, slot++) {
        if (slot == decisionSlot) {
          slot++;
        }
        int column = header.texts()[i];
        boolean flag = header.flags()[i];
        if (column < 0 || !header.kept()[i] && !flag) {
          values[slot] = "";
          continue;
        }
        String v = f.pooledText(column);
        if (flag) {
          v = flag(line, CaseColumns.TEXT.get(i), v);
        }
        values[slot] = header.kept()[i] ? v : "";
      }
      Decision decision = header.decision() < 0 ? null : decisions
          .computeIfAbsent(f.pooledText(header.decision()), d -> Optional.ofNullable(decision(d)))
          .orElse(null);
      values[decisionSlot] = decision == null ? "" : decision.code();
      if (log.count() > before) {
        log.rowInvalid();
        invalidKeys.add(new Key(id, indication, new SourceLine(file, line)));
        return;
      }
      cases.add(id, indication, days, clockStop, decision, values, line);
    }

    private int date(long line, Fields f, Milestone m) {
      int i = header.milestones()[m.ordinal()];
      if (i < 0) {
        return CaseRecord.ABSENT;
      }
      int day = f.day(i);
      if (day != Fields.NOT_QUICK) {
        return day;
      }
      DateReader.Result r = f.date(i, options.dates());
      if (r instanceof DateReader.Day d) {
        return d.epochDay();
      }
      if (r instanceof DateReader.Failure failure) {
        log.problem(file, line, header.names()[i], f.text(i), failure.reason());
      }
      return CaseRecord.ABSENT;
    }

    private void checkOrder(long line, int[] days) {
      Milestone previous = null;
      for (Milestone m : CHAIN) {
        int d = days[m.ordinal()];
        if (d == CaseRecord.ABSENT) {
          continue;
        }
        if (previous != null && d < days[previous.ordinal()]) {
          backwards(line, days, m, previous);
        }
        previous = m;
      }
      int ma = days[Milestone.MA_DATE.ordinal()];
      if (ma != CaseRecord.ABSENT) {
        for (Milestone later : AFTER_MA) {
          int d = days[later.ordinal()];
          if (d != CaseRecord.ABSENT && d < ma) {
            backwards(line, days, later, Milestone.MA_DATE);
            break;
          }
        }
      }
    }

    private void backwards(long line, int[] days, Milestone late, Milestone early) {
      log.problem(file, line, header.label(late.column()), iso(days[late.ordinal()]),
          "dates run backwards: " + late + " is before " + early + " ("
              + iso(days[early.ordinal()]) + ")");
    }

    private int clockStop(long line, Fields f, int[] days) {
      int i = header.clockStop();
      if (i < 0 || f.blank(i)) {
        return 0;
      }
      String raw = f.text(i);
      int stop = wholeNumber(raw);
      if (stop < 0) {
        String reason = raw.startsWith("-") && wholeNumber(raw.substring(1)) >= 0
            ? "negative clock stop: days must be 0 or more"
            : "not a whole number of days";
        log.problem(file, line, header.names()[i], raw, reason);
        return 0;
      }
      int end = days[Milestone.REPORT_COMPLETED.ordinal()];
      Milestone from = days[Milestone.ASSIGNED.ordinal()] != CaseRecord.ABSENT
          ? Milestone.ASSIGNED : Milestone.DOCUMENTATION_RECEIVED;
      int start = days[from.ordinal()];
      if (end != CaseRecord.ABSENT && start != CaseRecord.ABSENT && stop > end - start) {
        log.problem(file, line, header.names()[i], raw,
            "clock stop longer than " + from + " to report_completed (" + (end - start)
                + " days)");
      }
      return stop;
    }

    private String flag(long line, String column, String value) {
      return flags.computeIfAbsent(value, YesNo::read).orElseGet(() -> {
        log.problem(file, line, header.label(column), value, "not a yes/no value");
        return value;
      });
    }
  }

  /** 1 to 9 digits as a number, or -1. */
  private static int wholeNumber(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * Finds the rows whose id and indication came before, reports each against the first, and
   * returns the valid cases without them. Hashes find the candidates without a map of every
   * key, which would cost more memory than the cases themselves.
   */
  private List<CaseRecord> duplicates() {
    CaseList cases = new CaseList(tables);
    int n = cases.size() + invalidKeys.size();
    long[] hashes = new long[n];
    int k = 0;
    for (CaseTable t : tables) {
      for (int row = 0; row < t.size(); row++) {
        hashes[k++] = t.keyHash(row);
      }
    }
    for (Key key : invalidKeys) {
      hashes[k++] = CaseTable.keyHash(key.id(), key.indication());
    }
    Set<Long> repeated = repeated(hashes);
    if (repeated.isEmpty()) {
      return cases;
    }
    // Candidates in input order: cases and invalid rows merged by file, then line.
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (repeated.contains(hashes[i])) {
        candidates.add(i);
      }
    }
    Map<String, Integer> fileOrder = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      fileOrder.putIfAbsent(files.get(i), i);
    }
    candidates.sort(Comparator.comparing((Integer i) -> fileOrder.get(source(cases, i).file()))
        .thenComparingLong(i -> source(cases, i).line()));
    Map<String, SourceLine> first = new HashMap<>();
    Set<Integer> dropped = new HashSet<>();
    for (int i : candidates) {
      if (id(cases, i).isEmpty()) {
        continue;
      }
      SourceLine earlier =
          first.putIfAbsent(id(cases, i) + "\u0000" + indication(cases, i), source(cases, i));
      if (earlier != null) {
        SourceLine here = source(cases, i);
        log.problem(here.file(), here.line(), idLabel(here.file()), id(cases, i),
            "duplicate case: same id and indication as line " + earlier.line()
                + (earlier.file().equals(here.file()) ? "" : " of " + earlier.file()));
        if (i < cases.size()) {
          dropped.add(i);
          log.rowInvalid();
        }
      }
    }
    List<CaseTable> kept = new ArrayList<>();
    int offset = 0;
    for (CaseTable t : tables) {
      BitSet removed = new BitSet(t.size());
      for (int i : dropped) {
        if (i >= offset && i < offset + t.size()) {
          removed.set(i - offset);
        }
      }
      kept.add(t.without(removed));
      offset += t.size();
    }
    return new CaseList(kept);
  }

  private String idLabel(String file) {
    return idLabels.getOrDefault(file, CaseColumns.ID);
  }

  /**
   * The hashes that occur more than once, found with an open-addressing table of longs (a
   * million boxed keys would cost more time and memory than the rest of reading).
   */
  private static Set<Long> repeated(long[] hashes) {
    int capacity = Integer.highestOneBit(Math.max(16, hashes.length * 2 + 1)) * 2;
    long[] table = new long[capacity];
    int mask = capacity - 1;
    Set<Long> repeated = new HashSet<>();
    for (long h : hashes) {
      long key = h == 0 ? 1 : h; // 0 marks an empty slot
      int slot = (int) (key ^ (key >>> 29)) & mask;
      while (true) {
        if (table[slot] == 0) {
          table[slot] = key;
          break;
        }
        if (table[slot] == key) {
          repeated.add(h);
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return repeated;
  }

  // Indices run over all valid cases, then the rows that had a problem.
  private String id(CaseList all, int i) {
    return i < all.size() ? all.get(i).id() : invalidKeys.get(i - all.size()).id();
  }

  private String indication(CaseList all, int i) {
    return i < all.size() ? all.get(i).indication()
        : invalidKeys.get(i - all.size()).indication();
  }

  private SourceLine source(CaseList all, int i) {
    return i < all.size() ? all.get(i).source() : invalidKeys.get(i - all.size()).source();
  }

  private static Decision decision(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    switch (v) {
      case "":
        return null;
      case "introduced":
        return Decision.INTRODUCED;
      case "not_introduced":
        return Decision.NOT_INTRODUCED;
      default:
        break;
    }
    switch (ColumnNames.normalize(v)) {
      case "introduced": case "innfort":
        return Decision.INTRODUCED;
      case "not introduced": case "ikke innfort":
        return Decision.NOT_INTRODUCED;
      default:
        return Decision.OTHER;
    }
  }

  private static String iso(int epochDay) {
    return LocalDate.ofEpochDay(epochDay).toString();
  }
}

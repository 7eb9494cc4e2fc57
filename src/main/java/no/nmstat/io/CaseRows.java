package no.nmstat.io;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;
import no.nmstat.model.CaseTableBuilder;
import no.nmstat.model.Decision;
import no.nmstat.model.Milestone;
import no.nmstat.model.ProcessOrder;
import no.nmstat.table.DateReader;
import no.nmstat.table.Fields;
import no.nmstat.table.ProblemLog;
import no.nmstat.table.ReadOptions;
import no.nmstat.table.TableInput;

/**
 * The cases of one stretch of one case file, checked row by row: dates, the process order ({@link
 * ProcessOrder}: errors where a standard interval would be negative, warnings for other
 * departures), the clock stop, yes/no flags and the decision. A row with an error is left out of
 * the cases; its problems are logged.
 */
final class CaseRows implements TableInput.Sink {

  private final String file;
  private final CaseHeader header;
  private final ReadOptions options;
  private final ProblemLog log;
  private final CaseTableBuilder cases;
  private final List<CaseHeader.Slot> slots;
  // Reused for every row: the builder copies them.
  private final int[] days = new int[Milestone.COUNT];
  private final String[] values;
  // The row's id in UTF-8.
  private byte[] id = new byte[64];
  private int idLength;
  private final Fields.Utf8Target idTarget =
      (b, from, to) -> {
        if (to - from > id.length) {
          id = new byte[Math.max(to - from, id.length * 2)];
        }
        System.arraycopy(b, from, id, 0, to - from);
        idLength = to - from;
      };
  // Pooled cells repeat: their meaning is worked out once per distinct text.
  private final Map<String, Optional<String>> flags = new HashMap<>();
  private final Map<String, Optional<Decision>> decisions = new HashMap<>();
  // Per milestone, what its column held: judged once the whole file is read.
  private final DateColumn[] dateColumns = new DateColumn[Milestone.COUNT];
  private final int idColumn;
  private final int indicationColumn;
  private final int clockStopColumn;
  private long line;
  private boolean warned;

  CaseRows(String file, CaseHeader header, ReadOptions options, int rows) {
    this.file = file;
    this.header = header;
    this.options = options;
    this.log = new ProblemLog(options.maxProblems());
    this.cases = new CaseTableBuilder(file, header.columns(), rows);
    this.slots = header.slots();
    this.values = new String[slots.size()];
    this.idColumn = header.index(CaseColumns.ID);
    this.indicationColumn = header.index(CaseColumns.INDICATION);
    this.clockStopColumn = header.index(CaseColumns.CLOCK_STOP_DAYS);
    for (int m = 0; m < dateColumns.length; m++) {
      dateColumns[m] = new DateColumn();
    }
  }

  @Override
  public ProblemLog log() {
    return log;
  }

  /** The cases read, their lines moved by {@code lineOffset}. */
  CaseTable cases(long lineOffset) {
    return cases.build(lineOffset);
  }

  /** What the column of {@code m} held in this stretch. */
  DateColumn dateColumn(Milestone m) {
    return dateColumns[m.ordinal()];
  }

  @Override
  public void row(long line, Fields f) {
    this.line = line;
    this.warned = false;
    long before = log.count();
    f.utf8(idColumn, idTarget);
    boolean noId = idLength == 0;
    if (noId && blank(f, CaseColumns.SUBSTANCE) && blank(f, CaseColumns.TRADE_NAME)) {
      log.problem(
          file,
          line,
          header.label(CaseColumns.ID),
          "",
          "missing id, and no substance or trade name to tell the case by");
    }
    String indication = indicationColumn < 0 ? "" : f.pooledText(indicationColumn);
    for (Milestone m : Milestone.all()) {
      days[m.ordinal()] = date(f, m);
    }
    ProcessOrder.check(days, departures);
    int clockStop = clockStop(f);
    Decision decision = null;
    for (int s = 0; s < values.length; s++) {
      CaseHeader.Slot slot = slots.get(s);
      int column = slot.column();
      if (column < 0) {
        values[s] = "";
        continue;
      }
      switch (slot.kind()) {
        case FLAG -> {
          String v = flag(slot.name(), f.pooledText(column));
          values[s] = slot.kept() ? v : "";
        }
        case DECISION -> {
          decision =
              decisions
                  .computeIfAbsent(
                      f.pooledText(column), d -> Optional.ofNullable(DecisionCell.read(d)))
                  .orElse(null);
          values[s] = decision == null ? "" : decision.code();
        }
        case IDENTITY -> values[s] = slot.kept() || noId ? f.pooledText(column) : "";
        default -> values[s] = slot.kept() ? f.pooledText(column) : "";
      }
    }
    if (log.count() > before) {
      log.rowInvalid();
      return;
    }
    if (warned) {
      log.rowWarned();
    }
    cases.add(id, idLength, indication, days, clockStop, decision, values, line);
  }

  private boolean blank(Fields f, String column) {
    int i = header.index(column);
    return i < 0 || f.blank(i);
  }

  private final ProcessOrder.Departures departures =
      new ProcessOrder.Departures() {
        @Override
        public void error(Milestone late, Milestone early, String interval) {
          log.problem(
              file,
              line,
              header.label(late.column()),
              iso(days[late.ordinal()]),
              "dates run backwards: "
                  + late
                  + " is before "
                  + early
                  + " ("
                  + iso(days[early.ordinal()])
                  + "), so "
                  + interval
                  + " would be negative");
        }

        @Override
        public void warning(Milestone late, Milestone early) {
          warned = true;
          log.warning(
              file,
              line,
              header.label(late.column()),
              iso(days[late.ordinal()]),
              late
                  + " is before "
                  + early
                  + " ("
                  + iso(days[early.ordinal()])
                  + "): not the usual process order; both dates are used as recorded");
        }
      };

  private int date(Fields f, Milestone m) {
    int i = header.index(m);
    if (i < 0) {
      return CaseRecord.ABSENT;
    }
    DateColumn column = dateColumns[m.ordinal()];
    int day = f.day(i);
    if (day != Fields.NOT_QUICK) {
      if (day != CaseRecord.ABSENT) {
        column.note(DateColumn.Kind.WRITTEN, line, null);
      }
      return day;
    }
    DateReader.Result r = f.date(i, options.dates());
    if (r instanceof DateReader.Failure) {
      String text = f.text(i);
      DateReader.Slash slash;
      if (DateReader.looksSerial(text)) {
        // A serial number is read as one only if the whole column is: checked after reading.
        r = DateReader.serial(text);
        column.note(DateColumn.Kind.SERIAL, line, text);
      } else if (options.dates().judgesSlashDatesByColumn()
          && (slash = DateReader.slash(text)) != null) {
        r = slashDate(column, slash, text);
      }
    } else if (r instanceof DateReader.Day) {
      column.note(DateColumn.Kind.WRITTEN, line, null);
    }
    if (r instanceof DateReader.Day d) {
      return d.epochDay();
    }
    if (r instanceof DateReader.Failure failure) {
      log.problem(file, line, header.name(i), f.text(i), failure.reason());
    }
    return CaseRecord.ABSENT;
  }

  /**
   * A slash date, read day-first for now: the column is judged once the whole file is read, and
   * refused unless some date in it can only be day-first and none only month-first.
   */
  private DateReader.Result slashDate(DateColumn column, DateReader.Slash slash, String text) {
    if (slash.onlyMonthFirst()) {
      column.noteSlash(DateColumn.Kind.MONTH_FIRST, line, text);
      return new DateReader.Empty();
    }
    DateReader.Result r = slash.dayFirst();
    if (r instanceof DateReader.Day) {
      column.noteSlash(
          slash.onlyDayFirst() ? DateColumn.Kind.DAY_FIRST : DateColumn.Kind.EITHER, line, text);
    }
    return r;
  }

  /** The recorded clock stop, or {@link CaseRecord#ABSENT} when the cell is empty. */
  private int clockStop(Fields f) {
    int i = clockStopColumn;
    if (i < 0 || f.blank(i)) {
      return CaseRecord.ABSENT;
    }
    // Few distinct values: pooled, so no String per row.
    String raw = f.pooledText(i);
    int stop = DayCount.read(raw);
    if (stop < 0) {
      String reason =
          DayCount.negative(raw)
              ? "negative clock stop: days must be 0 or more"
              : "not a whole number of days";
      log.problem(file, line, header.name(i), raw, reason);
      return CaseRecord.ABSENT;
    }
    int end = days[Milestone.REPORT_COMPLETED.ordinal()];
    Milestone from =
        days[Milestone.ASSIGNED.ordinal()] != CaseRecord.ABSENT
            ? Milestone.ASSIGNED
            : Milestone.DOCUMENTATION_RECEIVED;
    int start = days[from.ordinal()];
    if (end != CaseRecord.ABSENT
        && start != CaseRecord.ABSENT
        && end >= start
        && stop > end - start) {
      log.problem(
          file,
          line,
          header.name(i),
          raw,
          "clock stop longer than "
              + from
              + " to report_completed ("
              + (end - start)
              + " days), so "
              + (from == Milestone.ASSIGNED ? "active" : "assessment")
              + " would be negative");
    }
    return stop;
  }

  private String flag(String column, String value) {
    Optional<String> read = flags.computeIfAbsent(value, YesNo::read);
    if (read.isPresent()) {
      return read.get();
    }
    log.problem(file, line, header.label(column), value, "not a yes/no value");
    return value;
  }

  private static String iso(int epochDay) {
    return LocalDate.ofEpochDay(epochDay).toString();
  }
}

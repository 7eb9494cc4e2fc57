package no.nmstat.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

/**
 * One case: a method ID with one indication, its milestone dates and descriptive columns.
 *
 * <p>Dates are epoch days so that interval arithmetic is integer subtraction; {@link #ABSENT} marks
 * a milestone the case has not reached. A case is a view of one row of a {@link CaseTable}, where
 * the data lives by column; it is immutable.
 */
public final class CaseRecord {
  /** Marks a milestone that has not been reached. */
  public static final int ABSENT = Integer.MIN_VALUE;

  private final CaseTable table;
  private final int row;

  CaseRecord(CaseTable table, int row) {
    this.table = table;
    this.row = row;
  }

  /**
   * A case on its own (generated or made by hand), its text columns given by name.
   *
   * @param id the method ID, e.g. {@code ID2021_045}
   * @param indication the indication text; empty when there is none
   * @param milestones epoch day per {@link Milestone} ordinal, or {@link #ABSENT}
   * @param clockStopDays total days DMP waited for the company, or {@link #ABSENT} when not
   *     recorded
   * @param decision the decision, or {@code null} when none is recorded
   * @param columns text columns by canonical name (extra columns by their header)
   * @param source where the row was read
   */
  public CaseRecord(
      String id,
      String indication,
      int[] milestones,
      int clockStopDays,
      Decision decision,
      Map<String, String> columns,
      SourceLine source) {
    this(single(id, indication, milestones, clockStopDays, decision, columns, source), 0);
  }

  private static CaseTable single(
      String id,
      String indication,
      int[] milestones,
      int clockStopDays,
      Decision decision,
      Map<String, String> columns,
      SourceLine source) {
    if (milestones.length != Milestone.COUNT) {
      throw new IllegalArgumentException("one date per milestone expected");
    }
    CaseTableBuilder b =
        new CaseTableBuilder(source.file(), new TextColumns(new ArrayList<>(columns.keySet())), 1);
    b.add(
        id,
        indication,
        milestones,
        clockStopDays,
        decision,
        columns.values().toArray(String[]::new),
        source.line());
    return b.build(0);
  }

  /** The table this case is a row of. */
  public CaseTable table() {
    return table;
  }

  /** This case's row in {@link #table()}. */
  public int row() {
    return row;
  }

  public String id() {
    return table.id(row);
  }

  /**
   * The method this case belongs to: its ID, or for a row without one (compiled lists often have
   * none) its substance and trade name, as {@code substance (trade name)}.
   */
  public String method() {
    String id = id();
    if (!id.isEmpty()) {
      return id;
    }
    String substance = column(CaseColumns.SUBSTANCE);
    String trade = column(CaseColumns.TRADE_NAME);
    return substance.isEmpty()
        ? trade
        : trade.isEmpty() ? substance : substance + " (" + trade + ")";
  }

  public String indication() {
    return table.indication(row);
  }

  /**
   * Total days DMP waited for the company as recorded; 0 when none is recorded, which is what an
   * interval net of clock stops can subtract ({@link #clockStopRecorded} tells the two 0s apart).
   */
  public int clockStopDays() {
    int d = table.clockStop(row);
    return d == ABSENT ? 0 : d;
  }

  /** Whether the clock stop is recorded (a recorded 0 is a fact; an empty cell is not). */
  public boolean clockStopRecorded() {
    return table.clockStop(row) != ABSENT;
  }

  /** The round of the method and indication this row records: 1 for the first. */
  public int round() {
    return table.round(row);
  }

  /**
   * The day the next round of the same method and indication starts, or {@link #ABSENT} when there
   * is none (as of the table's date).
   */
  public int nextRoundStart() {
    return table.nextRoundStart(row);
  }

  /**
   * For a first round, the first positive decision of a later round, or {@link #ABSENT}: time to
   * availability runs to the first yes in any round.
   */
  public int laterRoundYes() {
    return table.laterYes(row);
  }

  /**
   * The previous round's decision, or {@link #ABSENT} for a first round or when the previous round
   * has none (as of the table's date): where the re-decision starts (method.md §3).
   */
  public int previousRoundDecision() {
    return table.previousDecision(row);
  }

  /**
   * Whether this row's {@code m} repeats the previous round's (method.md §2.5): then it was reached
   * in that round, and nothing of this round starts or is entered at it.
   */
  public boolean shared(Milestone m) {
    return table.shared(row, m);
  }

  /** The decision, or null when none is recorded. */
  public Decision decision() {
    return table.decision(row);
  }

  /** Where the row was read. */
  public SourceLine source() {
    return new SourceLine(table.file(), table.line(row));
  }

  /** The epoch day of {@code m}, or {@link #ABSENT}. */
  public int day(Milestone m) {
    return table.day(row, m.ordinal());
  }

  /**
   * The day the case's decision said yes: its availability date, else the decision's date when the
   * decision is to introduce; {@link #ABSENT} when there is no yes.
   */
  public int yesDay() {
    return table.yesDay(row);
  }

  /** Whether the case has reached {@code m}. */
  public boolean has(Milestone m) {
    return day(m) != ABSENT;
  }

  /** The date of {@code m}, if reached. */
  public Optional<LocalDate> date(Milestone m) {
    int d = day(m);
    return d == ABSENT ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(d));
  }

  /** The names of the text columns this case has. */
  public java.util.List<String> columnNames() {
    return table.columns().names();
  }

  /** The value of a text column, empty when the column is missing or blank. */
  public String column(String name) {
    return table.column(row, name);
  }

  /**
   * This case as it stood on {@code asOfDay}: milestones dated later are treated as not yet
   * reached, and a decision dated later is not yet known.
   */
  public CaseRecord asOf(int asOfDay) {
    if (datesAfter(asOfDay) == 0) {
      return this;
    }
    CaseTableBuilder b = new CaseTableBuilder(table.file(), table.columns(), 1);
    b.add(table, row);
    return new CaseRecord(b.build(0).asOf(asOfDay), 0);
  }

  /** How many milestone dates lie after {@code asOfDay}. */
  public int datesAfter(int asOfDay) {
    int n = 0;
    for (Milestone m : Milestone.all()) {
      int d = day(m);
      if (d != ABSENT && d > asOfDay) {
        n++;
      }
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CaseRecord c)) {
      return false;
    }
    for (Milestone m : Milestone.all()) {
      if (day(m) != c.day(m)) {
        return false;
      }
    }
    if (!id().equals(c.id())
        || !indication().equals(c.indication())
        || table.clockStop(row) != c.table.clockStop(c.row)
        || decision() != c.decision()
        || round() != c.round()
        || !source().equals(c.source())
        || !table.columns().names().equals(c.table.columns().names())) {
      return false;
    }
    for (String name : table.columns().names()) {
      if (!column(name).equals(c.column(name))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * id().hashCode() + indication().hashCode()) + day(Milestone.ASSIGNED);
  }

  @Override
  public String toString() {
    return "CaseRecord[" + id() + " / " + indication() + " @ " + source() + "]";
  }
}

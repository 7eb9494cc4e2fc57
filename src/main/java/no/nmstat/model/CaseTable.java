package no.nmstat.model;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.BitSet;

/**
 * Cases stored by column: a few large arrays instead of several objects per case, so that a million
 * cases take about fifty megabytes and the garbage collector has little to move: dates as two-byte
 * days from 1950 (ints only for a table with a date outside 1950 to 2129), a text column whose
 * every value is empty (one the caller does not use, so was not kept) as no array at all, line
 * numbers as ints unless a file has more lines than an int holds, and a table as of a date as a
 * view of the same arrays. A {@link CaseRecord} is a view of one row. Rows share one file name and
 * one {@link TextColumns}; a table is immutable once built.
 */
public final class CaseTable extends AbstractList<CaseRecord> {
  private static final Decision[] DECISIONS = Decision.values();
  private static final int DECIDED = Milestone.DECISION_DATE.ordinal();

  static final int NOT_AS_OF = Integer.MAX_VALUE;

  private final String file;
  private final TextColumns columns;
  private final int size;
  private final MilestoneDays days;
  private final int[] clockStops;
  private final byte[] decisions;
  private final byte[] idBytes;
  private final int[] idEnds;
  private final String[] indications;
  // Per text column, its values (null for an empty one), or null when every value is empty.
  private final String[][] values;
  private final LineNumbers lines;
  // Rounds of one method (null when every row is a first round with no later one).
  final Rounds rounds;
  // Days after this are not reached and decisions without a date then not known (NOT_AS_OF: all).
  private final int asOf;

  /**
   * Per row: the round's number (1 for the first), the day the next round of the same method and
   * indication starts, for a first round the first positive decision of a later round, the previous
   * round's decision (each {@link CaseRecord#ABSENT} when there is none), and the milestones the
   * row shares with the previous round (a bit per {@link Milestone#ordinal}).
   */
  record Rounds(
      int[] number, int[] nextStart, int[] laterYes, int[] previousDecision, int[] shared) {}

  CaseTable(
      String file,
      TextColumns columns,
      int size,
      MilestoneDays days,
      int[] clockStops,
      byte[] decisions,
      byte[] idBytes,
      int[] idEnds,
      String[] indications,
      String[][] values,
      LineNumbers lines,
      Rounds rounds,
      int asOf) {
    this.file = file;
    this.columns = columns;
    this.size = size;
    this.days = days;
    this.clockStops = clockStops;
    this.decisions = decisions;
    this.idBytes = idBytes;
    this.idEnds = idEnds;
    this.indications = indications;
    this.values = values;
    this.lines = lines;
    this.rounds = rounds;
    this.asOf = asOf;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public CaseRecord get(int row) {
    java.util.Objects.checkIndex(row, size);
    return new CaseRecord(this, row);
  }

  String file() {
    return file;
  }

  TextColumns columns() {
    return columns;
  }

  int day(int row, int milestone) {
    return seen(days.get(row * Milestone.COUNT + milestone));
  }

  /**
   * Row {@code row}'s epoch day of {@code m}, or {@link CaseRecord#ABSENT}: {@link CaseRecord#day}
   * without a record, for loops over every row.
   */
  public int day(int row, Milestone m) {
    return day(row, m.ordinal());
  }

  /** {@code day} as of the table's date: ABSENT when later (ABSENT itself is below any day). */
  private int seen(int day) {
    return day > asOf ? CaseRecord.ABSENT : day;
  }

  /** Row {@code row}'s recorded clock stop, or {@link CaseRecord#ABSENT} when none is recorded. */
  public int clockStop(int row) {
    return clockStops[row];
  }

  /** Row {@code row}'s {@link CaseRecord#round}. */
  public int round(int row) {
    return rounds == null ? 1 : rounds.number[row];
  }

  /** Row {@code row}'s {@link CaseRecord#nextRoundStart}. */
  public int nextRoundStart(int row) {
    return rounds == null ? CaseRecord.ABSENT : seen(rounds.nextStart[row]);
  }

  /** Row {@code row}'s {@link CaseRecord#laterRoundYes}. */
  public int laterYes(int row) {
    return rounds == null ? CaseRecord.ABSENT : seen(rounds.laterYes[row]);
  }

  /** Row {@code row}'s {@link CaseRecord#previousRoundDecision}. */
  public int previousDecision(int row) {
    return rounds == null ? CaseRecord.ABSENT : seen(rounds.previousDecision[row]);
  }

  /** Row {@code row}'s {@link CaseRecord#shared}. */
  public boolean shared(int row, Milestone m) {
    return rounds != null && (rounds.shared[row] & 1 << m.ordinal()) != 0;
  }

  /** The milestone bits of {@link #shared}, for copying a row. */
  int sharedBits(int row) {
    return rounds == null ? 0 : rounds.shared[row];
  }

  /**
   * The day row {@code row}'s decision said yes: its availability date, else the decision's date
   * when the decision is to introduce; {@link CaseRecord#ABSENT} when there is no yes.
   */
  public int yesDay(int row) {
    int available = day(row, Milestone.AVAILABLE_DATE);
    if (available != CaseRecord.ABSENT) {
      return available;
    }
    return decision(row) == Decision.INTRODUCED ? day(row, DECIDED) : CaseRecord.ABSENT;
  }

  /**
   * This table with rounds: per row its round's number, the start of the next round, for a first
   * round a later round's first positive decision, the previous round's decision ({@link
   * CaseRecord#ABSENT} when none), and the milestones shared with the previous round (a bit per
   * {@link Milestone#ordinal}).
   */
  public CaseTable withRounds(
      int[] number, int[] nextStart, int[] laterYes, int[] previousDecision, int[] shared) {
    return with(new Rounds(number, nextStart, laterYes, previousDecision, shared), asOf);
  }

  /** The same rows with {@code rounds}, as of {@code asOf}: a view of the same arrays. */
  private CaseTable with(Rounds rounds, int asOf) {
    return new CaseTable(
        file,
        columns,
        size,
        days,
        clockStops,
        decisions,
        idBytes,
        idEnds,
        indications,
        values,
        lines,
        rounds,
        asOf);
  }

  Decision decision(int row) {
    byte d = decisions[row];
    if (d < 0 || (asOf != NOT_AS_OF && day(row, DECIDED) == CaseRecord.ABSENT)) {
      return null;
    }
    return DECISIONS[d];
  }

  String id(int row) {
    int start = row == 0 ? 0 : idEnds[row - 1];
    return new String(idBytes, start, idEnds[row] - start, StandardCharsets.UTF_8);
  }

  /** A 64-bit hash of the row's id and indication, for finding duplicates. */
  public long keyHash(int row) {
    int start = row == 0 ? 0 : idEnds[row - 1];
    return keyHash(idBytes, start, idEnds[row], indications[row]);
  }

  private static long keyHash(byte[] id, int start, int end, String indication) {
    long h = 0xcbf29ce484222325L;
    for (int i = start; i < end; i++) {
      h = (h ^ (id[i] & 0xFF)) * 0x100000001b3L;
    }
    return h * 31 + indication.hashCode();
  }

  String indication(int row) {
    return indications[row];
  }

  /**
   * Row {@code row}'s value of text column {@code name}, empty when the column is missing or blank.
   */
  public String column(int row, String name) {
    int i = columns.indexOf(name);
    String v = i < 0 ? null : value(row, i);
    return v == null ? "" : v;
  }

  /** The value of text column {@code column}, or null when it is empty. */
  String value(int row, int column) {
    String[] v = values[column];
    return v == null ? null : v[row];
  }

  long line(int row) {
    return lines.get(row);
  }

  /** Whether any milestone of any row (or a later round's start) lies after {@code asOfDay}. */
  boolean anyAfter(int asOfDay) {
    return datesAfter(asOfDay, true) > 0
        || (rounds != null
            && (after(rounds.nextStart, asOfDay)
                || after(rounds.laterYes, asOfDay)
                || after(rounds.previousDecision, asOfDay)));
  }

  private boolean after(int[] a, int asOfDay) {
    for (int row = 0; row < size; row++) {
      if (seen(a[row]) > asOfDay) {
        return true;
      }
    }
    return false;
  }

  /**
   * This table as it stood on {@code asOfDay}: later milestones are not reached and decisions made
   * later are not known. Returns this table when nothing lies later; else a view of the same
   * arrays, which copies nothing.
   */
  public CaseTable asOf(int asOfDay) {
    if (!anyAfter(asOfDay)) {
      return this;
    }
    return with(rounds, Math.min(asOf, asOfDay));
  }

  /**
   * The latest milestone day recorded in the table and not after its own as-of date, or {@link
   * CaseRecord#ABSENT} when none is.
   */
  public int latestDay() {
    return days.latest(size * Milestone.COUNT, asOf);
  }

  /** How many milestone dates lie after {@code asOfDay}. */
  public long datesAfter(int asOfDay) {
    return datesAfter(asOfDay, false);
  }

  private long datesAfter(int asOfDay, boolean any) {
    return days.countAfter(size * Milestone.COUNT, asOfDay, asOf, any);
  }

  /** This table without the rows set in {@code removed}. */
  public CaseTable without(BitSet removed) {
    if (removed.isEmpty()) {
      return this;
    }
    CaseTableBuilder b = new CaseTableBuilder(file, columns, size - removed.cardinality());
    for (int row = 0; row < size; row++) {
      if (!removed.get(row)) {
        b.add(this, row);
      }
    }
    return b.build(0);
  }
}

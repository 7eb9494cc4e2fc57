package no.nmstat.model;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
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
  private static final int MILESTONES = Milestone.values().length;
  private static final Decision[] DECISIONS = Decision.values();
  private static final int DECIDED = Milestone.DECISION_DATE.ordinal();

  /** Two-byte days count from this epoch day (1949-12-31); 0 stands for ABSENT. */
  private static final int DAY_BASE = (int) java.time.LocalDate.of(1950, 1, 1).toEpochDay() - 1;

  private static final int NOT_AS_OF = Integer.MAX_VALUE;

  private final String file;
  private final TextColumns columns;
  private final int size;
  private final Days days;
  private final int[] clockStops;
  private final byte[] decisions;
  private final byte[] idBytes;
  private final int[] idEnds;
  private final String[] indications;
  // Per text column, its values (null for an empty one), or null when every value is empty.
  private final String[][] values;
  private final Lines lines;
  // Rounds of one method (null when every row is a first round with no later one).
  private final Rounds rounds;
  // Days after this are not reached and decisions without a date then not known (NOT_AS_OF: all).
  private final int asOf;

  /**
   * Per row: the round's number (1 for the first), the day the next round of the same method and
   * indication starts, and, for a first round, the first positive decision of a later round (both
   * {@link CaseRecord#ABSENT} when there is none).
   */
  private record Rounds(int[] number, int[] nextStart, int[] laterYes) {}

  /** The milestone days, row by row: two bytes each where they fit, else four. */
  private record Days(char[] small, int[] large) {
    int get(int i) {
      if (large != null) {
        return large[i];
      }
      char c = small[i];
      return c == 0 ? CaseRecord.ABSENT : DAY_BASE + c;
    }
  }

  /**
   * Line numbers: ints added to a common offset, as long as every line fits in an int (always, but
   * for a file of more than two billion lines), else longs.
   */
  private record Lines(int[] small, long[] large, long offset) {
    long get(int row) {
      return large != null ? large[row] : offset + small[row];
    }
  }

  private CaseTable(
      String file,
      TextColumns columns,
      int size,
      Days days,
      int[] clockStops,
      byte[] decisions,
      byte[] idBytes,
      int[] idEnds,
      String[] indications,
      String[][] values,
      Lines lines,
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
    return seen(days.get(row * MILESTONES + milestone));
  }

  /** {@code day} as of the table's date: ABSENT when later (ABSENT itself is below any day). */
  private int seen(int day) {
    return day > asOf ? CaseRecord.ABSENT : day;
  }

  /** The recorded clock stop, or {@link CaseRecord#ABSENT} when none is recorded. */
  int clockStop(int row) {
    return clockStops[row];
  }

  int round(int row) {
    return rounds == null ? 1 : rounds.number[row];
  }

  int nextRoundStart(int row) {
    return rounds == null ? CaseRecord.ABSENT : seen(rounds.nextStart[row]);
  }

  int laterYes(int row) {
    return rounds == null ? CaseRecord.ABSENT : seen(rounds.laterYes[row]);
  }

  /**
   * This table with rounds: per row its round's number, the start of the next round and, for a
   * first round, a later round's first positive decision ({@link CaseRecord#ABSENT} when none).
   */
  public CaseTable withRounds(int[] number, int[] nextStart, int[] laterYes) {
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
        new Rounds(number, nextStart, laterYes),
        asOf);
  }

  Decision decision(int row) {
    byte d = decisions[row];
    if (d < 0 || asOf != NOT_AS_OF && day(row, DECIDED) == CaseRecord.ABSENT) {
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

  /** The hash {@link #keyHash(int)} gives a row with this id and indication. */
  public static long keyHash(String id, String indication) {
    byte[] b = id.getBytes(StandardCharsets.UTF_8);
    return keyHash(b, 0, b.length, indication);
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
        || rounds != null && (after(rounds.nextStart, asOfDay) || after(rounds.laterYes, asOfDay));
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
        Math.min(asOf, asOfDay));
  }

  /** How many milestone dates lie after {@code asOfDay}. */
  public long datesAfter(int asOfDay) {
    return datesAfter(asOfDay, false);
  }

  private long datesAfter(int asOfDay, boolean any) {
    long n = 0;
    for (int i = 0, end = size * MILESTONES; i < end; i++) {
      if (seen(days.get(i)) > asOfDay) {
        n++;
        if (any) {
          break;
        }
      }
    }
    return n;
  }

  /** This table without the rows set in {@code removed}. */
  public CaseTable without(BitSet removed) {
    if (removed.isEmpty()) {
      return this;
    }
    Builder b = new Builder(file, columns, size - removed.cardinality());
    for (int row = 0; row < size; row++) {
      if (!removed.get(row)) {
        b.add(this, row);
      }
    }
    return b.build(0);
  }

  /** Collects rows; not thread-safe, one builder per thread. */
  public static final class Builder {
    private final String file;
    private final TextColumns columns;
    private final int width;
    private int size;
    // Two-byte days until a day does not fit; then four-byte days.
    private char[] smallDays;
    private int[] days;
    private int[] clockStops;
    private byte[] decisions;
    private byte[] idBytes;
    private int idLength;
    private int[] idEnds;
    private String[] indications;
    private String[][] values;
    private int[] lines;
    // Allocated only when a line number does not fit in an int.
    private long[] largeLines;
    // Allocated when the first row from a table with rounds is copied in.
    private int[] number;
    private int[] nextStart;
    private int[] laterYes;

    /** A builder with room for about {@code rows} rows (it grows as needed). */
    public Builder(String file, TextColumns columns, int rows) {
      this.file = file;
      this.columns = columns;
      this.width = columns.names().size();
      // Ten percent over the estimate, so that a good estimate never copies the arrays.
      int capacity = (int) Math.min(Integer.MAX_VALUE / 16, 16 + rows * 1.1);
      smallDays = new char[capacity * MILESTONES];
      clockStops = new int[capacity];
      decisions = new byte[capacity];
      idBytes = new byte[capacity * 16];
      idEnds = new int[capacity];
      indications = new String[capacity];
      values = new String[width][];
      lines = new int[capacity];
    }

    /**
     * Adds a row. {@code milestones} holds one epoch day (or {@link CaseRecord#ABSENT}) per {@link
     * Milestone}; {@code texts} one value per column of the builder's {@link TextColumns}.
     */
    public void add(
        String id,
        String indication,
        int[] milestones,
        int clockStop,
        Decision decision,
        String[] texts,
        long line) {
      byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
      add(bytes, bytes.length, indication, milestones, clockStop, decision, texts, line);
    }

    /**
     * Adds a row as {@link #add(String, String, int[], int, Decision, String[], long)} does, its id
     * given as the first {@code idLength} bytes of {@code id} in UTF-8 (a reader has them so and
     * need not make a String).
     */
    public void add(
        byte[] id,
        int idLength,
        String indication,
        int[] milestones,
        int clockStop,
        Decision decision,
        String[] texts,
        long line) {
      grow();
      addDays(milestones);
      clockStops[size] = clockStop;
      decisions[size] = (byte) (decision == null ? -1 : decision.ordinal());
      if (this.idLength + idLength > idBytes.length) {
        // By half: the estimate is usually close, and doubling would waste up to half.
        idBytes =
            Arrays.copyOf(
                idBytes,
                (int)
                    Math.min(
                        Integer.MAX_VALUE - 8,
                        Math.max(idBytes.length * 3L / 2 + 16, this.idLength + idLength)));
      }
      System.arraycopy(id, 0, idBytes, this.idLength, idLength);
      this.idLength += idLength;
      idEnds[size] = this.idLength;
      indications[size] = indication;
      for (int c = 0; c < width; c++) {
        String v = texts[c];
        if (v != null && !v.isEmpty()) {
          if (values[c] == null) {
            values[c] = new String[idEnds.length];
          }
          values[c][size] = v;
        }
      }
      if (largeLines != null) {
        largeLines[size] = line;
      } else if (line <= Integer.MAX_VALUE) {
        lines[size] = (int) line;
      } else {
        largeLines = new long[idEnds.length];
        for (int i = 0; i < size; i++) {
          largeLines[i] = lines[i];
        }
        largeLines[size] = line;
        lines = null;
      }
      size++;
    }

    private void addDays(int[] milestones) {
      int at = size * MILESTONES;
      if (smallDays != null) {
        for (int m = 0; m < MILESTONES; m++) {
          int d = milestones[m];
          int c = d - DAY_BASE;
          if (d != CaseRecord.ABSENT && (c <= 0 || c > Character.MAX_VALUE)) {
            days = new int[smallDays.length];
            for (int i = 0; i < at; i++) {
              char s = smallDays[i];
              days[i] = s == 0 ? CaseRecord.ABSENT : DAY_BASE + s;
            }
            smallDays = null;
            break;
          }
          smallDays[at + m] = d == CaseRecord.ABSENT ? 0 : (char) c;
        }
      }
      if (days != null) {
        System.arraycopy(milestones, 0, days, at, MILESTONES);
      }
    }

    void add(CaseTable t, int row) {
      int[] m = new int[MILESTONES];
      for (int k = 0; k < MILESTONES; k++) {
        m[k] = t.day(row, k);
      }
      String[] texts = new String[width];
      for (int c = 0; c < width; c++) {
        texts[c] = t.value(row, c);
      }
      add(t.id(row), t.indication(row), m, t.clockStop(row), t.decision(row), texts, t.line(row));
      if (t.rounds != null) {
        if (number == null) {
          number = new int[idEnds.length];
          nextStart = new int[idEnds.length];
          laterYes = new int[idEnds.length];
          Arrays.fill(number, 0, size - 1, 1);
          Arrays.fill(nextStart, 0, size - 1, CaseRecord.ABSENT);
          Arrays.fill(laterYes, 0, size - 1, CaseRecord.ABSENT);
        }
        number[size - 1] = t.round(row);
        nextStart[size - 1] = t.nextRoundStart(row);
        laterYes[size - 1] = t.laterYes(row);
      } else if (number != null) {
        number[size - 1] = 1;
        nextStart[size - 1] = CaseRecord.ABSENT;
        laterYes[size - 1] = CaseRecord.ABSENT;
      }
    }

    private void grow() {
      if (size < clockStops.length) {
        return;
      }
      int capacity = (int) Math.min(Integer.MAX_VALUE / 16, clockStops.length * 2L);
      if (smallDays != null) {
        smallDays = Arrays.copyOf(smallDays, capacity * MILESTONES);
      } else {
        days = Arrays.copyOf(days, capacity * MILESTONES);
      }
      clockStops = Arrays.copyOf(clockStops, capacity);
      decisions = Arrays.copyOf(decisions, capacity);
      idEnds = Arrays.copyOf(idEnds, capacity);
      indications = Arrays.copyOf(indications, capacity);
      for (int c = 0; c < width; c++) {
        if (values[c] != null) {
          values[c] = Arrays.copyOf(values[c], capacity);
        }
      }
      if (largeLines != null) {
        largeLines = Arrays.copyOf(largeLines, capacity);
      } else {
        lines = Arrays.copyOf(lines, capacity);
      }
      if (number != null) {
        number = Arrays.copyOf(number, capacity);
        nextStart = Arrays.copyOf(nextStart, capacity);
        laterYes = Arrays.copyOf(laterYes, capacity);
      }
    }

    /**
     * The table of the rows added, with {@code lineOffset} added to their line numbers. The arrays
     * are handed over as they are (unused capacity is at most the estimate's margin or a doubling),
     * since trimming would copy every array once more.
     */
    public CaseTable build(long lineOffset) {
      if (largeLines != null) {
        for (int i = 0; i < size; i++) {
          largeLines[i] += lineOffset;
        }
      }
      Lines l = new Lines(lines, largeLines, lineOffset);
      Rounds r = number == null ? null : new Rounds(number, nextStart, laterYes);
      return new CaseTable(
          file,
          columns,
          size,
          new Days(smallDays, days),
          clockStops,
          decisions,
          idBytes,
          idEnds,
          indications,
          values,
          l,
          r,
          NOT_AS_OF);
    }
  }
}

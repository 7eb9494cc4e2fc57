package no.nmstat.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Collects the rows of a {@link CaseTable}; not thread-safe, one builder per thread. */
public final class CaseTableBuilder {
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
  private int[] previousDecision;
  private int[] shared;

  /** A builder with room for about {@code rows} rows (it grows as needed). */
  public CaseTableBuilder(String file, TextColumns columns, int rows) {
    this.file = file;
    this.columns = columns;
    this.width = columns.names().size();
    // Ten percent over the estimate, so that a good estimate never copies the arrays.
    int limit = Integer.MAX_VALUE / 16;
    int capacity = (int) Math.min(limit, 16 + rows * 1.1);
    smallDays = new char[capacity * Milestone.COUNT];
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
   * given as the first {@code idLength} bytes of {@code id} in UTF-8 (a reader has them so and need
   * not make a String).
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
    int at = size * Milestone.COUNT;
    if (smallDays != null) {
      for (int m = 0; m < Milestone.COUNT; m++) {
        int d = milestones[m];
        int c = d - MilestoneDays.BASE;
        if (d != CaseRecord.ABSENT && (c <= 0 || c > Character.MAX_VALUE)) {
          days = new int[smallDays.length];
          for (int i = 0; i < at; i++) {
            char s = smallDays[i];
            days[i] = s == 0 ? CaseRecord.ABSENT : MilestoneDays.BASE + s;
          }
          smallDays = null;
          break;
        }
        smallDays[at + m] = d == CaseRecord.ABSENT ? 0 : (char) c;
      }
    }
    if (days != null) {
      System.arraycopy(milestones, 0, days, at, Milestone.COUNT);
    }
  }

  void add(CaseTable t, int row) {
    int[] m = new int[Milestone.COUNT];
    for (int k = 0; k < Milestone.COUNT; k++) {
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
        previousDecision = new int[idEnds.length];
        shared = new int[idEnds.length];
        Arrays.fill(number, 0, size - 1, 1);
        Arrays.fill(nextStart, 0, size - 1, CaseRecord.ABSENT);
        Arrays.fill(laterYes, 0, size - 1, CaseRecord.ABSENT);
        Arrays.fill(previousDecision, 0, size - 1, CaseRecord.ABSENT);
      }
      number[size - 1] = t.round(row);
      nextStart[size - 1] = t.nextRoundStart(row);
      laterYes[size - 1] = t.laterYes(row);
      previousDecision[size - 1] = t.previousDecision(row);
      shared[size - 1] = t.sharedBits(row);
    } else if (number != null) {
      number[size - 1] = 1;
      nextStart[size - 1] = CaseRecord.ABSENT;
      laterYes[size - 1] = CaseRecord.ABSENT;
      previousDecision[size - 1] = CaseRecord.ABSENT;
      shared[size - 1] = 0;
    }
  }

  private void grow() {
    if (size < clockStops.length) {
      return;
    }
    int capacity = (int) Math.min(Integer.MAX_VALUE / 16, clockStops.length * 2L);
    if (smallDays != null) {
      smallDays = Arrays.copyOf(smallDays, capacity * Milestone.COUNT);
    } else {
      days = Arrays.copyOf(days, capacity * Milestone.COUNT);
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
      previousDecision = Arrays.copyOf(previousDecision, capacity);
      shared = Arrays.copyOf(shared, capacity);
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
    LineNumbers l = new LineNumbers(lines, largeLines, lineOffset);
    CaseTable.Rounds r =
        number == null
            ? null
            : new CaseTable.Rounds(number, nextStart, laterYes, previousDecision, shared);
    return new CaseTable(
        file,
        columns,
        size,
        new MilestoneDays(smallDays, days),
        clockStops,
        decisions,
        idBytes,
        idEnds,
        indications,
        values,
        l,
        r,
        CaseTable.NOT_AS_OF);
  }
}

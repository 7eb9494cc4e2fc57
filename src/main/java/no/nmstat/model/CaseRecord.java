package no.nmstat.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * One case: a method ID with one indication, its milestone dates and descriptive columns.
 *
 * <p>Dates are held as epoch days so that interval arithmetic is integer subtraction; {@link
 * #ABSENT} marks a milestone the case has not reached. Text columns are an array of values
 * under a {@link TextColumns} shared by the cases of a file, so a million cases stay small.
 * Instances are immutable.
 */
public final class CaseRecord {
  /** Marks a milestone that has not been reached. */
  public static final int ABSENT = Integer.MIN_VALUE;

  private final String id;
  private final String indication;
  private final int[] milestones;
  private final int clockStopDays;
  private final Decision decision;
  private final TextColumns columns;
  private final String[] values;
  private final SourceLine source;

  /**
   * A case read from a file.
   *
   * @param id the method ID, e.g. {@code ID2021_045}
   * @param indication the indication text; empty when the file has none
   * @param milestones epoch day per {@link Milestone} ordinal, or {@link #ABSENT} (not copied:
   *     the caller hands it over)
   * @param clockStopDays total days DMP waited for the company (0 when not given)
   * @param decision the decision, or {@code null} when none is recorded
   * @param columns the names of {@code values}
   * @param values the text columns by canonical name (extra columns by their header), for
   *     grouping and listing (not copied: the caller hands it over)
   * @param source where the row was read
   */
  public CaseRecord(String id, String indication, int[] milestones, int clockStopDays,
      Decision decision, TextColumns columns, String[] values, SourceLine source) {
    if (milestones.length != Milestone.values().length) {
      throw new IllegalArgumentException("one date per milestone expected");
    }
    if (values.length != columns.names().size()) {
      throw new IllegalArgumentException("one value per column expected");
    }
    this.id = id;
    this.indication = indication;
    this.milestones = milestones;
    this.clockStopDays = clockStopDays;
    this.decision = decision;
    this.columns = columns;
    this.values = values;
    this.source = source;
  }

  /** A case with its text columns given by name (for generated and hand-made cases). */
  public CaseRecord(String id, String indication, int[] milestones, int clockStopDays,
      Decision decision, Map<String, String> columns, SourceLine source) {
    this(id, indication, milestones.clone(), clockStopDays, decision,
        new TextColumns(new ArrayList<>(columns.keySet())),
        columns.values().toArray(String[]::new), source);
  }

  public String id() {
    return id;
  }

  public String indication() {
    return indication;
  }

  public int clockStopDays() {
    return clockStopDays;
  }

  public Decision decision() {
    return decision;
  }

  public SourceLine source() {
    return source;
  }

  /** The epoch day of {@code m}, or {@link #ABSENT}. */
  public int day(Milestone m) {
    return milestones[m.ordinal()];
  }

  /** Whether the case has reached {@code m}. */
  public boolean has(Milestone m) {
    return milestones[m.ordinal()] != ABSENT;
  }

  /** The date of {@code m}, if reached. */
  public Optional<LocalDate> date(Milestone m) {
    int d = day(m);
    return d == ABSENT ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(d));
  }

  /** The value of a text column, empty when the column is missing or blank. */
  public String column(String name) {
    int i = columns.indexOf(name);
    return i < 0 || values[i] == null ? "" : values[i];
  }

  /**
   * This case as it stood on {@code asOfDay}: milestones dated later are treated as not yet
   * reached, and a decision dated later is not yet known.
   */
  public CaseRecord asOf(int asOfDay) {
    if (datesAfter(asOfDay) == 0) {
      return this;
    }
    int[] kept = milestones.clone();
    for (int i = 0; i < kept.length; i++) {
      if (kept[i] != ABSENT && kept[i] > asOfDay) {
        kept[i] = ABSENT;
      }
    }
    Decision known = kept[Milestone.DECISION_DATE.ordinal()] == ABSENT ? null : decision;
    return new CaseRecord(id, indication, kept, clockStopDays, known, columns, values, source);
  }

  /** How many milestone dates lie after {@code asOfDay}. */
  public int datesAfter(int asOfDay) {
    int n = 0;
    for (int d : milestones) {
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
    if (!id.equals(c.id) || !indication.equals(c.indication)
        || !Arrays.equals(milestones, c.milestones) || clockStopDays != c.clockStopDays
        || decision != c.decision || !source.equals(c.source)) {
      return false;
    }
    for (String name : columns.names()) {
      if (!column(name).equals(c.column(name))) {
        return false;
      }
    }
    return columns.names().size() == c.columns.names().size();
  }

  @Override
  public int hashCode() {
    return 31 * (31 * id.hashCode() + indication.hashCode()) + Arrays.hashCode(milestones);
  }

  @Override
  public String toString() {
    return "CaseRecord[" + id + " / " + indication + " @ " + source + "]";
  }
}

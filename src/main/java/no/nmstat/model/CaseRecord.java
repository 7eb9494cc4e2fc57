package no.nmstat.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * One case: a method ID with one indication, its milestone dates and descriptive columns.
 *
 * <p>Dates are held as epoch days so that interval arithmetic is integer subtraction; {@link
 * #ABSENT} marks a milestone the case has not reached.
 *
 * @param id the method ID, e.g. {@code ID2021_045}
 * @param indication the indication text; empty when the file has none
 * @param milestones epoch day per {@link Milestone} ordinal, or {@link #ABSENT}
 * @param clockStopDays total days DMP waited for the company (0 when not given)
 * @param decision the decision, or {@code null} when none is recorded
 * @param columns every text column by canonical name (extra columns by their header), for
 *     grouping and listing
 * @param source where the row was read
 */
public record CaseRecord(
    String id,
    String indication,
    int[] milestones,
    int clockStopDays,
    Decision decision,
    Map<String, String> columns,
    SourceLine source) {

  /** Marks a milestone that has not been reached. */
  public static final int ABSENT = Integer.MIN_VALUE;

  public CaseRecord {
    if (milestones.length != Milestone.values().length) {
      throw new IllegalArgumentException("one date per milestone expected");
    }
    milestones = milestones.clone();
    columns = Map.copyOf(columns);
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

  @Override
  public int[] milestones() {
    return milestones.clone();
  }

  /** The value of a text column, empty when the column is missing or blank. */
  public String column(String name) {
    return columns.getOrDefault(name, "");
  }

  /**
   * This case as it stood on {@code asOfDay}: milestones dated later are treated as not yet
   * reached, and a decision dated later is not yet known.
   */
  public CaseRecord asOf(int asOfDay) {
    int[] kept = milestones.clone();
    boolean changed = false;
    for (int i = 0; i < kept.length; i++) {
      if (kept[i] != ABSENT && kept[i] > asOfDay) {
        kept[i] = ABSENT;
        changed = true;
      }
    }
    if (!changed) {
      return this;
    }
    Decision known = kept[Milestone.DECISION_DATE.ordinal()] == ABSENT ? null : decision;
    return new CaseRecord(id, indication, kept, clockStopDays, known, columns, source);
  }

  /** How many milestone dates lie after {@code asOfDay}. */
  public int datesAfter(int asOfDay) {
    return (int) Arrays.stream(milestones).filter(d -> d != ABSENT && d > asOfDay).count();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseRecord c
        && id.equals(c.id)
        && indication.equals(c.indication)
        && Arrays.equals(milestones, c.milestones)
        && clockStopDays == c.clockStopDays
        && decision == c.decision
        && columns.equals(c.columns)
        && source.equals(c.source);
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

package no.nmstat.summary;

import java.util.List;
import java.util.function.Supplier;
import no.nmstat.metrics.Interval;
import no.nmstat.stats.Summary;
import no.nmstat.stats.SurvivalSummary;

/**
 * The statistics of one interval for one group.
 *
 * <p>The statistics and the Kaplan–Meier figures are computed when first asked for: with many
 * groups, most readers want only some of them (the counts, one statistic of a rule, no Kaplan–Meier
 * without {@code --km}). Not for use by several threads at once.
 */
public final class IntervalSummary {
  private final Interval interval;
  private final List<String> group;
  private final long missing;
  private final long noClockStop;
  private final List<String> unrecorded;
  private Supplier<Summary> summarize;
  private Supplier<SurvivalSummary> estimate;
  private Summary summary;
  private SurvivalSummary survival;

  /**
   * @param interval the interval
   * @param group the group values, one per {@link GroupBy} in order (empty list when ungrouped)
   * @param summarize computes the statistics of the completed cases
   * @param estimate computes the Kaplan–Meier figures, open cases censored at their age
   * @param missing cases that started the interval but whose end is unknown or skipped (a later
   *     milestone is recorded): in no figure
   * @param noClockStop completed cases of an interval net of clock stops that have no clock stop
   *     recorded (counted as 0 days)
   * @param unrecorded what the interval needs that no case records ({@link Interval#unrecorded});
   *     empty when it is measurable
   */
  IntervalSummary(
      Interval interval,
      List<String> group,
      Supplier<Summary> summarize,
      Supplier<SurvivalSummary> estimate,
      long missing,
      long noClockStop,
      List<String> unrecorded) {
    this.interval = interval;
    this.group = List.copyOf(group);
    this.summarize = summarize;
    this.estimate = estimate;
    this.missing = missing;
    this.noClockStop = noClockStop;
    this.unrecorded = List.copyOf(unrecorded);
  }

  /**
   * Whether the file can measure the interval at all (method.md §3): its start and end milestones
   * are each recorded in some case. When not, every count is 0 and every figure null, and {@link
   * #unrecorded} names what is missing.
   */
  public boolean measurable() {
    return unrecorded.isEmpty();
  }

  /** The columns the interval needs that no case records; empty when it is {@link #measurable}. */
  public List<String> unrecorded() {
    return unrecorded;
  }

  /** The interval. */
  public Interval interval() {
    return interval;
  }

  /** The group values, one per {@link GroupBy} in order (empty list when ungrouped). */
  public List<String> group() {
    return group;
  }

  /** The statistics of the completed cases. */
  public Summary summary() {
    if (summary == null) {
      summary = summarize.get();
      summarize = null;
    }
    return summary;
  }

  /** The Kaplan–Meier figures, open cases censored at their age. */
  public SurvivalSummary survival() {
    if (survival == null) {
      survival = estimate.get();
      estimate = null;
    }
    return survival;
  }

  /**
   * Cases that started the interval but whose end is unknown or skipped (a later milestone is
   * recorded): in no figure.
   */
  public long missing() {
    return missing;
  }

  /**
   * Completed cases of an interval net of clock stops that have no clock stop recorded (counted as
   * 0 days).
   */
  public long noClockStop() {
    return noClockStop;
  }
}

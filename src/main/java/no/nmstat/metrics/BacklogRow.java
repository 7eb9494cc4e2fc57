package no.nmstat.metrics;

import java.time.LocalDate;
import java.util.Map;

/**
 * The backlog at the end of one period and the flow during it.
 *
 * @param period the period's name, e.g. {@code 2024-Q1}
 * @param date the date the counts are taken (the period's last day, or the as-of date)
 *     <p>A state whose entering milestones no case records ({@link CaseState#seen}) has no key in
 *     {@code count}, {@code entered} and {@code left}: the file cannot count it, and 0 would say it
 *     can.
 * @param count cases in each waiting state on {@code date}
 * @param entered cases that entered each state during the period
 * @param left cases that left each state during the period
 * @param decisions first decisions made during the period
 * @param queueMedianAge median days the cases in DMP's queue on {@code date} had waited, or null
 *     when the queue is empty
 */
public record BacklogRow(
    String period,
    LocalDate date,
    Map<CaseState, Integer> count,
    Map<CaseState, Integer> entered,
    Map<CaseState, Integer> left,
    int decisions,
    Double queueMedianAge) {

  public BacklogRow {
    count = Map.copyOf(count);
    entered = Map.copyOf(entered);
    left = Map.copyOf(left);
  }
}

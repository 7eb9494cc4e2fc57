package no.nmstat.backlog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The backlog at the end of one period and the flow during it.
 *
 * @param period the period's name, e.g. {@code 2024-Q1}
 * @param date the date the counts are taken (the period's last day, or the as-of date)
 *     <p>A state the file cannot see ({@code unrecorded}) has no key in {@code count}, {@code
 *     entered} and {@code left}: the file cannot count it, and 0 would say it can.
 * @param count cases in each waiting state on {@code date}
 * @param entered cases that entered each state during the period
 * @param left cases that left each state during the period
 * @param decisions first decisions made during the period, or null when no case records a decision
 *     date
 * @param queueMedianAge median days the cases in DMP's queue on {@code date} had waited, or null
 *     when the queue is empty or cannot be seen
 * @param unrecorded the states the file cannot see, each with the columns that bound it and that no
 *     case records ({@link CaseState#unrecorded}), in process order
 */
public record BacklogRow(
    String period,
    LocalDate date,
    Map<CaseState, Integer> count,
    Map<CaseState, Integer> entered,
    Map<CaseState, Integer> left,
    Integer decisions,
    Double queueMedianAge,
    Map<CaseState, List<String>> unrecorded) {

  public BacklogRow {
    unrecorded = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unrecorded));
    count = Map.copyOf(count);
    entered = Map.copyOf(entered);
    left = Map.copyOf(left);
  }
}

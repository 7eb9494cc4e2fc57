package no.nmstat.tracker;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nmstat.backlog.CaseState;

/**
 * The tracker on one as-of date (method.md §9).
 *
 * @param asOfDay the as-of date as epoch day
 * @param cases the open cases in states the file can see, in tracker order
 * @param unseen the states the file cannot see, each with the columns that bound it and that no
 *     case records ({@link CaseState#unrecorded}), in process order
 * @param leftOut per unseen state, the open cases that seem to stand in it, which are not listed:
 *     the file cannot tell whether they do
 */
public record TrackerResult(
    int asOfDay,
    List<OpenCase> cases,
    Map<CaseState, List<String>> unseen,
    Map<CaseState, Integer> leftOut) {

  public TrackerResult {
    cases = List.copyOf(cases);
    unseen = Collections.unmodifiableMap(new LinkedHashMap<>(unseen));
    leftOut = Map.copyOf(leftOut);
  }

  /** The open cases in {@code state}, in tracker order. */
  public List<OpenCase> in(CaseState state) {
    return cases.stream().filter(c -> c.state() == state).toList();
  }
}

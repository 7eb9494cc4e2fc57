package no.nmstat.tracker;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.nmstat.backlog.CaseState;
import no.nmstat.forecast.QueueForecast;
import no.nmstat.forecast.QueueModel;
import no.nmstat.forecast.QueuedCase;
import no.nmstat.metrics.Coverage;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;

/**
 * Every case open on the as-of date, where it stands, against DMP's deadline, and when it should
 * move on (method.md §9).
 */
public final class Tracker {
  /** DMP's 180 days from documentation received to the report, clock stops excluded (§1). */
  public static final int DEADLINE_DAYS = 180;

  /** The queue forecast's window, as {@code forecast}'s default: the year before the as-of date. */
  public static final int FORECAST_WINDOW_DAYS = 365;

  /** The fewest past durations an expected date rests on; with fewer it is left empty. */
  public static final int MIN_EXPECTED_N = 10;

  // The forecast's point date does not depend on the level once calibrated; forecast's default.
  private static final double FORECAST_LEVEL = 0.8;

  private Tracker() {}

  /**
   * The open cases of {@code snapshot}, in tracker order: cases on the 180-day clock by days left
   * (most overdue first), then the others by days in their state, longest first, ties in file
   * order.
   */
  public static TrackerResult of(Snapshot snapshot) {
    return of(snapshot, FORECAST_WINDOW_DAYS);
  }

  /** As {@link #of(Snapshot)}, the queue forecast counting assignments over {@code windowDays}. */
  public static TrackerResult of(Snapshot snapshot, int windowDays) {
    return of(snapshot, windowDays, c -> true);
  }

  /**
   * As {@link #of(Snapshot, int)}, listing only the open cases {@code shown} accepts: the history
   * and the queue forecast are the whole snapshot's, so that a case's row is the same whichever
   * cases are shown beside it (a forecast of the shown cases alone would move their places in the
   * queue).
   */
  public static TrackerResult of(
      Snapshot snapshot, int windowDays, Predicate<? super CaseRecord> shown) {
    int asOf = snapshot.asOfDay();
    Coverage coverage = Coverage.of(snapshot.cases());
    Map<CaseState, List<String>> unseen = new LinkedHashMap<>();
    for (CaseState s : CaseState.waiting()) {
      List<String> columns = s.unrecorded(coverage);
      if (!columns.isEmpty()) {
        unseen.put(s, columns);
      }
    }
    Map<CaseState, StateDurations> history = history(snapshot.cases(), asOf);
    Map<CaseRecord, QueuedCase> forecast = new HashMap<>();
    if (!unseen.containsKey(CaseState.QUEUE)) {
      QueueForecast f =
          QueueModel.of(snapshot.cases(), asOf, windowDays, FORECAST_LEVEL).forecast();
      f.cases().stream().filter(QueuedCase::forecast).forEach(q -> forecast.put(q.record(), q));
    }
    List<OpenCase> open = new ArrayList<>();
    Map<CaseState, Integer> left = new EnumMap<>(CaseState.class);
    for (CaseRecord c : snapshot.cases()) {
      if (!shown.test(c)) {
        continue;
      }
      CaseState.Span span = openSpan(c, asOf);
      if (span == null) {
        continue;
      }
      if (unseen.containsKey(span.state())) {
        left.merge(span.state(), 1, Integer::sum);
        continue;
      }
      open.add(openCase(c, span, asOf, history.get(span.state()), forecast.get(c)));
    }
    open.sort(ORDER);
    return new TrackerResult(asOf, open, unseen, left);
  }

  private static final Comparator<OpenCase> ORDER =
      Comparator.comparing((OpenCase o) -> !o.clocked())
          .thenComparingInt(o -> o.clocked() ? o.daysLeft() : 0)
          .thenComparing(Comparator.comparingInt(OpenCase::daysInState).reversed());

  private static OpenCase openCase(
      CaseRecord c, CaseState.Span span, int asOf, StateDurations past, QueuedCase queued) {
    int days = asOf - span.start();
    int doc = own(c, Milestone.DOCUMENTATION_RECEIVED);
    int clock = ABSENT;
    int deadline = ABSENT;
    int daysLeft = ABSENT;
    if ((span.state() == CaseState.QUEUE || span.state() == CaseState.ASSESSMENT)
        && doc != ABSENT) {
      // Only the stops recorded so far: one still running is not known until it is recorded.
      clock = Math.max(0, asOf - doc - c.clockStopDays());
      deadline = doc + DEADLINE_DAYS + c.clockStopDays();
      daysLeft = deadline - asOf;
    }
    if (queued != null) {
      return new OpenCase(
          c,
          span.state(),
          span.start(),
          days,
          clock,
          deadline,
          daysLeft,
          queued.expectedDay(),
          OpenCase.Basis.FORECAST,
          ABSENT);
    }
    int n = past.atLeast(days);
    int t = n < MIN_EXPECTED_N ? ABSENT : past.conditionalMedian(days);
    return new OpenCase(
        c,
        span.state(),
        span.start(),
        days,
        clock,
        deadline,
        daysLeft,
        t == ABSENT ? ABSENT : span.start() + t,
        t == ABSENT ? null : OpenCase.Basis.HISTORY,
        n);
  }

  /**
   * The state {@code c} stands in on {@code asOf}, or null when it stands in none: decided, or
   * superseded by a later round that has begun (its open state's end is unknown, method.md §3).
   */
  static CaseState.Span openSpan(CaseRecord c, int asOf) {
    int next = c.nextRoundStart();
    if (next != ABSENT && next <= asOf) {
      return null;
    }
    for (CaseState.Span s : CaseState.timeline(c)) {
      if (s.end() == ABSENT && s.state() != CaseState.DECIDED) {
        return s;
      }
    }
    return null;
  }

  /**
   * Each waiting state's past durations: a stay that ended at the state's own ending milestone is
   * an event, an open one is censored at its age on {@code asOf}; a stay ended by a later milestone
   * (the ending one unrecorded) or by a later round is left out, its length unknown.
   */
  private static Map<CaseState, StateDurations> history(List<CaseRecord> cases, int asOf) {
    Map<CaseState, StateDurations.Stays> stays = new EnumMap<>(CaseState.class);
    for (CaseState s : CaseState.waiting()) {
      stays.put(s, new StateDurations.Stays());
    }
    for (CaseRecord c : cases) {
      CaseState.Span open = openSpan(c, asOf);
      for (CaseState.Span s : CaseState.timeline(c)) {
        if (s.state() == CaseState.DECIDED) {
          continue;
        }
        if (s.end() == ABSENT) {
          if (s.equals(open)) {
            stays.get(s.state()).open(asOf - s.start());
          }
        } else if (s.end() == own(c, s.state().leftBy())) {
          stays.get(s.state()).ended(s.end() - s.start());
        }
      }
    }
    Map<CaseState, StateDurations> out = new EnumMap<>(CaseState.class);
    stays.forEach((s, v) -> out.put(s, v.estimate()));
    return out;
  }

  /** {@code c}'s day of {@code m}, or absent when it shares it with a round before (§2.5). */
  private static int own(CaseRecord c, Milestone m) {
    return c.shared(m) ? ABSENT : c.day(m);
  }
}

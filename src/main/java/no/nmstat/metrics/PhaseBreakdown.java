package no.nmstat.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nmstat.model.CaseRecord;
import no.nmstat.stats.QuantileMethod;
import no.nmstat.stats.Summarizer;
import no.nmstat.stats.Summary;

/**
 * Days per phase and per actor for decided cases, with each one's share of the total.
 *
 * <p>Shares are of means: a phase's mean days divided by the mean total, so the phases' shares add
 * up to 100% and match how the yearly overview presents them.
 */
public final class PhaseBreakdown {
  private PhaseBreakdown() {}

  /**
   * One line of the breakdown.
   *
   * @param group the group values
   * @param actor the actor ({@link Actor#ALL} for the total)
   * @param phase the phase, or null for the actor's sum (and for the total)
   * @param n cases
   * @param meanDays mean days
   * @param medianDays median days
   * @param share mean days over mean total days
   */
  public record Line(
      List<String> group,
      Actor actor,
      Phase phase,
      int n,
      Double meanDays,
      Double medianDays,
      Double share) {
    public Line {
      group = List.copyOf(group);
    }
  }

  /**
   * The breakdown per group: for each actor its phases, then its sum when it has several; last the
   * total. Cases that cannot be split (see {@link Phase#splittable}) are left out.
   */
  public static List<Line> compute(Snapshot snapshot, List<GroupBy> groups, QuantileMethod method) {
    Map<List<String>, List<CaseRecord>> byGroup = new HashMap<>();
    if (groups.isEmpty()) {
      byGroup.put(List.of(), new ArrayList<>());
    }
    for (CaseRecord c : snapshot.cases()) {
      if (!Phase.splittable(c)) {
        continue;
      }
      Observation total = Intervals.TOTAL.observe(c, snapshot.asOfDay());
      List<String> key = new ArrayList<>();
      for (GroupBy g : groups) {
        key.add(g.value(c, Intervals.TOTAL, total));
      }
      byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    List<Line> lines = new ArrayList<>();
    List<Map.Entry<List<String>, List<CaseRecord>>> sorted = new ArrayList<>(byGroup.entrySet());
    sorted.sort(Map.Entry.comparingByKey(SummaryCalculator.GROUP_ORDER));
    for (Map.Entry<List<String>, List<CaseRecord>> e : sorted) {
      lines.addAll(lines(e.getKey(), e.getValue(), method));
    }
    return lines;
  }

  private static List<Line> lines(
      List<String> group, List<CaseRecord> cases, QuantileMethod method) {
    int n = cases.size();
    Map<Phase, int[]> days = new EnumMap<>(Phase.class);
    for (Phase p : Phase.values()) {
      int[] d = new int[n];
      for (int i = 0; i < n; i++) {
        d[i] = p.days(cases.get(i));
      }
      days.put(p, d);
    }
    int[] total = new int[n];
    days.values()
        .forEach(
            d -> {
              for (int i = 0; i < n; i++) {
                total[i] += d[i];
              }
            });
    Double totalMean = new Summarizer(method).summarize(total.clone(), 0, null).mean();
    List<Line> out = new ArrayList<>();
    for (Actor actor : List.of(Actor.COMPANY, Actor.DMP, Actor.LIS, Actor.RHF)) {
      int[] sum = new int[n];
      int phases = 0;
      for (Phase p : Phase.values()) {
        if (p.actor() != actor) {
          continue;
        }
        phases++;
        int[] d = days.get(p);
        for (int i = 0; i < n; i++) {
          sum[i] += d[i];
        }
        out.add(line(group, actor, p, d, totalMean, method));
      }
      if (phases > 1) {
        out.add(line(group, actor, null, sum, totalMean, method));
      }
    }
    out.add(line(group, Actor.ALL, null, total, totalMean, method));
    return out;
  }

  private static Line line(
      List<String> group,
      Actor actor,
      Phase phase,
      int[] days,
      Double totalMean,
      QuantileMethod method) {
    Summary s = new Summarizer(method).summarize(days.clone(), 0, null);
    Double mean = s.mean();
    Double median = s.median();
    Double share = mean == null || totalMean == null || totalMean == 0 ? null : mean / totalMean;
    return new Line(group, actor, phase, days.length, mean, median, share);
  }
}

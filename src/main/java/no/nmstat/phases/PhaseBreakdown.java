package no.nmstat.phases;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import no.nmstat.metrics.Actor;
import no.nmstat.metrics.Coverage;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.Grouping;
import no.nmstat.metrics.Intervals;
import no.nmstat.metrics.Observation;
import no.nmstat.metrics.Snapshot;
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
  private static final List<Actor> ACTORS = List.of(Actor.COMPANY, Actor.DMP, Actor.LIS, Actor.RHF);

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
   * @param unrecorded what the line needs that no case of the file records ({@link
   *     Phase#unrecorded}; an actor's sum needs what each of its phases does); empty when
   *     measurable
   */
  public record Line(
      List<String> group,
      Actor actor,
      Phase phase,
      int n,
      Double meanDays,
      Double medianDays,
      Double share,
      List<String> unrecorded) {
    public Line {
      group = List.copyOf(group);
      unrecorded = List.copyOf(unrecorded);
    }

    /**
     * Whether the file can measure the line at all (method.md §3): when not, {@code n} is 0 and
     * every figure null.
     */
    public boolean measurable() {
      return unrecorded.isEmpty();
    }
  }

  /**
   * The breakdown per group: for each actor its phases, then its sum when it has several; last the
   * total. Cases that cannot be split (see {@link Phase#splittable}) are left out. When the file
   * can split none (a milestone it needs is recorded nowhere), there is one group, its values
   * empty, of lines that are not measurable: under {@code --by} they do not vanish.
   *
   * <p>The cases are split into groups here; a group's lines are computed when the returned list
   * reaches them, so that the lines of many groups never stand whole in memory. Not for use by
   * several threads at once.
   */
  public static List<Line> compute(Snapshot snapshot, List<GroupBy> groups, QuantileMethod method) {
    Unrecorded unrecorded = Unrecorded.of(Coverage.of(snapshot.cases()));
    if (!unrecorded.total().isEmpty()) {
      return lines(java.util.Collections.nCopies(groups.size(), ""), List.of(), method, unrecorded);
    }
    List<CaseRecord> kept = new ArrayList<>();
    Grouping.Values[] values = new Grouping.Values[groups.size()];
    Arrays.setAll(values, d -> new Grouping.Values());
    int[][] ids = new int[groups.size()][snapshot.cases().size()];
    for (CaseRecord c : snapshot.cases()) {
      if (!Phase.splittable(c)) {
        continue;
      }
      Observation total = Intervals.TOTAL.observe(c, snapshot.asOfDay());
      for (int d = 0; d < ids.length; d++) {
        ids[d][kept.size()] = values[d].id(groups.get(d).value(c, Intervals.TOTAL, total));
      }
      kept.add(c);
    }
    return new Lines(Grouping.of(kept.size(), values, ids), kept, method, unrecorded);
  }

  /**
   * What each phase, each actor's sum and the total need that the file does not record: a sum is
   * measured only when each of its phases is; the total (commissioned to decision) whenever cases
   * can be split.
   */
  private record Unrecorded(Map<Phase, List<String>> phase, Map<Actor, List<String>> actor) {
    static Unrecorded of(Coverage coverage) {
      Map<Phase, List<String>> phase = new EnumMap<>(Phase.class);
      Map<Actor, List<String>> actor = new EnumMap<>(Actor.class);
      for (Phase p : Phase.values()) {
        phase.put(p, p.unrecorded(coverage));
        List<String> sum = actor.computeIfAbsent(p.actor(), a -> new ArrayList<>());
        phase.get(p).stream().filter(c -> !sum.contains(c)).forEach(sum::add);
      }
      actor.put(Actor.ALL, Phase.unsplittable(coverage));
      return new Unrecorded(phase, actor);
    }

    List<String> total() {
      return actor.get(Actor.ALL);
    }
  }

  /** The lines of every group, in order, made a group at a time when read. */
  private static final class Lines extends AbstractList<Line> implements RandomAccess {
    private static final int PER_GROUP = perGroup();

    private final Grouping grouping;
    private final List<CaseRecord> cases;
    private final QuantileMethod method;
    private final Unrecorded unrecorded;
    private int cachedGroup = -1;
    private List<Line> cached;

    Lines(Grouping grouping, List<CaseRecord> cases, QuantileMethod method, Unrecorded unrecorded) {
      this.grouping = grouping;
      this.cases = cases;
      this.method = method;
      this.unrecorded = unrecorded;
    }

    /** Lines per group: each actor's phases, its sum when it has several, and the total. */
    private static int perGroup() {
      int lines = 1;
      for (Actor actor : ACTORS) {
        long phases = Arrays.stream(Phase.values()).filter(p -> p.actor() == actor).count();
        lines += (int) phases + (phases > 1 ? 1 : 0);
      }
      return lines;
    }

    @Override
    public int size() {
      return grouping.size() * PER_GROUP;
    }

    @Override
    public Line get(int index) {
      java.util.Objects.checkIndex(index, size());
      int g = index / PER_GROUP;
      if (g != cachedGroup) {
        List<CaseRecord> members = new ArrayList<>(grouping.end(g) - grouping.start(g));
        for (int k = grouping.start(g); k < grouping.end(g); k++) {
          members.add(cases.get(grouping.item(k)));
        }
        cached = lines(grouping.key(g), members, method, unrecorded);
        cachedGroup = g;
      }
      return cached.get(index % PER_GROUP);
    }
  }

  private static List<Line> lines(
      List<String> group, List<CaseRecord> cases, QuantileMethod method, Unrecorded unrecorded) {
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
    for (Actor actor : ACTORS) {
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
        out.add(line(group, actor, p, d, totalMean, method, unrecorded.phase().get(p)));
      }
      if (phases > 1) {
        out.add(line(group, actor, null, sum, totalMean, method, unrecorded.actor().get(actor)));
      }
    }
    out.add(line(group, Actor.ALL, null, total, totalMean, method, unrecorded.total()));
    return out;
  }

  private static Line line(
      List<String> group,
      Actor actor,
      Phase phase,
      int[] days,
      Double totalMean,
      QuantileMethod method,
      List<String> unrecorded) {
    if (!unrecorded.isEmpty()) {
      return new Line(group, actor, phase, 0, null, null, null, unrecorded);
    }
    Summary s = new Summarizer(method).summarize(days.clone(), 0, null);
    Double mean = s.mean();
    Double median = s.median();
    Double share = mean == null || totalMean == null || totalMean == 0 ? null : mean / totalMean;
    return new Line(group, actor, phase, days.length, mean, median, share, List.of());
  }
}

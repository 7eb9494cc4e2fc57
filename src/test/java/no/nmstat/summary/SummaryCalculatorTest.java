package no.nmstat.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.GroupingTest;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Intervals;
import no.nmstat.metrics.Observation;
import no.nmstat.metrics.Period;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Decision;
import no.nmstat.model.Milestone;
import no.nmstat.model.SourceLine;
import no.nmstat.phases.PhaseBreakdown;
import no.nmstat.stats.QuantileMethod;
import org.junit.jupiter.api.Test;

/** Many groups: their order, and each group's figures against an ungrouped run on its cases. */
class SummaryCalculatorTest {
  private static final int AS_OF = (int) LocalDate.parse("2024-06-30").toEpochDay();
  private static final List<Interval> INTERVALS =
      List.of(Intervals.QUEUE, Intervals.ASSESSMENT, Intervals.TOTAL, Intervals.TO_DECISION);
  private static final GroupBy TEAM = new GroupBy.Column("team");
  private static final GroupBy YEAR_OF_END = new GroupBy.Calendar(Period.YEAR, null);

  /**
   * Cases with milestones in process order, each present or not, some after the as-of date (open
   * and missing intervals), clock stops recorded or not, and a team from a set that needs the
   * Norwegian order (empty included).
   */
  static List<CaseRecord> cases(int n, long seed) {
    Random random = new Random(seed);
    List<String> teams = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      teams.add(GroupingTest.randomValue(random, 3));
    }
    List<CaseRecord> cases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int[] days = new int[Milestone.COUNT];
      int day = (int) LocalDate.parse("2018-01-01").toEpochDay() + random.nextInt(2200);
      for (int m = 0; m < days.length; m++) {
        day += random.nextInt(240);
        days[m] = random.nextInt(8) == 0 ? CaseRecord.ABSENT : day;
      }
      int clockStop = random.nextInt(3) == 0 ? CaseRecord.ABSENT : random.nextInt(60);
      boolean decided = days[Milestone.DECISION_DATE.ordinal()] != CaseRecord.ABSENT;
      cases.add(
          new CaseRecord(
              "ID" + i,
              "",
              days,
              clockStop,
              decided ? Decision.INTRODUCED : null,
              Map.of("team", teams.get(random.nextInt(teams.size()))),
              new SourceLine("t.csv", i + 2)));
    }
    return cases;
  }

  private static List<IntervalSummary> compute(
      List<CaseRecord> cases, List<Interval> intervals, List<GroupBy> groups) {
    Snapshot snapshot = Snapshot.of(cases, AS_OF);
    return SummaryCalculator.compute(
        snapshot,
        new SummaryRequest(intervals, groups, SummaryRequest.DEFAULT_TARGETS, QuantileMethod.R7));
  }

  @Test
  void eachGroupHasTheFiguresOfAnUngroupedRunOnItsCases() {
    List<CaseRecord> cases = cases(2000, 7);
    List<IntervalSummary> grouped = compute(cases, INTERVALS, List.of(TEAM, YEAR_OF_END));
    assertThat(grouped).hasSizeGreaterThan(800);
    for (IntervalSummary s : grouped) {
      List<CaseRecord> members = new ArrayList<>();
      for (CaseRecord c : cases) {
        CaseRecord asOf = c.asOf(AS_OF);
        Observation o = s.interval().observe(asOf, AS_OF);
        if (TEAM.value(asOf, s.interval(), o).equals(s.group().get(0))
            && YEAR_OF_END.value(asOf, s.interval(), o).equals(s.group().get(1))) {
          members.add(c);
        }
      }
      List<IntervalSummary> alone = compute(members, List.of(s.interval()), List.of());
      assertThat(alone).hasSize(1);
      IntervalSummary u = alone.get(0);
      if (!u.measurable()) {
        // Measurability is the file's: a group's cases alone may record none of a milestone the
        // file records, and then they cannot measure the interval by themselves.
        assertThat(s.measurable()).isTrue();
        continue;
      }
      assertThat(s.summary()).isEqualTo(u.summary());
      assertThat(s.survival()).isEqualTo(u.survival());
      assertThat(s.missing()).isEqualTo(u.missing());
      assertThat(s.noClockStop()).isEqualTo(u.noClockStop());
    }
  }

  @Test
  void groupsComeInNorwegianOrderEmptyLastWithinEachIntervalInRequestOrder() {
    List<CaseRecord> cases = cases(3000, 11);
    List<IntervalSummary> grouped = compute(cases, INTERVALS, List.of(TEAM, YEAR_OF_END));
    Comparator<List<String>> byKey =
        Comparator.comparing((List<String> k) -> k.get(0), GroupingTest.REFERENCE)
            .thenComparing(k -> k.get(1), GroupingTest.REFERENCE);
    int start = 0;
    for (Interval interval : INTERVALS) {
      int end = start;
      while (end < grouped.size() && grouped.get(end).interval().equals(interval)) {
        end++;
      }
      List<List<String>> keys =
          grouped.subList(start, end).stream().map(IntervalSummary::group).toList();
      assertThat(keys).isNotEmpty().doesNotHaveDuplicates().isSortedAccordingTo(byKey);
      start = end;
    }
    assertThat(start).isEqualTo(grouped.size());
  }

  @Test
  void ungroupedThereIsOneRowPerIntervalEvenWithoutCases() {
    List<IntervalSummary> none = compute(List.of(), INTERVALS, List.of());
    assertThat(none).extracting(IntervalSummary::interval).isEqualTo(INTERVALS);
    assertThat(none).allSatisfy(s -> assertThat(s.summary().n()).isZero());
    // No case records a milestone: each interval is not measurable and keeps one row, its group
    // value empty, under --by too (method.md §3).
    List<IntervalSummary> grouped = compute(List.of(), INTERVALS, List.of(TEAM));
    assertThat(grouped).extracting(IntervalSummary::interval).isEqualTo(INTERVALS);
    assertThat(grouped).allSatisfy(s -> assertThat(s.measurable()).isFalse());
    assertThat(grouped).allSatisfy(s -> assertThat(s.group()).containsExactly(""));
  }

  @Test
  void phasesOfEachGroupAreThoseOfAnUngroupedRunOnItsCases() {
    List<CaseRecord> cases = cases(2000, 5);
    Snapshot snapshot = Snapshot.of(cases, AS_OF);
    List<PhaseBreakdown.Line> grouped =
        PhaseBreakdown.compute(snapshot, List.of(TEAM), QuantileMethod.R7);
    List<String> teams = grouped.stream().map(l -> l.group().get(0)).distinct().toList();
    assertThat(teams).hasSizeGreaterThan(20).isSortedAccordingTo(GroupingTest.REFERENCE);
    List<PhaseBreakdown.Line> rebuilt = new ArrayList<>();
    for (String team : teams) {
      List<CaseRecord> members =
          snapshot.cases().stream().filter(c -> c.column("team").equals(team)).toList();
      for (PhaseBreakdown.Line l :
          PhaseBreakdown.compute(new Snapshot(members, AS_OF, 0), List.of(), QuantileMethod.R7)) {
        rebuilt.add(
            new PhaseBreakdown.Line(
                List.of(team),
                l.actor(),
                l.phase(),
                l.n(),
                l.meanDays(),
                l.medianDays(),
                l.share(),
                l.unrecorded()));
      }
    }
    assertThat(grouped).isEqualTo(rebuilt);
  }
}

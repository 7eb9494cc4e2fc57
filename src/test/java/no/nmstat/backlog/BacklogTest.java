package no.nmstat.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.nmstat.metrics.Period;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Decision;
import no.nmstat.model.Milestone;
import no.nmstat.model.SourceLine;
import no.nmstat.stats.QuantileMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BacklogTest {
  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  private static CaseRecord at(String id, String... milestoneDates) {
    int[] d = new int[Milestone.COUNT];
    java.util.Arrays.fill(d, CaseRecord.ABSENT);
    for (String md : milestoneDates) {
      String[] p = md.split("=");
      d[Milestone.byColumn(p[0]).orElseThrow().ordinal()] = day(p[1]);
    }
    boolean decided = d[Milestone.DECISION_DATE.ordinal()] != CaseRecord.ABSENT;
    return new CaseRecord(
        id, "", d, 0, decided ? Decision.INTRODUCED : null, Map.of(), new SourceLine("t", 2));
  }

  @Test
  void timelineFollowsTheMilestones() {
    CaseRecord c =
        at(
            "A",
            "commissioned=2022-01-10",
            "documentation_received=2022-03-01",
            "assigned=2022-05-01",
            "report_completed=2022-09-01",
            "negotiation_completed=2022-10-15",
            "decision_date=2022-11-21");
    assertThat(CaseState.timeline(c))
        .containsExactly(
            new CaseState.Span(
                CaseState.AWAITING_DOCUMENTATION, day("2022-01-10"), day("2022-03-01")),
            new CaseState.Span(CaseState.QUEUE, day("2022-03-01"), day("2022-05-01")),
            new CaseState.Span(CaseState.ASSESSMENT, day("2022-05-01"), day("2022-09-01")),
            new CaseState.Span(CaseState.NEGOTIATION, day("2022-09-01"), day("2022-10-15")),
            new CaseState.Span(CaseState.AWAITING_DECISION, day("2022-10-15"), day("2022-11-21")),
            new CaseState.Span(CaseState.DECIDED, day("2022-11-21"), CaseRecord.ABSENT));
  }

  @Test
  void aCaseIsNeverInAStateItHadLeft() {
    // ID2018_067's method page: work started (Påbegynt) before the commission (Oppdrag gitt).
    CaseRecord c =
        at(
            "ID2018_067",
            "requested=2018-06-16",
            "commissioned=2018-08-27",
            "assigned=2018-07-05",
            "report_completed=2019-02-01",
            "decision_date=2019-08-26");
    assertThat(CaseState.timeline(c))
        .containsExactly(
            new CaseState.Span(CaseState.ASSESSMENT, day("2018-07-05"), day("2019-02-01")),
            new CaseState.Span(CaseState.AWAITING_DECISION, day("2019-02-01"), day("2019-08-26")),
            new CaseState.Span(CaseState.DECIDED, day("2019-08-26"), CaseRecord.ABSENT));
    // On 1 September 2018 it is in assessment, not awaiting documentation.
    assertThat(CaseState.timeline(c))
        .filteredOn(sp -> sp.contains(day("2018-09-01")))
        .extracting(CaseState.Span::state)
        .containsExactly(CaseState.ASSESSMENT);
  }

  @Test
  void aMissingMilestoneLeavesTheStateAtTheNextRecordedOne() {
    // Documentation received, no assignment date, report done: in the queue or assessment
    // until the report, never counted waiting after it.
    CaseRecord c =
        at(
            "A",
            "documentation_received=2022-03-01",
            "report_completed=2022-09-01",
            "decision_date=2022-10-24");
    assertThat(CaseState.timeline(c))
        .containsExactly(
            new CaseState.Span(CaseState.QUEUE, day("2022-03-01"), day("2022-09-01")),
            new CaseState.Span(CaseState.AWAITING_DECISION, day("2022-09-01"), day("2022-10-24")),
            new CaseState.Span(CaseState.DECIDED, day("2022-10-24"), CaseRecord.ABSENT));
  }

  @Test
  void reportStraightToDecisionSkipsNegotiation() {
    CaseRecord c = at("A", "report_completed=2022-09-01", "decision_date=2022-09-26");
    assertThat(CaseState.timeline(c))
        .extracting(CaseState.Span::state)
        .containsExactly(CaseState.AWAITING_DECISION, CaseState.DECIDED);
    CaseRecord open = at("B", "report_completed=2022-09-01");
    assertThat(CaseState.timeline(open))
        .extracting(CaseState.Span::state)
        .containsExactly(CaseState.NEGOTIATION);
  }

  @ParameterizedTest
  @CsvSource({
    "MONTH, 2024-02-10, 2024-02-01, 2024-02-29, 2024-02",
    "QUARTER, 2024-05-17, 2024-04-01, 2024-06-30, 2024-Q2",
    "QUARTER, 2024-12-31, 2024-10-01, 2024-12-31, 2024-Q4",
    "YEAR, 2024-07-01, 2024-01-01, 2024-12-31, 2024"
  })
  void periods(Period p, LocalDate d, LocalDate start, LocalDate end, String label) {
    assertThat(p.start(d)).isEqualTo(start);
    assertThat(p.end(d)).isEqualTo(end);
    assertThat(p.label(d)).isEqualTo(label);
  }

  @Test
  void countsStockAndFlowPerPeriod() {
    // Queue: A from Jan 15 to Mar 10, B from Feb 1 (still waiting), C from Mar 31 to Mar 31.
    List<CaseRecord> cases =
        List.of(
            at("A", "documentation_received=2024-01-15", "assigned=2024-03-10"),
            at("B", "documentation_received=2024-02-01"),
            at("C", "documentation_received=2024-03-31", "assigned=2024-03-31"),
            // D ends an assessment long before, so the file can see when assessments end.
            at("D", "assigned=2023-01-02", "report_completed=2023-02-01"));
    Snapshot s = Snapshot.of(cases, day("2024-04-20"));
    List<BacklogRow> rows =
        Backlog.compute(
            s,
            Period.MONTH,
            LocalDate.parse("2024-01-01"),
            LocalDate.parse("2024-04-20"),
            QuantileMethod.R7);
    assertThat(rows)
        .extracting(BacklogRow::period)
        .containsExactly("2024-01", "2024-02", "2024-03", "2024-04");
    assertThat(rows).extracting(r -> r.count().get(CaseState.QUEUE)).containsExactly(1, 2, 1, 1);
    assertThat(rows).extracting(r -> r.entered().get(CaseState.QUEUE)).containsExactly(1, 1, 1, 0);
    assertThat(rows).extracting(r -> r.left().get(CaseState.QUEUE)).containsExactly(0, 0, 2, 0);
    // Ages on Jan 31: A 16. Feb 29: A 45, B 28 -> 36.5. Mar 31: B 59. Apr 20 (as-of): B 79.
    assertThat(rows).extracting(BacklogRow::queueMedianAge).containsExactly(16.0, 36.5, 59.0, 79.0);
    assertThat(rows.get(3).date()).isEqualTo(LocalDate.parse("2024-04-20"));
    assertThat(rows)
        .extracting(r -> r.count().get(CaseState.ASSESSMENT))
        .containsExactly(0, 0, 2, 2);
  }

  @Test
  void aStateWhoseEndNoCaseRecordsIsNotCounted() {
    // No case records documentation_received: a commissioned case could be awaiting
    // documentation or in the queue, so neither state has a count; no decision date either.
    List<CaseRecord> cases =
        List.of(
            at("A", "commissioned=2024-01-15", "assigned=2024-03-10"),
            at("B", "commissioned=2024-02-01"));
    List<BacklogRow> rows =
        Backlog.compute(
            Snapshot.of(cases, day("2024-04-20")),
            Period.QUARTER,
            LocalDate.parse("2024-01-01"),
            LocalDate.parse("2024-04-20"),
            QuantileMethod.R7);
    assertThat(rows.get(0).count())
        .doesNotContainKeys(
            CaseState.AWAITING_DOCUMENTATION,
            CaseState.QUEUE,
            CaseState.ASSESSMENT,
            CaseState.NEGOTIATION,
            CaseState.AWAITING_DECISION);
    assertThat(rows.get(0).unrecorded())
        .containsEntry(CaseState.AWAITING_DOCUMENTATION, List.of("documentation_received"))
        .containsEntry(CaseState.QUEUE, List.of("documentation_received"))
        .containsEntry(CaseState.ASSESSMENT, List.of("report_completed"))
        .containsEntry(CaseState.DECIDED, List.of("decision_date"));
    assertThat(rows).extracting(BacklogRow::decisions).containsOnlyNulls();
    assertThat(rows).extracting(BacklogRow::queueMedianAge).containsOnlyNulls();
  }
}

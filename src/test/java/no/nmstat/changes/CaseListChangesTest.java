package no.nmstat.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.nmstat.io.CaseReader;
import no.nmstat.io.ReadResult;
import no.nmstat.model.CaseRecord;
import no.nmstat.table.ReadOptions;
import org.junit.jupiter.api.Test;

/** The comparison of method.md §2.6, one rule a test, on case files written out. */
class CaseListChangesTest {
  private static final String HEADER =
      "id,substance,trade_name,indication,area,commissioned,documentation_received,assigned,"
          + "clock_stop_days,report_completed,negotiation_completed,decision_date,decision\n";

  private static List<CaseRecord> read(String rows) {
    CaseReader reader = new CaseReader(ReadOptions.defaults());
    reader.read("f.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8));
    ReadResult r = reader.result();
    assertThat(r.problems()).isEmpty();
    return r.cases();
  }

  /** The changes as {@code kind field old new} lines. */
  private static List<String> changes(String older, String newer) {
    return CaseListChanges.between(read(older), read(newer)).stream()
        .map(
            c ->
                c.id() + " " + c.round() + " " + c.kind() + " " + c.field() + " " + c.was() + " "
                    + c.now())
        .toList();
  }

  @Test
  void theSameListHasNoChange() {
    String rows = "A,s,t,x,Onkologi,2024-01-01,2024-02-01,,,,,,\n";
    assertThat(changes(rows, rows)).isEmpty();
  }

  @Test
  void aMilestoneRecordedForTheFirstTimeIsAMilestone() {
    assertThat(changes("A,s,t,x,,2024-01-01,,,,,,,\n", "A,s,t,x,,2024-01-01,2024-02-01,,,,,,\n"))
        .containsExactly("A 1 milestone documentation_received null 2024-02-01");
  }

  @Test
  void aNewCaseIsListedWithItsMilestonesAndDecision() {
    assertThat(
            changes(
                "A,s,t,x,,2024-01-01,,,,,,,\n",
                "A,s,t,x,,2024-01-01,,,,,,,\n"
                    + "B,s,t,x,,2023-01-01,2023-02-01,2023-03-01,0,2023-06-01,,2023-06-26,Innført\n"))
        .containsExactly(
            "B 1 new_case null null null",
            "B 1 milestone commissioned null 2023-01-01",
            "B 1 milestone documentation_received null 2023-02-01",
            "B 1 milestone assigned null 2023-03-01",
            "B 1 milestone report_completed null 2023-06-01",
            "B 1 decision decision_date null 2023-06-26",
            "B 1 decision decision null introduced");
  }

  @Test
  void aCaseNoLongerListedHasVanished() {
    assertThat(
            changes(
                "A,s,t,x,,2024-01-01,,,,,,,\nA,s,t,y,,2024-01-01,,,,,,,\n",
                "A,s,t,x,,2024-01-01,,,,,,,\n"))
        .containsExactly("A 1 vanished null null null");
  }

  @Test
  void aDecisionRecordedListsItsDateAndValue() {
    String older = "A,s,t,x,,2023-01-01,,,,2023-06-01,,,\n";
    assertThat(changes(older, "A,s,t,x,,2023-01-01,,,,2023-06-01,,2023-06-26,Ikke innført\n"))
        .containsExactly(
            "A 1 decision decision_date null 2023-06-26",
            "A 1 decision decision null not_introduced");
    // A value filled in for a date already there completes the decision.
    assertThat(
            changes(
                "A,s,t,x,,2023-01-01,,,,2023-06-01,,2023-06-26,\n",
                "A,s,t,x,,2023-01-01,,,,2023-06-01,,2023-06-26,Innført\n"))
        .containsExactly("A 1 decision decision null introduced");
  }

  @Test
  void aLaterDecisionDateWithAValueIsAReDecisionEvenWithTheSameValue() {
    String older = "A,s,t,x,,2023-01-01,,,,2023-06-01,,2023-06-26,Ikke innført\n";
    assertThat(changes(older, "A,s,t,x,,2023-01-01,,,,2023-06-01,,2024-01-29,Ikke innført\n"))
        .containsExactly(
            "A 1 decision decision_date 2023-06-26 2024-01-29",
            "A 1 decision decision not_introduced not_introduced");
  }

  @Test
  void anEarlierDecisionDateOrAChangedValueOrALaterDateWithoutValueCorrect() {
    String older = "A,s,t,x,,2023-01-01,,,,2023-06-01,,2023-06-26,Ikke innført\n";
    assertThat(changes(older, "A,s,t,x,,2023-01-01,,,,2023-06-01,,2023-06-19,Ikke innført\n"))
        .containsExactly("A 1 changed decision_date 2023-06-26 2023-06-19");
    assertThat(changes(older, "A,s,t,x,,2023-01-01,,,,2023-06-01,,2023-06-26,Innført\n"))
        .containsExactly("A 1 changed decision not_introduced introduced");
    assertThat(changes(older, "A,s,t,x,,2023-01-01,,,,2023-06-01,,2024-01-29,\n"))
        .containsExactly(
            "A 1 changed decision_date 2023-06-26 2024-01-29",
            "A 1 removed decision not_introduced null");
    assertThat(changes(older, "A,s,t,x,,2023-01-01,,,,2023-06-01,,,\n"))
        .containsExactly(
            "A 1 removed decision_date 2023-06-26 null",
            "A 1 removed decision not_introduced null");
  }

  @Test
  void aChangedOrRemovedDateCorrects() {
    String older = "A,s,t,x,,2024-01-01,2024-02-01,,,,,,\n";
    assertThat(changes(older, "A,s,t,x,,2024-01-02,2024-02-01,,,,,,\n"))
        .containsExactly("A 1 changed commissioned 2024-01-01 2024-01-02");
    assertThat(changes(older, "A,s,t,x,,2024-01-01,,,,,,,\n"))
        .containsExactly("A 1 removed documentation_received 2024-02-01 null");
  }

  @Test
  void clockStopsGrowWhileTheAssessmentRunsAndAreFinalWithTheReport() {
    String running = "A,s,t,x,,2024-01-01,2024-02-01,2024-03-01,%s,%s,,,\n";
    assertThat(changes(running.formatted("", ""), running.formatted("0", "")))
        .containsExactly("A 1 clock_stop clock_stop_days null 0");
    assertThat(changes(running.formatted("10", ""), running.formatted("30", "2024-08-01")))
        .containsExactly(
            "A 1 clock_stop clock_stop_days 10 30",
            "A 1 milestone report_completed null 2024-08-01");
    assertThat(changes(running.formatted("30", ""), running.formatted("10", "")))
        .containsExactly("A 1 changed clock_stop_days 30 10");
    assertThat(
            changes(running.formatted("10", "2024-08-01"), running.formatted("30", "2024-08-01")))
        .containsExactly("A 1 changed clock_stop_days 10 30");
    assertThat(changes(running.formatted("10", ""), running.formatted("", "")))
        .containsExactly("A 1 removed clock_stop_days 10 null");
  }

  @Test
  void descriptiveValuesFilledInAreValuesOtherwiseCorrections() {
    assertThat(changes("A,s,t,x,,2024-01-01,,,,,,,\n", "A,s,t,x,Onkologi,2024-01-01,,,,,,,\n"))
        .containsExactly("A 1 value area null Onkologi");
    assertThat(
            changes(
                "A,s,t,x,Onkologi,2024-01-01,,,,,,,\n", "A,s,t,x,Hematologi,2024-01-01,,,,,,,\n"))
        .containsExactly("A 1 changed area Onkologi Hematologi");
    assertThat(changes("A,s,t,x,Onkologi,2024-01-01,,,,,,,\n", "A,s,t,x,,2024-01-01,,,,,,,\n"))
        .containsExactly("A 1 removed area Onkologi null");
  }

  @Test
  void casesWithoutAnIdMatchBySubstanceAndTradeNameAndNeverAnIdThatReadsTheSame() {
    assertThat(
            changes(
                ",sub,Trade,x,,2024-01-01,,,,,,,\n", ",sub,Trade,x,,2024-01-01,2024-02-01,,,,,,\n"))
        .containsExactly("sub (Trade) 1 milestone documentation_received null 2024-02-01");
    assertThat(changes(",sub,Trade,x,,2024-01-01,,,,,,,\n", "sub (Trade),,,x,,2024-01-01,,,,,,,\n"))
        .containsExactly(
            "sub (Trade) 1 new_case null null null",
            "sub (Trade) 1 milestone commissioned null 2024-01-01",
            "sub (Trade) 1 vanished null null null");
  }

  @Test
  void roundsMatchByTheirOrder() {
    // Selumetinib's two rounds (method.md §2.5): the second, its commission shared, gains its yes.
    String first = "ID2021_062,s,t,NF1,,2021-05-31,,,,,2023-10-18,2023-11-20,Ikke innført\n";
    String second = "ID2021_062,s,t,NF1,,2021-05-31,,,,,%s,%s,%s\n";
    assertThat(changes(first, second.formatted("", "", "") + first))
        .containsExactly(
            "ID2021_062 2 new_case null null null",
            "ID2021_062 2 milestone commissioned null 2021-05-31");
    assertThat(
            changes(
                second.formatted("", "", "") + first,
                first + second.formatted("2025-12-01", "2026-01-19", "Innført")))
        .containsExactly(
            "ID2021_062 2 milestone negotiation_completed null 2025-12-01",
            "ID2021_062 2 decision decision_date null 2026-01-19",
            "ID2021_062 2 decision decision null introduced");
  }

  @Test
  void everyKindIsCountedZerosIncluded() {
    List<Change> changes =
        CaseListChanges.between(
            read("A,s,t,x,,2024-01-01,,,,,,,\n"), read("A,s,t,x,,2024-01-02,,,,,,,\n"));
    assertThat(CaseListChanges.count(changes))
        .hasSize(ChangeKind.values().length)
        .containsEntry(ChangeKind.CHANGED, 1)
        .containsEntry(ChangeKind.NEW_CASE, 0);
    assertThat(ChangeKind.VANISHED.correction()).isTrue();
    assertThat(ChangeKind.CLOCK_STOP.correction()).isFalse();
  }
}

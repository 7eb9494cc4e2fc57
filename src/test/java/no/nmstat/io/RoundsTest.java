package no.nmstat.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.nmstat.metrics.Intervals;
import no.nmstat.metrics.Observation;
import no.nmstat.model.CaseList;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;
import no.nmstat.model.CaseTableBuilder;
import no.nmstat.model.Decision;
import no.nmstat.model.Milestone;
import no.nmstat.model.TextColumns;
import no.nmstat.table.ProblemLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The round rule of method.md §2.5, on the dates of selumetinib ID2021_062: commissioned
 * 2021-05-31, price note 2023-10-18, "no" on 2023-11-20; the later row's dates vary.
 */
class RoundsTest {
  private static final TextColumns COLUMNS = new TextColumns(List.of());
  private static final int AS_OF = (int) LocalDate.parse("2026-12-31").toEpochDay();

  private static int day(String iso) {
    return iso == null ? CaseRecord.ABSENT : (int) LocalDate.parse(iso).toEpochDay();
  }

  private static int[] days(String commissioned, String negotiated, String decided) {
    int[] d = new int[Milestone.COUNT];
    Arrays.fill(d, CaseRecord.ABSENT);
    d[Milestone.COMMISSIONED.ordinal()] = day(commissioned);
    d[Milestone.NEGOTIATION_COMPLETED.ordinal()] = day(negotiated);
    d[Milestone.DECISION_DATE.ordinal()] = day(decided);
    return d;
  }

  /** The earlier round of selumetinib and a later row, in the input order given. */
  private static CaseTable table(boolean laterFirst, String... later) {
    CaseTableBuilder b = new CaseTableBuilder("f.csv", COLUMNS, 2);
    int[] earlier = days("2021-05-31", "2023-10-18", "2023-11-20");
    int[] next = days(later[0], later[1], later[2]);
    Decision yes = later[2] == null ? null : Decision.INTRODUCED;
    if (laterFirst) {
      b.add("ID2021_062", "NF1", next, CaseRecord.ABSENT, yes, new String[0], 2);
      b.add(
          "ID2021_062",
          "NF1",
          earlier,
          CaseRecord.ABSENT,
          Decision.NOT_INTRODUCED,
          new String[0],
          3);
    } else {
      b.add(
          "ID2021_062",
          "NF1",
          earlier,
          CaseRecord.ABSENT,
          Decision.NOT_INTRODUCED,
          new String[0],
          2);
      b.add("ID2021_062", "NF1", next, CaseRecord.ABSENT, yes, new String[0], 3);
    }
    return b.build(0);
  }

  @ParameterizedTest(name = "[{index}] commissioned {0}, price note {1}, decision {2}: round {3}")
  @CsvSource({
    // Shared: the commission repeated, the decision later.
    "2021-05-31,,2026-01-19,true",
    "2021-05-31,2023-10-18,2026-01-19,true",
    // After: a new price note or commission on or after the earlier decision.
    "2021-05-31,2025-12-01,2026-01-19,true",
    "2023-11-20,,2026-01-19,true",
    "2021-05-31,2025-12-01,,true",
    "2021-05-31,,,true",
    // Before the earlier decision, and not shared: an overlap.
    "2021-05-31,2023-11-01,2026-01-19,false",
    "2022-01-10,,2026-01-19,false",
    "2021-05-31,2023-09-01,2026-01-19,false",
    // The decision must come after the earlier one.
    "2021-05-31,,2023-11-20,false",
    // Wholly after the earlier round: a round of the old kind.
    "2024-02-01,2025-12-01,2026-01-19,true",
  })
  void aLaterRowIsARoundWhenItSharesOrFollowsTheEarlierDecision(
      String commissioned, String negotiated, String decided, boolean round) {
    for (boolean laterFirst : new boolean[] {false, true}) {
      ProblemLog log = new ProblemLog(10);
      CaseList cases =
          new Rounds(List.of(table(laterFirst, commissioned, negotiated, decided)), Map.of(), log)
              .apply();
      assertThat(log.count())
          .as("problems, later row first: %s", laterFirst)
          .isEqualTo(round ? 0 : 1);
      assertThat(cases).hasSize(round ? 2 : 1);
    }
  }

  @Test
  void aRowNotDecidedWhoseOwnDatesFallBeforeTheOtherDecisionOverlaps() {
    CaseTableBuilder b = new CaseTableBuilder("f.csv", COLUMNS, 2);
    b.add(
        "X", "", days("2021-05-31", "2023-10-18", null), CaseRecord.ABSENT, null, new String[0], 2);
    b.add(
        "X",
        "",
        days("2021-05-31", null, "2026-01-19"),
        CaseRecord.ABSENT,
        Decision.INTRODUCED,
        new String[0],
        3);
    ProblemLog log = new ProblemLog(10);
    assertThat(new Rounds(List.of(b.build(0)), Map.of(), log).apply()).hasSize(1);
    assertThat(log.count()).isEqualTo(1);
  }

  /**
   * Selumetinib: total and to_decision once, on round 1; the re-decision 2023-11-20 → 2026-01-19 is
   * 791 days (R: {@code as.Date("2026-01-19") - as.Date("2023-11-20")}).
   */
  @Test
  void theLaterRoundStartsNothingAtASharedDateAndIsARedecision() {
    ProblemLog log = new ProblemLog(10);
    CaseList cases =
        new Rounds(List.of(table(true, "2021-05-31", null, "2026-01-19")), Map.of(), log).apply();
    CaseRecord later = cases.get(0);
    CaseRecord earlier = cases.get(1);
    assertThat(earlier.round()).isEqualTo(1);
    assertThat(later.round()).isEqualTo(2);
    assertThat(later.shared(Milestone.COMMISSIONED)).isTrue();
    assertThat(later.shared(Milestone.DECISION_DATE)).isFalse();
    assertThat(earlier.nextRoundStart()).isEqualTo(day("2026-01-19"));
    assertThat(later.previousRoundDecision()).isEqualTo(day("2023-11-20"));

    assertThat(Intervals.TOTAL.observe(earlier, AS_OF).days()).isEqualTo(903);
    assertThat(Intervals.TOTAL.observe(later, AS_OF).state())
        .isEqualTo(Observation.State.NOT_STARTED);
    assertThat(Intervals.REDECISION.observe(earlier, AS_OF).state())
        .isEqualTo(Observation.State.NOT_STARTED);
    Observation redecision = Intervals.REDECISION.observe(later, AS_OF);
    assertThat(redecision.state()).isEqualTo(Observation.State.COMPLETED);
    assertThat(redecision.days()).isEqualTo(791);
  }

  /** Before the later row's decision it has reached no date of its own: it has not begun. */
  @Test
  void aRoundOfSharedDatesOnlyHasNotBegun() {
    CaseList cases =
        new Rounds(
                List.of(table(false, "2021-05-31", null, "2026-01-19")),
                Map.of(),
                new ProblemLog(10))
            .apply();
    int before = day("2026-01-15");
    CaseRecord earlier = cases.get(0).table().asOf(before).get(0);
    CaseRecord later = cases.get(1).table().asOf(before).get(1);
    assertThat(earlier.nextRoundStart()).isEqualTo(CaseRecord.ABSENT);
    assertThat(Intervals.REDECISION.observe(later, before).state())
        .isEqualTo(Observation.State.NOT_STARTED);
  }
}

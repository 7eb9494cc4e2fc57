package no.nmstat.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseTableTest {
  private static final int MILESTONES = Milestone.COUNT;
  private static final TextColumns COLUMNS = new TextColumns(List.of("area", "decision"));

  private static int[] days(String documentation, String assigned) {
    int[] d = new int[MILESTONES];
    Arrays.fill(d, CaseRecord.ABSENT);
    d[Milestone.DOCUMENTATION_RECEIVED.ordinal()] =
        (int) LocalDate.parse(documentation).toEpochDay();
    if (assigned != null) {
      d[Milestone.ASSIGNED.ordinal()] = (int) LocalDate.parse(assigned).toEpochDay();
    }
    return d;
  }

  @Test
  void daysOutsideTwoBytesSwitchTheTableToFourByteDays() {
    CaseTableBuilder b = new CaseTableBuilder("f.csv", COLUMNS, 1);
    b.add("A", "", days("1950-01-01", "2129-06-06"), 0, null, new String[] {"x", ""}, 2);
    b.add("B", "", days("2023-01-01", "1949-12-31"), 0, null, new String[] {"", ""}, 3);
    b.add("C", "", days("2023-01-01", "2230-01-01"), 0, null, new String[] {"", ""}, 4);
    CaseTable t = b.build(0);
    assertThat(t).hasSize(3);
    assertThat(t.get(0).date(Milestone.DOCUMENTATION_RECEIVED)).contains(LocalDate.of(1950, 1, 1));
    assertThat(t.get(0).date(Milestone.ASSIGNED)).contains(LocalDate.of(2129, 6, 6));
    assertThat(t.get(1).date(Milestone.ASSIGNED)).contains(LocalDate.of(1949, 12, 31));
    assertThat(t.get(2).date(Milestone.ASSIGNED)).contains(LocalDate.of(2230, 1, 1));
    assertThat(t.get(2).has(Milestone.MA_DATE)).isFalse();
    assertThat(t.get(0).column("area")).isEqualTo("x");
    assertThat(t.get(1).column("area")).isEmpty();
    assertThat(t.get(1).column("decision")).isEmpty();
  }

  @Test
  void linesBeyondAnIntAreKept() {
    CaseTableBuilder b = new CaseTableBuilder("f.csv", COLUMNS, 1);
    b.add("A", "", days("2023-01-01", null), 0, null, new String[] {"", ""}, 7);
    b.add("B", "", days("2023-01-01", null), 0, null, new String[] {"", ""}, 3_000_000_000L);
    b.add("C", "", days("2023-01-01", null), 0, null, new String[] {"", ""}, 3_000_000_001L);
    CaseTable t = b.build(10);
    assertThat(t.get(0).source().line()).isEqualTo(17);
    assertThat(t.get(1).source().line()).isEqualTo(3_000_000_010L);
    assertThat(t.get(2).source().line()).isEqualTo(3_000_000_011L);
    assertThat(b.build(0).get(1).source().line()).isEqualTo(3_000_000_010L);
  }

  @Test
  void asOfIsAViewThatForgetsLaterDatesAndUndatedDecisions() {
    CaseTableBuilder b = new CaseTableBuilder("f.csv", COLUMNS, 1);
    int[] decided = days("2023-01-01", "2023-02-01");
    decided[Milestone.DECISION_DATE.ordinal()] = (int) LocalDate.of(2023, 6, 1).toEpochDay();
    b.add("A", "", decided, 0, Decision.INTRODUCED, new String[] {"", "introduced"}, 2);
    b.add("B", "", days("2023-01-01", null), 0, Decision.OTHER, new String[] {"", "x"}, 3);
    CaseTable t = b.build(0);
    int march = (int) LocalDate.of(2023, 3, 1).toEpochDay();
    assertThat(t.datesAfter(march)).isEqualTo(1);
    CaseTable then = t.asOf(march);
    assertThat(then.datesAfter(march)).isZero();
    assertThat(then.get(0).has(Milestone.DECISION_DATE)).isFalse();
    assertThat(then.get(0).decision()).isNull();
    assertThat(then.get(1).decision()).isNull();
    assertThat(then.get(0).column("decision")).isEqualTo("introduced");
    assertThat(t.get(0).decision()).isEqualTo(Decision.INTRODUCED);
    assertThat(t.asOf((int) LocalDate.of(2024, 1, 1).toEpochDay())).isSameAs(t);
    int january = (int) LocalDate.of(2023, 1, 15).toEpochDay();
    CaseTable earlier = then.asOf(january);
    assertThat(earlier.get(0).has(Milestone.ASSIGNED)).isFalse();
    assertThat(earlier.asOf(march).get(0).has(Milestone.ASSIGNED)).isFalse();
    BitSet first = new BitSet();
    first.set(0);
    CaseTable rest = then.without(first);
    assertThat(rest).hasSize(1);
    assertThat(rest.get(0).id()).isEqualTo("B");
    assertThat(rest.get(0).decision()).isNull();
  }

  /**
   * datesAfter counts on the stored two- or four-byte values: it must agree with the days the rows
   * show, for tables and their as-of views, at dates on, around and beyond every stored day.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void datesAfterAgreesWithTheRowsDays(boolean fourByteDays) {
    java.util.Random random = new java.util.Random(fourByteDays ? 7 : 8);
    CaseTableBuilder b = new CaseTableBuilder("f.csv", COLUMNS, 1);
    int base = (int) LocalDate.of(1950, 1, 1).toEpochDay();
    for (int row = 0; row < 200; row++) {
      int[] d = new int[MILESTONES];
      for (int m = 0; m < MILESTONES; m++) {
        d[m] = random.nextInt(4) == 0 ? CaseRecord.ABSENT : base + random.nextInt(65_000);
      }
      if (fourByteDays && row == 100) {
        d[0] = base - 1;
      }
      b.add("ID" + row, "", d, 0, null, new String[] {"", ""}, row + 2);
    }
    CaseTable t = b.build(0);
    int[] dates = {Integer.MIN_VALUE + 1, base - 2, base - 1, base, base + 1, base + 30_000};
    for (int asOf : dates) {
      for (CaseTable view : List.of(t, t.asOf(base + 40_000), t.asOf(base + 20_000))) {
        long expected = 0;
        for (CaseRecord c : view) {
          expected += c.datesAfter(asOf);
        }
        assertThat(view.datesAfter(asOf)).as("as of %d", asOf).isEqualTo(expected);
      }
    }
    assertThat(t.datesAfter(base + 65_000)).isZero();
    assertThat(t.datesAfter(Integer.MAX_VALUE)).isZero();
  }

  @Test
  void growsPastItsEstimate() {
    CaseTableBuilder b = new CaseTableBuilder("f.csv", COLUMNS, 0);
    for (int i = 0; i < 100; i++) {
      b.add(
          "ID2023_" + "0".repeat(i % 30) + i,
          "",
          days("2023-01-01", null),
          i,
          null,
          new String[] {i == 99 ? "last" : "", ""},
          i + 2);
    }
    CaseTable t = b.build(0);
    assertThat(t).hasSize(100);
    assertThat(t.get(99).id()).isEqualTo("ID2023_" + "0".repeat(9) + 99);
    assertThat(t.get(99).column("area")).isEqualTo("last");
    assertThat(t.get(98).column("area")).isEmpty();
    assertThat(t.get(50).clockStopDays()).isEqualTo(50);
  }
}

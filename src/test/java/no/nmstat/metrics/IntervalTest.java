package no.nmstat.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Map;
import no.nmstat.metrics.Observation.State;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Decision;
import no.nmstat.model.Milestone;
import no.nmstat.model.SourceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalTest {
  private static final int AS_OF = day("2024-06-30");

  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  /** A case with every milestone, days counted by hand from the dates in the comments. */
  private static CaseRecord full(Decision decision, String available) {
    int[] d = new int[Milestone.COUNT];
    d[Milestone.MA_DATE.ordinal()] = day("2022-09-15");
    d[Milestone.REQUESTED.ordinal()] = day("2022-08-01");
    d[Milestone.COMMISSIONED.ordinal()] = day("2022-08-29");
    d[Milestone.DOCUMENTATION_RECEIVED.ordinal()] = day("2022-11-01");
    d[Milestone.ASSIGNED.ordinal()] = day("2023-03-01");
    d[Milestone.REPORT_COMPLETED.ordinal()] = day("2023-08-15");
    d[Milestone.NEGOTIATION_COMPLETED.ordinal()] = day("2023-10-02");
    d[Milestone.DECISION_DATE.ordinal()] = day("2023-10-23");
    d[Milestone.AVAILABLE_DATE.ordinal()] =
        available.isEmpty() ? CaseRecord.ABSENT : day(available);
    return new CaseRecord("ID2022_001", "", d, 30, decision, Map.of(), new SourceLine("t", 2));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    // 2022-11-01 -> 2023-03-01: 30 + 31 + 31 + 28 = 120
    "queue, 120",
    // 2022-11-01 -> 2023-08-15: 287 days, minus 30 days of clock stop
    "assessment, 257",
    // 2023-03-01 -> 2023-08-15: 167 days, minus 30
    "active, 137",
    "clock_stop, 30",
    // 2022-08-29 -> 2022-11-01: 2 + 30 + 31 + 1 = 64
    "submission, 64",
    // 2023-08-15 -> 2023-10-02: 16 + 30 + 2 = 48
    "negotiation, 48",
    // 2023-10-02 -> 2023-10-23
    "to_decision, 21",
    // 2022-08-29 -> 2023-10-23: 365 + 55
    "total, 420",
    // 2022-09-15 -> 2023-10-23: 365 + 38
    "ma_to_decision, 403",
    // introduced, no available_date: ends at the decision
    "ma_to_availability, 403",
  })
  void completedCase(String name, int days) {
    Observation o =
        Intervals.standard(name).orElseThrow().observe(full(Decision.INTRODUCED, ""), AS_OF);
    assertThat(o.state()).isEqualTo(State.COMPLETED);
    assertThat(o.days()).isEqualTo(days);
  }

  @ParameterizedTest
  @CsvSource({"NOT_INTRODUCED, ''", "OTHER, ''"})
  void onlyAYesEndsTimeToAvailability(Decision decision, String available) {
    Observation o = Intervals.MA_TO_AVAILABILITY.observe(full(decision, available), AS_OF);
    assertThat(o.state()).isEqualTo(State.OPEN);
    // 2022-09-15 -> 2024-06-30: 365 + 289
    assertThat(o.days()).isEqualTo(654);
    assertThat(Intervals.MA_TO_DECISION.observe(full(decision, available), AS_OF).days())
        .isEqualTo(403);
  }

  @ParameterizedTest
  @CsvSource({"NOT_INTRODUCED, 2024-01-29, 501", "INTRODUCED, 2023-10-23, 403"})
  void availabilityDateEndsTimeToAvailability(Decision decision, String available, int days) {
    Observation o = Intervals.MA_TO_AVAILABILITY.observe(full(decision, available), AS_OF);
    assertThat(o.state()).isEqualTo(State.COMPLETED);
    assertThat(o.days()).isEqualTo(days);
    assertThat(o.endDay()).isEqualTo(day(available));
  }

  @ParameterizedTest(name = "as of {0}: {1} {2}")
  @CsvSource({
    // Assigned 2023-03-01 is after the as-of date: the case waits in the queue, aged 2023-01-31
    // - 2022-11-01 = 91 days.
    "2023-01-31, queue, OPEN, 91",
    // Open assessment ages minus the clock stops known: 91 - 30 = 61.
    "2023-01-31, assessment, OPEN, 61",
    "2023-01-31, active, NOT_STARTED, 0",
    "2023-01-31, clock_stop, OPEN, 30",
    "2023-01-31, negotiation, NOT_STARTED, 0",
    // Report 2023-08-15, no negotiation yet: to_decision starts at the report (method.md §3).
    "2023-09-01, to_decision, OPEN, 17",
    "2023-09-01, negotiation, OPEN, 17",
    "2023-09-01, total, OPEN, 368",
    // Three days after documentation, 30 days of stops: the age is 0, not negative.
    "2022-11-04, assessment, OPEN, 0",
  })
  void openCasesAreAgedAtAsOf(String asOf, String name, State state, int days) {
    CaseRecord c = full(Decision.INTRODUCED, "2023-10-23").asOf(day(asOf));
    Observation o = Intervals.standard(name).orElseThrow().observe(c, day(asOf));
    assertThat(o.state()).isEqualTo(state);
    assertThat(o.days()).isEqualTo(days);
  }

  @ParameterizedTest
  @CsvSource({"2023-10-22, 2", "2023-10-23, 0", "2022-08-28, 8"})
  void snapshotCountsDatesAfterAsOf(String asOf, int later) {
    CaseRecord c = full(Decision.INTRODUCED, "2023-10-23");
    assertThat(c.datesAfter(day(asOf))).isEqualTo(later);
    CaseRecord then = c.asOf(day(asOf));
    assertThat(then.decision()).isEqualTo(later > 0 ? null : Decision.INTRODUCED);
  }

  @ParameterizedTest
  @CsvSource({"true, 257", "false, 287"})
  void userDefinedIntervalsMayExcludeClockStops(boolean minus, int days) {
    Interval i =
        Interval.between(
            "mine",
            Milestone.DOCUMENTATION_RECEIVED,
            Milestone.REPORT_COMPLETED,
            minus,
            Actor.ALL,
            "");
    assertThat(i.observe(full(Decision.INTRODUCED, ""), AS_OF).days()).isEqualTo(days);
  }

  /**
   * Interval's equals is written out (for start-up): a copy differing in any one component differs.
   */
  @Test
  void equalityCoversEveryComponent() throws ReflectiveOperationException {
    Interval base =
        new Interval(
            "x",
            Milestone.ASSIGNED,
            null,
            Milestone.REPORT_COMPLETED,
            false,
            true,
            false,
            false,
            Actor.ALL,
            "d");
    RecordComponent[] components = Interval.class.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int k = 0; k < components.length; k++) {
      types[k] = components[k].getType();
      values[k] = components[k].getAccessor().invoke(base);
    }
    Constructor<Interval> constructor = Interval.class.getDeclaredConstructor(types);
    assertThat(constructor.newInstance(values)).isEqualTo(base).hasSameHashCodeAs(base);
    assertThat(base).isNotEqualTo("x");
    for (int k = 0; k < components.length; k++) {
      Object[] changed = values.clone();
      changed[k] = other(types[k], values[k]);
      assertThat(constructor.newInstance(changed)).as(components[k].getName()).isNotEqualTo(base);
    }
  }

  private static Object other(Class<?> type, Object value) {
    if (type == boolean.class) {
      return !(Boolean) value;
    }
    if (type == String.class) {
      return value + "'";
    }
    Object[] constants = type.getEnumConstants();
    return constants[0] == value ? constants[1] : constants[0];
  }
}

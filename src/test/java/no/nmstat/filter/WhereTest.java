package no.nmstat.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.nmstat.io.CaseReader;
import no.nmstat.io.ReadResult;
import no.nmstat.model.CaseList;
import no.nmstat.model.CaseRecord;
import no.nmstat.table.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which cases conditions keep, by the kind of column: milestone dates, the clock stop's days, codes
 * (decision, yes/no flags), text and the file's extra columns; empty cells; as of a date; rounds.
 */
class WhereTest {
  // Case C has every cell empty but its id; extra columns: a number, a date, text.
  private static final String FILE =
      """
      id,indication,area,orphan,commissioned,clock_stop_days,decision_date,decision,price,start,note
      A,"Lungekreft, førstelinje",Blodkreft,ja,2023-01-10,0,2023-12-31,Innført,900,05.01.2024,x
      B,Myelomatose,Lungekreft,no,2023-02-01,45,2024-01-01,not_introduced,1000,2024-02-01,y
      C,,,,,,,,,,
      D,Myelomatose,Hjerte og kar,yes,2023-03-01,10.5x,2024-06-30,other,abc,soon,z
      """;

  private static final ReadResult READ = read(FILE.replace("10.5x", "12"));

  private static ReadResult read(String text) {
    CaseReader reader = new CaseReader(ReadOptions.defaults());
    reader.read("f.csv", text.getBytes(StandardCharsets.UTF_8));
    return reader.result();
  }

  /** The ids of the cases that pass {@code conditions}, as of 2025-01-01. */
  private static String kept(String... conditions) {
    return kept(READ, LocalDate.of(2025, 1, 1), conditions);
  }

  private static String kept(ReadResult result, LocalDate asOf, String... conditions) {
    List<Condition> parsed = Arrays.stream(conditions).map(Condition::parse).toList();
    Where where = Where.of(parsed, result.extraColumns());
    Where.Selection s = where.select((CaseList) result.cases(), (int) asOf.toEpochDay());
    assertThat(s.total()).isEqualTo(result.cases().size());
    return String.join(",", s.cases().stream().map(CaseRecord::id).toList());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        // Milestones compare as dates, in either written form; an empty cell only matches = empty
        // and != a value.
        "decision_date=2024-01-01;             B",
        "decision_date=01.01.2024;             B",
        "decision_date!=2024-01-01;            A,C,D",
        "decision_date<2024-01-01;             A",
        "decision_date<=2024-01-01;            A,B",
        "decision_date>2024-01-01;             D",
        "decision_date>=2024-01-01;            B,D",
        "decision_date=;                       C",
        "decision_date!=;                      A,B,D",
        "decision_date=2024-01-01|2024-06-30;  B,D",
        "decision_date!=2024-01-01|2024-06-30; A,C",
        "decision_date=2024-01-01|;            B,C",
        // Milestones by their Norwegian headers too.
        "Beslutning tatt>=2024-01-01;          B,D",
        "Oppdrag gitt<2023-02-01;              A",
        // The clock stop compares as a number of days: 12 > 9 though "12" < "9" as text.
        "clock_stop_days>9;                    B,D",
        "clock_stop_days=0;                    A",
        "clock_stop_days=0.0;                  A",
        "clock_stop_days<=12;                  A,D",
        "clock_stop_days=;                     C",
        // The decision and the flags by their codes, as their cells are read.
        "decision=introduced;                  A",
        "decision=Innført;                     A",
        "Beslutning=ikke innført|other;        B,D",
        "decision!=introduced;                 B,C,D",
        "decision=;                            C",
        "orphan=yes;                           A,D",
        "orphan=nei;                           B",
        "orphan!=yes;                          B,C",
        // Text: exactly equal or not, commas and all.
        "area=Blodkreft;                       A",
        "area=blodkreft;                       ''",
        "area=Blodkreft|Lungekreft;            A,B",
        "area!=Blodkreft|Lungekreft;           C,D",
        "Fagområde=Hjerte og kar;              D",
        "indication=Lungekreft, førstelinje;   A",
        "indication=;                          C",
        "id=C;                                 C",
        // Extra columns: numbers as numbers, dates as dates; other cells never pass an order.
        "price>950;                            B",
        "price<950;                            A",
        "price=900.0;                          A",
        "price=abc;                            D",
        "price!=900;                           B,C,D",
        "start>=2024-01-01;                    A,B",
        "start<2024-01-10;                     A",
        "start=soon;                           D",
        "note=y|z;                             B,D",
        "NOTE=x;                               A",
      })
  void keepsTheCasesThatPass(String condition, String ids) {
    assertThat(kept(condition)).isEqualTo(ids);
  }

  @Test
  void keepsTheCasesThatPassEveryCondition() {
    assertThat(kept("decision_date>=2024-01-01", "orphan=no")).isEqualTo("B");
    assertThat(kept("decision_date>=2024-01-01", "orphan=no", "area=Blodkreft")).isEmpty();
    assertThat(kept()).isEqualTo("A,B,C,D");
  }

  @Test
  void judgesEachCaseAsItStoodOnTheAsOfDate() {
    // On 2024-03-01 D's decision (2024-06-30) was not yet made: its cell was empty then.
    LocalDate asOf = LocalDate.of(2024, 3, 1);
    assertThat(kept(READ, asOf, "decision_date>=2024-01-01")).isEqualTo("B");
    assertThat(kept(READ, asOf, "decision_date=")).isEqualTo("C,D");
    assertThat(kept(READ, asOf, "decision=other")).isEmpty();
  }

  @Test
  void notesTheConditionsWhoseColumnNoCaseRecords() {
    Where where =
        Where.of(
            List.of(
                Condition.parse("requested>=2020-01-01"),
                Condition.parse("area!=x"),
                Condition.parse("Sendt inn=")),
            READ.extraColumns());
    Where.Selection s = where.select((CaseList) READ.cases(), Integer.MAX_VALUE - 1);
    assertThat(s.cases()).isEmpty();
    assertThat(s.unrecorded())
        .isEqualTo(Map.of("requested>=2020-01-01", "requested", "Sendt inn=", "requested"));
  }

  @Test
  void notesEachValueNoCaseHasWithTheNearestValuesCasesHave() {
    Where where =
        Where.of(
            List.of(
                Condition.parse("area=Blodkref|lungekreft|Hjerte og kar|"),
                Condition.parse("decision!=other|introdcued".replace("introdcued", "introduced")),
                Condition.parse("decision_date=2024-01-02"),
                Condition.parse("price>0"),
                Condition.parse("requested=2024-01-01")),
            READ.extraColumns());
    Where.Selection s = where.select((CaseList) READ.cases(), Integer.MAX_VALUE - 1);
    // Case and accents count in a match, not in a suggestion; an empty alternative is no value;
    // an order has no value to find; a column no case records is said once, as unrecorded.
    assertThat(s.unmatched())
        .containsExactly(
            "area=Blodkref|lungekreft|Hjerte og kar|: no case has area Blodkref; did you mean"
                + " Blodkreft?",
            "area=Blodkref|lungekreft|Hjerte og kar|: no case has area lungekreft; did you mean"
                + " Lungekreft?",
            "decision_date=2024-01-02: no case has decision_date 2024-01-02");
  }

  @Test
  void keepsARoundsNumberAndWhatItKnowsOfTheRoundsLeftOut() {
    ReadResult rounds =
        read(
            """
            id,indication,ma_date,decision_date,decision
            M,x,2018-09-04,2019-02-25,not_introduced
            M,x,2018-09-04,2019-04-29,introduced
            """);
    CaseList second = (CaseList) rounds.cases();
    Where.Selection s =
        Where.of(List.of(Condition.parse("decision=introduced")), List.of())
            .select(second, (int) LocalDate.of(2025, 1, 1).toEpochDay());
    assertThat(s.cases()).singleElement().satisfies(c -> assertThat(c.round()).isEqualTo(2));
    s =
        Where.of(List.of(Condition.parse("decision=not_introduced")), List.of())
            .select(second, (int) LocalDate.of(2025, 1, 1).toEpochDay());
    // Round 1 keeps the later round's yes, though that round is left out.
    assertThat(s.cases())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.round()).isEqualTo(1);
              assertThat(c.laterRoundYes()).isEqualTo((int) LocalDate.of(2019, 4, 29).toEpochDay());
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " -> ",
      value = {
        "aera=Blodkreft -> aera=Blodkreft: no column 'aera'; did you mean area?",
        "decison_date>=2024-01-01 -> decison_date>=2024-01-01: no column 'decison_date'; did you"
            + " mean decision_date?",
        "prise>1 -> prise>1: no column 'prise'; did you mean price?",
        "queue>100 -> queue>100: no column 'queue'; columns: id, substance, trade_name,"
            + " indication, area, method_type, orphan, oncology, combination, ma_date, requested,"
            + " commissioned, documentation_received, assigned, report_completed,"
            + " negotiation_completed, decision_date, available_date, clock_stop_days, decision,"
            + " price, start, note",
        "decision_date>=2024 -> decision_date>=2024: '2024' is not a date (2024-01-05 or"
            + " 05.01.2024)",
        "clock_stop_days>ten -> clock_stop_days>ten: 'ten' is not a number of days",
        "decision=introdcued -> decision=introdcued: 'introdcued' is not a value of decision:"
            + " introduced, not_introduced or other; did you mean introduced?",
        "orphan=maybe -> orphan=maybe: 'maybe' is not a value of orphan: yes or no",
        "orphan>yes -> orphan>yes: orphan takes = and != only",
        "decision<introduced -> decision<introduced: decision takes = and != only",
        "area<B -> area<B: < compares numbers or dates, and 'B' is neither",
      })
  void refusesAColumnOrValueTheFileCannotHave(String condition, String message) {
    assertThatThrownBy(() -> Where.of(List.of(Condition.parse(condition)), READ.extraColumns()))
        .isInstanceOf(ConditionException.class)
        .hasMessage(message);
  }
}

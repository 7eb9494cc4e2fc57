package no.nmstat.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Decision;
import no.nmstat.model.Milestone;
import no.nmstat.table.DateReader;
import no.nmstat.table.Delimiter;
import no.nmstat.table.Encoding;
import no.nmstat.table.Fields;
import no.nmstat.table.InputProblem;
import no.nmstat.table.ReadOptions;
import org.junit.jupiter.api.Test;

class CaseReaderTest {

  private static ReadResult read(byte[] bytes) {
    return read(bytes, ReadOptions.defaults());
  }

  private static ReadResult read(byte[] bytes, ReadOptions options) {
    CaseReader reader = new CaseReader(options);
    reader.read("f.csv", bytes);
    return reader.result();
  }

  private static ReadResult read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  /**
   * The table engine knows nothing of cases: a blank date cell is its own {@code Fields.BLANK},
   * stored as it comes as a milestone not reached.
   */
  @Test
  void aBlankDateCellIsAMilestoneNotReached() {
    assertThat(Fields.BLANK).isEqualTo(CaseRecord.ABSENT);
  }

  @Test
  void readsNorwegianExcelExport() {
    String text =
        "ID-nr;Virkestoff;Fagområde;Dokumentasjon mottatt;Påbegynt;Klokkestopp (dager);"
            + "Metodevurdering ferdigstilt;Beslutning\r\n"
            + "ID2021_045;nivolumab;Øyesykdommer;17.4.2023;01.06.2023;12;01.12.2023;Innført\r\n"
            + ";;;;;;;\r\n"
            + "\r\n"
            + "ID2021_046;æøå;Fagområde Å;2023-01-02;;;;Ikke innført\r\n";
    ReadResult r = read(text.getBytes(Encoding.WINDOWS_1252));
    assertThat(r.problems()).isEmpty();
    assertThat(r.cases()).hasSize(2);
    CaseRecord c = r.cases().get(0);
    assertThat(c.id()).isEqualTo("ID2021_045");
    assertThat(c.column("area")).isEqualTo("Øyesykdommer");
    assertThat(c.day(Milestone.DOCUMENTATION_RECEIVED)).isEqualTo(day("2023-04-17"));
    assertThat(c.day(Milestone.ASSIGNED)).isEqualTo(day("2023-06-01"));
    assertThat(c.clockStopDays()).isEqualTo(12);
    assertThat(c.decision()).isEqualTo(Decision.INTRODUCED);
    assertThat(c.source().line()).isEqualTo(2);
    CaseRecord d = r.cases().get(1);
    assertThat(d.column("substance")).isEqualTo("æøå");
    assertThat(d.has(Milestone.ASSIGNED)).isFalse();
    assertThat(d.clockStopDays()).isZero();
    assertThat(d.decision()).isEqualTo(Decision.NOT_INTRODUCED);
    assertThat(d.source().line()).isEqualTo(5);
  }

  @Test
  void readsUtf8WithByteOrderMark() {
    byte[] body = "id,area\nA,Øre-nese-hals\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    ReadResult r = read(bytes);
    assertThat(r.problems()).isEmpty();
    assertThat(r.cases())
        .singleElement()
        .satisfies(c -> assertThat(c.column("area")).isEqualTo("Øre-nese-hals"));
  }

  @Test
  void readsUtf16WithByteOrderMark() {
    byte[] body = "ID-nr\tFagområde\r\nA\tØyesykdommer\r\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    ReadResult r = read(bytes);
    assertThat(r.problems()).isEmpty();
    assertThat(r.cases())
        .singleElement()
        .satisfies(c -> assertThat(c.column("area")).isEqualTo("Øyesykdommer"));
  }

  @Test
  void quotedNewlinesKeepLineNumbersRight() {
    String text =
        "id,indication,assigned\n"
            + "A,\"first line\nsecond line\",2023-01-01\n"
            + "B,x,2023-02-30\n";
    ReadResult r = read(text);
    assertThat(r.cases())
        .singleElement()
        .satisfies(c -> assertThat(c.indication()).isEqualTo("first line\nsecond line"));
    assertThat(r.problems())
        .singleElement()
        .hasToString("f.csv:4:assigned: value \"2023-02-30\": no such date");
  }

  @Test
  void keepsExtraColumns() {
    ReadResult r = read("id,RHF,Kommentar\nA,Helse Vest,ok\n");
    assertThat(r.extraColumns()).containsExactly("RHF", "Kommentar");
    assertThat(r.cases().get(0).column("RHF")).isEqualTo("Helse Vest");
  }

  /** Slash dates are judged per column (method.md §2.3): day-first once one can only be. */
  @Test
  void slashDatesAreDayFirstWhenTheirColumnShowsIt() {
    ReadResult r =
        read(
            "id,documentation_received,assigned\n"
                + "A,01/02/2023,02/02/2023\n"
                + "B,15/03/2023 10:30,03/04/2023\n"
                + "C,2023-05-01,13/05/2023\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.cases())
        .extracting(c -> c.day(Milestone.DOCUMENTATION_RECEIVED))
        .containsExactly(day("2023-02-01"), day("2023-03-15"), day("2023-05-01"));
    assertThat(r.cases())
        .extracting(c -> c.day(Milestone.ASSIGNED))
        .containsExactly(day("2023-02-02"), day("2023-04-03"), day("2023-05-13"));
  }

  @Test
  void aSlashColumnThatStaysAmbiguousIsRefusedAndNothingReadOnTheGuessIsReported() {
    // Read day-first, 02/01/2023 would put assigned before documentation: not reported.
    ReadResult r =
        read(
            "id,documentation_received,assigned\n"
                + "A,01/02/2023,02/01/2023\n"
                + "B,2023-03-01,maybe\n"
                + "C,03/04/2023,2023-05-01\n");
    assertThat(r.fatal()).isTrue();
    assertThat(r.problems())
        .extracting(InputProblem::toString)
        .containsExactly(
            "f.csv:2:documentation_received: value \"01/02/2023\": ambiguous date (day/month or"
                + " month/day?), and no date in the column settles it (a first number above 12"
                + " would): give --date-format dd/MM/yyyy or MM/dd/yyyy",
            "f.csv:2:assigned: value \"02/01/2023\": ambiguous date (day/month or month/day?),"
                + " and no date in the column settles it (a first number above 12 would): give"
                + " --date-format dd/MM/yyyy or MM/dd/yyyy");
    assertThat(r.rows()).isEqualTo(3);
  }

  @Test
  void aMonthFirstSlashDateIsRefusedWithThePatternToGive() {
    ReadResult r = read("id,documentation_received\nA,01/02/2023\nB,03/15/2023\n");
    assertThat(r.fatal()).isTrue();
    assertThat(r.problems())
        .extracting(InputProblem::toString)
        .containsExactly(
            "f.csv:3:documentation_received: value \"03/15/2023\": a month-first date (the second"
                + " number is above 12): give --date-format MM/dd/yyyy");
    ReadResult mixed = read("id,documentation_received\nA,15/02/2023\nB,03/15/2023\n");
    assertThat(mixed.problems())
        .extracting(InputProblem::toString)
        .containsExactly(
            "f.csv:3:documentation_received: value \"03/15/2023\": a month-first date in a column"
                + " with day-first dates (\"15/02/2023\", line 2): give --date-format dd/MM/yyyy or"
                + " MM/dd/yyyy and correct the others");
  }

  @Test
  void aGivenPatternReadsSlashDatesWithoutJudgingTheColumn() {
    ReadOptions us = new ReadOptions(null, DateReader.withPattern("MM/dd/yyyy"), Map.of(), 50);
    ReadResult r =
        read(
            "id,documentation_received\nA,01/02/2023\nB,03/15/2023\n"
                .getBytes(StandardCharsets.UTF_8),
            us);
    assertThat(r.problems()).isEmpty();
    assertThat(r.cases())
        .extracting(c -> c.day(Milestone.DOCUMENTATION_RECEIVED))
        .containsExactly(day("2023-01-02"), day("2023-03-15"));
  }

  @Test
  void reportsEveryProblemWithFileLineColumnAndValue() {
    String text =
        "id,indication,documentation_received,assigned,report_completed,clock_stop_days,orphan\n"
            + "A,x,2023-05-01,2023-04-01,,,yes\n"
            + "B,x,2023-02-30,,,,no\n"
            + "C,x,2023-01-01,2023-02-01,2023-03-01,-4,\n"
            + "D,x,2023-01-01,2023-02-01,2023-03-01,ten,\n"
            + "E,x,2023-01-01,2023-02-01,2023-03-01,29,\n"
            + "A,x,,,,,\n"
            + "F,x\n"
            + "G,x,,,,,,extra\n"
            + ",x,,,,,\n"
            + "H,x,,,,,maybe\n"
            + "I,x,2023-01-01,2023-02-01,2023-03-01,28,ja\n"
            + "I,x,2023-01-01,2023-02-01,2023-03-01,28,ja\n";
    ReadResult r = read(text);
    assertThat(r.problems())
        .extracting(InputProblem::toString)
        .containsExactly(
            "f.csv:2:assigned: value \"2023-04-01\": dates run backwards: assigned is before"
                + " documentation_received (2023-05-01), so queue would be negative",
            "f.csv:3:documentation_received: value \"2023-02-30\": no such date",
            "f.csv:4:clock_stop_days: value \"-4\": negative clock stop: days must be 0 or more",
            "f.csv:5:clock_stop_days: value \"ten\": not a whole number of days",
            "f.csv:6:clock_stop_days: value \"29\": clock stop longer than assigned to"
                + " report_completed (28 days), so active would be negative",
            "f.csv:8:documentation_received: value \"\": row has 2 fields, the header has 7",
            "f.csv:9:field 8: value \"extra\": row has 8 fields, the header has 7",
            "f.csv:10:id: value \"\": missing id, and no substance or trade name to tell the case"
                + " by",
            "f.csv:11:orphan: value \"maybe\": not a yes/no value",
            "f.csv:13:id: value \"I\": duplicate case: same method, indication and dates as line 12");
    assertThat(r.problemCount()).isEqualTo(10);
    assertThat(r.rows()).isEqualTo(12);
    assertThat(r.invalidRows()).isEqualTo(10);
    assertThat(r.fatal()).isFalse();
    // A row with a problem is no case, so line 7 is A's only row: no duplicate of line 2.
    assertThat(r.cases()).extracting(CaseRecord::id).containsExactly("A", "I");
    assertThat(r.cases().get(1).column("orphan")).isEqualTo("yes");
  }

  @Test
  void maDateMustPrecedeDecisionAndAvailability() {
    ReadResult r =
        read(
            "id,ma_date,decision_date,available_date\n"
                + "A,2023-05-01,2023-04-01,\n"
                + "B,2023-05-01,,2023-04-01\n");
    assertThat(r.problems())
        .extracting(InputProblem::toString)
        .containsExactly(
            "f.csv:2:decision_date: value \"2023-04-01\": dates run backwards: decision_date is"
                + " before ma_date (2023-05-01), so ma_to_decision would be negative",
            "f.csv:3:available_date: value \"2023-04-01\": dates run backwards: available_date is"
                + " before ma_date (2023-05-01), so ma_to_availability would be negative");
  }

  @Test
  void capsProblemsButCountsAll() {
    StringBuilder text = new StringBuilder("id,assigned\n");
    for (int i = 0; i < 120; i++) {
      text.append("A").append(i).append(",bad\n");
    }
    ReadResult r =
        read(
            text.toString().getBytes(StandardCharsets.UTF_8),
            new ReadOptions(null, DateReader.standard(), Map.of(), 50));
    assertThat(r.problems()).hasSize(50);
    assertThat(r.problemCount()).isEqualTo(120);
  }

  @Test
  void duplicatesAreFoundAcrossFiles() {
    CaseReader reader = new CaseReader(ReadOptions.defaults());
    reader.read("a.csv", "id,indication\nX,y\n".getBytes(StandardCharsets.UTF_8));
    reader.read(
        "b.csv", "ID-nr;Bruksområde (indikasjon)\nX;y\nX;z\n".getBytes(StandardCharsets.UTF_8));
    ReadResult r = reader.result();
    assertThat(r.problems())
        .extracting(InputProblem::toString)
        .containsExactly(
            "b.csv:2:ID-nr: value \"X\": duplicate case: same method, indication and dates as line 2"
                + " of a.csv");
    assertThat(r.cases()).hasSize(2);
  }

  @Test
  void fileLevelProblemsAreFatal() {
    assertThat(read("").problems())
        .singleElement()
        .hasToString("f.csv:1:-: value \"\": empty file: no header row");
    assertThat(read("\n\n  \n").fatal()).isTrue();
    assertThat(read("substance,area\nx,y\n").problems())
        .singleElement()
        .hasToString(
            "f.csv:1:id: value \"substance,area\": no id column (id, ID-nr or" + " ID-nummer)");
    assertThat(read("id,indication\nA,\"never closed\nB,x\n").problems())
        .singleElement()
        .hasToString("f.csv:2:-: value \"\": unterminated quoted field: a '\"' is never closed");
    assertThat(read(new byte[] {'i', 'd', '\n', 0, 1, 2, (byte) 0xff}).problems())
        .singleElement()
        .hasToString(
            "f.csv:2:-: value \"\": binary data (control character U+0000): not a CSV"
                + " text file");
    assertThat(read("Innsendt,Anmodning mottatt,id\n").problems())
        .singleElement()
        .hasToString(
            "f.csv:1:Anmodning mottatt: value \"Anmodning mottatt\": second column for"
                + " requested (first: \"Innsendt\"); choose one with --column requested=HEADER");
  }

  @Test
  void explicitColumnMappingOverridesAliases() {
    String text = "id,Innsendt,Anmodning mottatt\nA,01.02.2023,03.02.2023\n";
    ReadResult r =
        read(
            text.getBytes(StandardCharsets.UTF_8),
            new ReadOptions(
                null, DateReader.standard(), Map.of("requested", "Anmodning mottatt"), 50));
    assertThat(r.problems()).isEmpty();
    assertThat(r.cases().get(0).day(Milestone.REQUESTED)).isEqualTo(day("2023-02-03"));
    assertThat(r.cases().get(0).column("Innsendt")).isEqualTo("01.02.2023");
  }

  @Test
  void columnsNotKeptAreStillChecked() {
    String text = "id,area,orphan,Kommentar\nA,Hud,maybe,x\nB,Hud,ja,y\n";
    ReadResult r =
        read(
            text.getBytes(StandardCharsets.UTF_8),
            ReadOptions.defaults().keeping(java.util.Set.of("kommentar")));
    assertThat(r.problems())
        .extracting(InputProblem::toString)
        .containsExactly("f.csv:2:orphan: value \"maybe\": not a yes/no value");
    assertThat(r.cases())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.column("area")).isEmpty();
              assertThat(c.column("orphan")).isEmpty();
              assertThat(c.column("Kommentar")).isEqualTo("y");
            });
  }

  @Test
  void followsExcelsSeparatorHint() {
    ReadResult r = read("sep=;\r\nid;area\r\nA;Hud, kjønn\r\nB,x;y\r\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.cases()).extracting(c -> c.column("area")).containsExactly("Hud, kjønn", "y");
    assertThat(r.cases().get(1).source().line()).isEqualTo(4);
  }

  private static char sniff(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return Delimiter.sniff(b, 0, b.length);
  }

  @Test
  void sniffsTheDelimiterOfTheHeader() {
    assertThat(sniff("id;a;b\n1,2;3;4\n")).isEqualTo(';');
    assertThat(sniff("id,a,b\n")).isEqualTo(',');
    assertThat(sniff("id\ta\tb\n")).isEqualTo('\t');
    assertThat(sniff("\n\"x;y\",a,b\n")).isEqualTo(',');
    assertThat(sniff("id\n")).isEqualTo(',');
  }

  @Test
  void idsAreTheirTextWhateverTheBytes() {
    String text =
        "id,indication,documentation_received\n"
            + "\"ID\"\"1\",a,2023-01-02\n"
            + "\fID2 ,a,2023-01-02\n"
            + "\"  ID3\",a,2023-01-02\n"
            + "ID_\u00d84,a,2023-01-02\n";
    for (byte[] bytes :
        List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(Encoding.WINDOWS_1252))) {
      ReadResult r = read(bytes);
      assertThat(r.problems()).isEmpty();
      assertThat(r.cases())
          .extracting(CaseRecord::id)
          .containsExactly("ID\"1", "ID2", "ID3", "ID_\u00d84");
    }
  }

  @Test
  void clockStopsWithZeroDecimalsAreWholeDays() {
    String text =
        "id,indication,assigned,report_completed,clock_stop_days\n"
            + "A,a,2023-01-02,2023-06-01,\"14,0\"\n"
            + "B,a,2023-01-02,2023-06-01,14.00\n"
            + "C,a,2023-01-02,2023-06-01,14.\n"
            + "D,a,2023-01-02,2023-06-01,\"14,5\"\n"
            + "E,a,2023-01-02,2023-06-01,-3\n"
            + "F,a,2023-01-02,2023-06-01,14.0.0\n";
    ReadResult r = read(text);
    assertThat(r.cases()).extracting(CaseRecord::clockStopDays).containsExactly(14, 14);
    assertThat(r.problems())
        .extracting(InputProblem::value, InputProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("14.", "not a whole number of days"),
            org.assertj.core.groups.Tuple.tuple("14,5", "not a whole number of days"),
            org.assertj.core.groups.Tuple.tuple(
                "-3", "negative clock stop: days must be 0 or more"),
            org.assertj.core.groups.Tuple.tuple("14.0.0", "not a whole number of days"));
  }
}

package no.nmstat.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

class DelimitedWriterTest {
  private static String write(Table table, char delimiter) {
    StringWriter out = new StringWriter();
    DelimitedWriter.write(table, new PrintWriter(out), delimiter);
    return out.toString();
  }

  private static Table table() {
    return new Table(List.of(Column.text("name"), Column.decimal("mean"), Column.share("share")))
        .row("plain", 1.5, 0.25)
        .row("with \"quotes\", a comma\nand a line break", 1.0 / 3, null)
        .row("=HYPERLINK(\"x\")", 1.0E-7, 1.0)
        .note("notes are for people: not in CSV");
  }

  @Test
  void csvQuotesWhatNeedsItAndEndsLinesWithLf() {
    assertThat(write(table(), ','))
        .isEqualTo(
            "name,mean,share\n"
                + "plain,1.5,0.25\n"
                + "\"with \"\"quotes\"\", a comma\nand a line break\",0.3333333333333333,\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",0.0000001,1\n");
  }

  @Test
  void csvReadsBackAsTheSameCells() throws Exception {
    List<List<String>> records =
        CSVParser.parse(write(table(), ','), CSVFormat.RFC4180).getRecords().stream()
            .map(r -> r.toList())
            .toList();
    assertThat(records.get(2))
        .containsExactly("with \"quotes\", a comma\nand a line break", "0.3333333333333333", "");
  }

  @Test
  void tsvHasNoQuotingAndTurnsTabsAndLineBreaksIntoSpaces() {
    Table t =
        new Table(List.of(Column.text("a\tb"), Column.integer("n")))
            .row("one\ttwo\r\nthree \"q\"", 3)
            .row("\"=1+1\"", null);
    assertThat(write(t, '\t')).isEqualTo("a b\tn\none two three \"q\"\t3\n'\"=1+1\"\t\n");
  }

  @Test
  void headerCellsAreGuardedToo() {
    Table t = new Table(List.of(Column.group("=cmd"))).row("-x");
    assertThat(write(t, ',')).isEqualTo("'=cmd\n'-x\n");
    assertThat(write(t, '\t')).isEqualTo("'=cmd\n'-x\n");
  }

  @Test
  void csvFieldsAreQuotedExactlyAsCommonsCsvQuotesThem() throws Exception {
    // Every character that decides quoting: delimiter, quote, line breaks, those up to '#' at the
    // start, those up to ' ' at the end; and others around them.
    String alphabet = "a,\"\r\n \t#!$=-1.æ'";
    java.util.Random random = new java.util.Random(4);
    StringBuilder expected = new StringBuilder();
    StringBuilder actual = new StringBuilder();
    DelimitedWriter writer = DelimitedWriter.csv(actual);
    org.apache.commons.csv.CSVPrinter printer =
        new org.apache.commons.csv.CSVPrinter(
            expected, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
    for (int r = 0; r < 3000; r++) {
      List<String> fields = new java.util.ArrayList<>();
      for (int f = random.nextInt(4); f >= 0; f--) {
        StringBuilder field = new StringBuilder();
        for (int c = random.nextInt(5); c > 0; c--) {
          field.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        fields.add(field.toString());
      }
      printer.printRecord(fields);
      writer.record(fields);
    }
    writer.flush();
    assertThat(actual.toString()).isEqualTo(expected.toString());
  }

  @Test
  void recordsAreWrittenVerbatimWhereTablesAreGuarded() throws Exception {
    // Case and panel files are read back by nmstat: a guard would change their values.
    StringBuilder out = new StringBuilder();
    DelimitedWriter writer = DelimitedWriter.csv(out);
    writer.record(List.of("=1+1", "-x", "@y"));
    writer.record(List.of("", "a,b"));
    writer.flush();
    assertThat(out).hasToString("=1+1,-x,@y\n\"\",\"a,b\"\n");
    Table t = new Table(List.of(Column.text("a"), Column.text("b"), Column.text("c")));
    assertThat(write(t.row("=1+1", "-x", "@y"), ',')).endsWith("'=1+1,'-x,'@y\n");
  }

  @Test
  void largeTablesAreWrittenInBlocksWithTheSameBytes() {
    Table t = new Table(List.of(Column.text("name"), Column.integer("n")));
    StringBuilder expected = new StringBuilder("name,n\n");
    for (int i = 0; i < 5000; i++) {
      t.row("row " + i, i);
      expected.append("row ").append(i).append(',').append(i).append('\n');
    }
    assertThat(write(t, ',')).isEqualTo(expected.toString());
  }

  @Test
  void anEmptyTableIsItsHeader() {
    assertThat(write(new Table(List.of(Column.text("a"), Column.text("b"))), ','))
        .isEqualTo("a,b\n");
  }
}

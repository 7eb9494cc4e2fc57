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
  void anEmptyTableIsItsHeader() {
    assertThat(write(new Table(List.of(Column.text("a"), Column.text("b"))), ','))
        .isEqualTo("a,b\n");
  }
}

package no.nmstat.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonWriterTest {
  private static String write(Table table) {
    StringWriter out = new StringWriter();
    JsonWriter.write(table, new PrintWriter(out));
    return out.toString();
  }

  private static String string(String s) {
    StringBuilder b = new StringBuilder();
    JsonWriter.string(b, s);
    return b.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "plain|\"plain\"",
        "say \"hi\"|\"say \\\"hi\\\"\"",
        "back\\slash|\"back\\\\slash\"",
        "æøå €|\"æøå €\"",
        "``|\"\"",
      })
  void stringsAreQuotedAndEscaped(String text, String json) {
    assertThat(string(text)).isEqualTo(json);
  }

  @Test
  void controlCharactersAndLineSeparatorsAreEscaped() {
    assertThat(string("a\nb\rc\td")).isEqualTo("\"a\\nb\\rc\\td\"");
    assertThat(string("\u0000\u0001\u001f\u007f")).isEqualTo("\"\\u0000\\u0001\\u001f\u007f\"");
    // U+2028 and U+2029 end a line in JavaScript source.
    assertThat(string("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
  }

  @Test
  void absentFiguresAndEmptyTextAreNullNumbersKeepFullPrecision() {
    Table t =
        new Table(
                List.of(
                    Column.text("interval"),
                    Column.integer("n"),
                    Column.decimal("sd"),
                    Column.decimal("mean"),
                    Column.text("comment")))
            .row("queue", 1, null, 1.0 / 3, "")
            .row("total", 0, null, null, "x");
    assertThat(write(t))
        .isEqualTo(
            "[\n"
                + "  {\"interval\": \"queue\", \"n\": 1, \"sd\": null, \"mean\": 0.3333333333333333,"
                + " \"comment\": null},\n"
                + "  {\"interval\": \"total\", \"n\": 0, \"sd\": null, \"mean\": null,"
                + " \"comment\": \"x\"}\n"
                + "]\n");
  }

  @Test
  void groupColumnsNestInAGroupObjectWhereTheFirstOneIs() {
    Table t =
        new Table(
                List.of(
                    Column.text("interval"),
                    Column.group("year"),
                    Column.group("area"),
                    Column.integer("n")))
            .groupsAt(1)
            .row("queue", "", "Onkologi", 3);
    assertThat(write(t))
        .isEqualTo(
            "[\n"
                + "  {\"interval\": \"queue\", \"group\": {\"year\": \"\", \"area\": \"Onkologi\"},"
                + " \"n\": 3}\n"
                + "]\n");
  }

  @Test
  void anUngroupedTableOfGroupsHasAnEmptyGroupObject() {
    Table t =
        new Table(List.of(Column.text("interval"), Column.integer("n")))
            .groupsAt(1)
            .row("queue", 3);
    assertThat(write(t)).isEqualTo("[\n  {\"interval\": \"queue\", \"group\": {}, \"n\": 3}\n]\n");
  }

  @Test
  void anEmptyTableIsAnEmptyArrayAndNotesAreLeftOut() {
    assertThat(write(new Table(List.of(Column.text("a"))).note("a note"))).isEqualTo("[]\n");
  }
}

package no.nmstat.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownWriterTest {
  private static String write(Table table) {
    StringWriter out = new StringWriter();
    MarkdownWriter.write(table, new PrintWriter(out));
    return out.toString();
  }

  @Test
  void aTableWithFiguresRightAlignedAndRoundedAndNotesAsParagraphs() {
    Table t =
        new Table(List.of(Column.group("area"), Column.decimal("mean"), Column.share("within")))
            .row("Onkologi", 46.07692, 0.3745)
            .row("", null, 1.0)
            .note("Quantiles: R type 7.")
            .note("As of 2025-10-31.");
    assertThat(write(t))
        .isEqualTo(
            "| area | mean | within |\n"
                + "| --- | ---: | ---: |\n"
                + "| Onkologi | 46.1 | 37.5% |\n"
                + "| (none) | - | 100.0% |\n"
                + "\n"
                + "Quantiles: R type 7.\n"
                + "\n"
                + "As of 2025-10-31.\n");
  }

  @Test
  void pipesMarkupAndLineBreaksInCellsCannotBreakTheTable() {
    Table t =
        new Table(List.of(Column.text("a|b")))
            .row("x | y\nz *bold* _it_ `code` [link](u) <b> & \\")
            .note("a | note\nwith <html>");
    assertThat(write(t))
        .isEqualTo(
            "| a\\|b |\n"
                + "| --- |\n"
                + "| x \\| y z \\*bold\\* \\_it\\_ \\`code\\` \\[link\\](u) &lt;b&gt; &amp; \\\\ |\n"
                + "\n"
                + "a \\| note with &lt;html&gt;\n");
  }

  @Test
  void everyLineOfATableHasOneCellPerColumn() {
    Table t = new Table(List.of(Column.text("a"), Column.text("b"))).row("|||", "\n|\r|");
    for (String line : write(t).strip().split("\n")) {
      assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count())
          .as(line)
          .isEqualTo(3);
    }
  }
}

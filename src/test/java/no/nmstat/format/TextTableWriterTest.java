package no.nmstat.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTableWriterTest {
  private static String write(Table table, int width) {
    StringWriter out = new StringWriter();
    TextTableWriter.write(table, new PrintWriter(out), width);
    return out.toString();
  }

  @Test
  void textLeftFiguresRightRoundedForReading() {
    Table t =
        new Table(List.of(Column.text("interval"), Column.integer("n"), Column.share("within")))
            .row("queue", 12, 0.5)
            .row("assessment", 7, null)
            .note("Quantiles: R type 7.");
    assertThat(write(t, 0))
        .isEqualTo(
            "interval     n  within\n"
                + "----------  --  ------\n"
                + "queue       12   50.0%\n"
                + "assessment   7       -\n"
                + "\n"
                + "Quantiles: R type 7.\n");
  }

  @Test
  void widthsCountCharactersNotUtf16UnitsAndLineBreaksInCellsBecomeSpaces() {
    Table t =
        new Table(List.of(Column.text("name"), Column.integer("n"))).row("😀😀", 1).row("a\nb", 2);
    assertThat(write(t, 0)).isEqualTo("name  n\n----  -\n😀😀    1\na b   2\n");
  }

  private static Table wide() {
    return new Table(
            List.of(
                Column.text("indication"),
                Column.integer("n"),
                Column.decimal("median"),
                Column.decimal("p90"),
                Column.decimal("mean_ci_low")))
        .row(
            "Behandling av voksne med tilbakefall av diffust storcellet B-cellelymfom",
            3,
            1.0,
            2.0,
            3.0)
        .row("kort", 10, 100.25, 200.5, 300.75)
        .note("A note long enough that it must be wrapped at spaces to fit the terminal's width.");
  }

  @ParameterizedTest
  @ValueSource(ints = {30, 40, 52, 80})
  void everyLineFitsTheWidth(int width) {
    String out = write(wide(), width);
    assertThat(out.lines())
        .allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(width));
    assertThat(out).contains("Behandling av voksne me…");
  }

  @Test
  void longTextIsCutWithAnEllipsisBeforeAnyColumnIsLeftOut() {
    assertThat(write(wide(), 80))
        .isEqualTo(
            "indication                 n  median    p90  mean_ci_low\n"
                + "------------------------  --  ------  -----  -----------\n"
                + "Behandling av voksne me…   3     1.0    2.0          3.0\n"
                + "kort                      10   100.3  200.5        300.8\n"
                + "\n"
                + "A note long enough that it must be wrapped at spaces to fit the terminal's\n"
                + "width.\n");
  }

  @Test
  void columnsThatStillDoNotFitAreLeftOutFromTheRightAndNamed() {
    String out = write(wide(), 40);
    assertThat(out)
        .startsWith(
            "indication                 n  median\n" + "------------------------  --  ------\n")
        .contains("Not shown to fit the terminal: p90,\nmean_ci_low (--wide or --format csv")
        .doesNotContain("300.8");
  }

  @Test
  void withoutALimitNothingIsCutOrLeftOut() {
    String out = write(wide(), 0);
    assertThat(out)
        .contains("diffust storcellet B-cellelymfom", "mean_ci_low", "300.8")
        .doesNotContain("…", "Not shown");
  }

  @Test
  void wrapBreaksAtSpacesAndKeepsALongWordWhole() {
    assertThat(TextTableWriter.wrap("one two three four", 9)).isEqualTo("one two\nthree\nfour");
    assertThat(TextTableWriter.wrap("unbreakable-word x", 5)).isEqualTo("unbreakable-word\nx");
  }
}

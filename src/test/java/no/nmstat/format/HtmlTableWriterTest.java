package no.nmstat.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTableWriterTest {
  @Test
  void escapeCoversMarkupAndBothQuotes() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&amp;</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    assertThat(Html.escape("æøå – plain")).isEqualTo("æøå – plain");
  }

  @Test
  void everyCellCaptionAndNoteIsEscaped() {
    Table t =
        new Table(List.of(Column.text("<name>"), Column.decimal("mean"), Column.text("date")))
            .row("<script>alert('x')</script>", 46.07692, "2025-10-31")
            .row("A & B", null, "")
            .note("see <here> & \"there\"");
    assertThat(HtmlTableWriter.write(t, "Days <per> year"))
        .isEqualTo(
            "<table>\n"
                + "<caption>Days &lt;per&gt; year</caption>\n"
                + "<thead><tr><th scope=\"col\">&lt;name&gt;</th>"
                + "<th class=\"num\" scope=\"col\">mean</th><th scope=\"col\">date</th></tr></thead>\n"
                + "<tbody>\n"
                + "<tr><td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>"
                + "<td class=\"num\">46.1</td><td class=\"date\">2025-10-31</td></tr>\n"
                + "<tr><td>A &amp; B</td><td class=\"num\">-</td><td></td></tr>\n"
                + "</tbody>\n"
                + "</table>\n"
                + "<p class=\"note\">see &lt;here&gt; &amp; &quot;there&quot;</p>\n");
  }

  @Test
  void noCaptionWhenNoneIsGiven() {
    assertThat(HtmlTableWriter.write(new Table(List.of(Column.text("a"))), null))
        .startsWith("<table>\n<thead>")
        .doesNotContain("caption");
  }
}

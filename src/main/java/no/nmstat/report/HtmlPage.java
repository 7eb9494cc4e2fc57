package no.nmstat.report;

import no.nmstat.format.Html;
import no.nmstat.format.HtmlTableWriter;
import no.nmstat.format.Table;

/**
 * What every part of the HTML report is made of: the page's style, sections, figures drawn in both
 * layouts with their captions, and tables, each text escaped.
 */
final class HtmlPage {
  /**
   * The page's style. Below 700 px the narrow drawing of each chart replaces the wide one (see
   * {@link Svg.Layout}) and wide tables scroll inside their own box, so the page itself never
   * scrolls sideways. On paper: A4, the wide charts, every figure kept whole with its heading, and
   * the numbers under "The numbers" printed open.
   */
  static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;\
      color:#1a1a1a;background:#fff;line-height:1.45}
      main{max-width:1000px;margin:0 auto;padding:1.5rem}
      h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ccc}
      .meta,.note{color:#555;font-size:.9rem}.meta{overflow-wrap:anywhere}
      .kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:.8rem}
      .kpi{border:1px solid #ccc;border-radius:6px;padding:.7rem}
      .kpi .value{font-size:1.5rem;font-weight:600}
      .kpi.fail{border-color:#D55E00;background:#fff4ee}.kpi.pass{border-color:#009E73}
      figure{margin:1rem 0}svg{display:block;width:100%;height:auto;font-family:inherit}
      svg.wide{max-width:860px}svg.narrow{display:none;max-width:480px}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse;margin:.6rem 0;font-size:.88rem}
      th,td{border-bottom:1px solid #e3e3e3;padding:.25rem .6rem;text-align:left}
      .num{text-align:right;font-variant-numeric:tabular-nums}\
      .date,#backlog td:first-child{white-space:nowrap}
      figure h3{font-size:1.05rem;margin:.2rem 0}.kpi .detail{font-size:.85rem;color:#333}
      caption{text-align:left;font-weight:600;padding:.3rem 0}
      details{margin:.4rem 0 1.2rem}summary{cursor:pointer;color:#0072B2}
      @media screen and (max-width:699px){
      main{padding:1rem}h1{font-size:1.4rem}
      svg.wide{display:none}svg.narrow{display:block}
      }
      @media print{
      @page{size:A4;margin:15mm}
      body{font-size:10pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
      main{max-width:none;padding:0}
      h1,h2,h3,summary{break-after:avoid}
      figure,.kpi,tr{break-inside:avoid}
      details::details-content{content-visibility:visible;display:block}
      summary{list-style:none;cursor:auto;color:#1a1a1a;font-weight:600}
      summary::-webkit-details-marker{display:none}
      .scroll{overflow:visible}table{font-size:8pt}th,td{padding:.15rem .4rem}
      }
      """;

  private HtmlPage() {}

  static void section(StringBuilder b, String id, String title) {
    b.append("<section id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(Html.escape(title))
        .append("</h2>\n");
  }

  /** A chart with its title, drawn wide and narrow (the page shows one), and its caption. */
  static void figure(StringBuilder b, Svg.Chart chart, String caption) {
    b.append("<figure>\n<h3>")
        .append(Html.escape(chart.title()))
        .append("</h3>\n")
        .append(chart.svg(Svg.Layout.WIDE))
        .append(chart.svg(Svg.Layout.NARROW))
        .append("<figcaption class=\"note\">")
        .append(Html.escape(caption))
        .append("</figcaption>\n</figure>\n");
  }

  /** In place of a chart with nothing to draw: its title and one sentence saying why. */
  static void noChart(StringBuilder b, String title, String why) {
    b.append("<figure>\n<h3>")
        .append(Html.escape(title))
        .append("</h3>\n<p class=\"note\">")
        .append(Html.escape(why))
        .append("</p>\n</figure>\n");
  }

  static void details(StringBuilder b, Table table) {
    b.append("<details><summary>The numbers</summary>\n");
    table(b, table);
    b.append("</details>\n");
  }

  /** A table in a box of its own that scrolls sideways when the table is wider than the page. */
  static void table(StringBuilder b, Table table) {
    b.append("<div class=\"scroll\">\n")
        .append(HtmlTableWriter.write(table, null))
        .append("</div>\n");
  }
}

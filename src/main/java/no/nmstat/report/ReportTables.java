package no.nmstat.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nmstat.backlog.CaseState;
import no.nmstat.format.Cells;
import no.nmstat.format.Column;
import no.nmstat.format.Table;
import no.nmstat.metrics.Actor;
import no.nmstat.metrics.Interval;
import no.nmstat.phases.PhaseBreakdown;
import no.nmstat.stats.Summary;
import no.nmstat.summary.IntervalSummary;
import no.nmstat.view.BacklogReport;
import no.nmstat.view.Words;
import no.nmstat.wait.WaitCohort;
import no.nmstat.wait.WaitFigures;

/** The tables of a report, shared by its HTML and Markdown forms. */
final class ReportTables {
  /** The actors in the order the breakdown shows them. */
  static final List<Actor> ACTORS = List.of(Actor.COMPANY, Actor.DMP, Actor.LIS, Actor.RHF);

  private ReportTables() {}

  static Table kpis(List<ReportContent.Kpi> kpis) {
    Table t =
        new Table(
            List.of(
                Column.text("figure"),
                Column.text("value"),
                Column.text("target"),
                Column.text("status"),
                Column.text("detail")));
    kpis.forEach(k -> t.row(k.name(), k.value(), k.target(), k.verdict().words(), k.detail()));
    return t;
  }

  /** One interval's distribution per year of its end. */
  static Table years(Interval interval, List<IntervalSummary> rows) {
    Table t =
        new Table(
            List.of(
                Column.text("year"),
                Column.integer("cases"),
                Column.integer("minimum"),
                Column.decimal("25th percentile"),
                Column.decimal("median"),
                Column.decimal("75th percentile"),
                Column.integer("maximum"),
                Column.decimal("mean"),
                Column.share("within target")));
    for (IntervalSummary s : rows) {
      Summary m = s.summary();
      t.row(
          s.group().get(0),
          m.n(),
          m.min(),
          m.p25(),
          m.median(),
          m.p75(),
          m.max(),
          m.mean(),
          m.withinTarget());
    }
    t.note(
        Words.capitalised(Words.interval(interval))
            + ": "
            + interval.description()
            + ". Completed cases per year "
            + Words.event(interval.yearMilestone())
            + "; days.");
    return t;
  }

  /**
   * For each of {@code intervals} the file cannot measure, the sentence that says so: its columns
   * of the trend stay empty.
   */
  static List<String> unmeasured(
      java.util.Collection<Interval> intervals, List<IntervalSummary> overall) {
    return intervals.stream()
        .map(i -> ReportContent.notMeasurable(overall, i))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** Mean days per actor and year of decision, with the shares of all years. */
  static Table actors(List<PhaseBreakdown.Line> byYear, List<PhaseBreakdown.Line> all) {
    List<Column> columns = new ArrayList<>(List.of(Column.text("year"), Column.integer("cases")));
    ACTORS.forEach(a -> columns.add(Column.decimal(a + " mean days")));
    columns.add(Column.decimal("total mean days"));
    Table t = new Table(columns);
    Map<String, List<PhaseBreakdown.Line>> years = new LinkedHashMap<>();
    byYear.forEach(l -> years.computeIfAbsent(l.group().get(0), k -> new ArrayList<>()).add(l));
    years.put("all years", all);
    years.forEach(
        (year, lines) -> {
          List<Object> row = new ArrayList<>(List.of(year, total(lines).n()));
          ACTORS.forEach(a -> row.add(actor(lines, a).meanDays()));
          row.add(total(lines).meanDays());
          t.row(row.toArray());
        });
    List<String> shares = new ArrayList<>();
    ACTORS.forEach(
        a -> {
          Double share = actor(all, a).share();
          shares.add(a + " " + (share == null ? "-" : Cells.oneDecimal(share * 100) + "%"));
        });
    t.note(
        "Decided cases, by year of decision. Company: submission and clock stops; DMP: queue"
            + " and active assessment; LIS: price negotiation; RHF: to the decision. Shares of the"
            + " total, all years: "
            + String.join(", ", shares)
            + ".");
    return t;
  }

  /** An actor's line: its sum, or its only phase. */
  static PhaseBreakdown.Line actor(List<PhaseBreakdown.Line> lines, Actor actor) {
    List<PhaseBreakdown.Line> own = lines.stream().filter(l -> l.actor() == actor).toList();
    return own.stream().filter(l -> l.phase() == null).findFirst().orElse(own.get(0));
  }

  static PhaseBreakdown.Line total(List<PhaseBreakdown.Line> lines) {
    return lines.stream().filter(l -> l.actor() == Actor.ALL).findFirst().orElseThrow();
  }

  /** The states at each quarter's end. */
  static Table backlog(List<no.nmstat.backlog.BacklogRow> rows) {
    List<Column> columns = new ArrayList<>(List.of(Column.text("quarter"), Column.text("date")));
    CaseState.waiting().forEach(s -> columns.add(Column.integer(Words.state(s))));
    columns.add(Column.decimal("median days in the queue so far"));
    Table t = new Table(columns);
    for (no.nmstat.backlog.BacklogRow r : rows) {
      List<Object> row = new ArrayList<>(List.of(r.period(), r.date().toString()));
      CaseState.waiting().forEach(s -> row.add(r.count().get(s)));
      row.add(r.queueMedianAge());
      t.row(row.toArray());
    }
    t.note("Cases in each state at the end of each quarter (the last at the as-of date).");
    BacklogReport.unseenNotes(rows).forEach(t::note);
    return t;
  }

  /** All medicines, per country, best rate first. */
  static Table wait(ReportContent.WaitSection w) {
    Table t =
        new Table(
            List.of(
                Column.text("country"),
                Column.integer("medicines"),
                Column.integer("available"),
                Column.share("availability rate"),
                Column.share("limited rate"),
                Column.decimal("mean days"),
                Column.decimal("median days"),
                Column.decimal("Kaplan-Meier median days"),
                Column.integer("rank by rate")));
    for (WaitFigures f : wait(w.result())) {
      t.row(
          f.country(),
          f.products(),
          f.available(),
          f.rate(),
          f.limitedRate(),
          f.meanDays(),
          f.medianDays(),
          f.kmMedianDays(),
          f.rankByRate());
    }
    t.note(
        "Medicines with EU authorisation in "
            + w.cohort()
            + ", availability on "
            + w.cutoff()
            + " (full and limited together); days from EU"
            + " authorisation to availability over the available medicines; the Kaplan-Meier"
            + " median counts the unavailable as censored at the cut-off.");
    return t;
  }

  static List<WaitFigures> wait(no.nmstat.wait.WaitIndicator.Result result) {
    return result.figures().stream().filter(f -> f.cohort() == WaitCohort.ALL).toList();
  }
}

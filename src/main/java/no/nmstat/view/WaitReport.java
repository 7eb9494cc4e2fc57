package no.nmstat.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.nmstat.format.Cells;
import no.nmstat.format.Column;
import no.nmstat.format.Plural;
import no.nmstat.format.Table;
import no.nmstat.model.YearRange;
import no.nmstat.wait.PublishedFigure;
import no.nmstat.wait.WaitCohort;
import no.nmstat.wait.WaitFigures;
import no.nmstat.wait.WaitGap;
import no.nmstat.wait.WaitIndicator;

/** The W.A.I.T. tables: countries, two Norwegian definitions, published figures. */
public final class WaitReport {
  /** The EU member states, for the EU average the survey publishes. */
  static final List<String> EU27 =
      List.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  // Kept at the terminal's width (method.md §6); the cohort tells a country's rows apart.
  private static final List<String> DAYS_ANSWERS =
      List.of("cohort", "country", "definition", "mean_days", "median_days", "km_median_days");

  private WaitReport() {}

  /**
   * One row per medicine group and country, the best rate first; with a {@code focus} country, its
   * gap to each row (focus minus row) and, for people, its gaps to the best, the median and the
   * Nordic peers as notes.
   */
  public static Table countries(
      WaitIndicator.Result result, YearRange years, LocalDate cutoff, String focus, boolean human) {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                Column.text("cohort"),
                Column.text("country"),
                Column.integer("products"),
                Column.integer("available"),
                Column.share("availability_rate"),
                Column.integer("limited"),
                Column.share("limited_rate"),
                Column.decimal("mean_days"),
                Column.decimal("median_days"),
                Column.decimal("km_median_days"),
                Column.integer("rank_rate"),
                Column.integer("rank_days")));
    if (focus != null) {
      columns.add(Column.decimal("rate_gap_pp"));
      columns.add(Column.decimal("mean_days_gap"));
    }
    Table table = new Table(columns).answers(DAYS_ANSWERS);
    for (WaitCohort cohort : WaitCohort.values()) {
      List<WaitFigures> group =
          result.figures().stream().filter(f -> f.cohort() == cohort).toList();
      WaitFigures focused =
          focus == null
              ? null
              : group.stream().filter(f -> f.country().equals(focus)).findFirst().orElse(null);
      for (WaitFigures f : group) {
        List<Object> row =
            new ArrayList<>(List.of(cohort.label(), f.country(), f.products(), f.available()));
        row.addAll(
            java.util.Arrays.asList(
                f.rate(),
                f.limited(),
                f.limitedRate(),
                f.meanDays(),
                f.medianDays(),
                f.kmMedianDays(),
                f.rankByRate(),
                f.rankByDays()));
        if (focus != null) {
          row.add(difference(focused == null ? null : focused.rate(), f.rate(), 100));
          row.add(difference(focused == null ? null : focused.meanDays(), f.meanDays(), 1));
        }
        table.row(row.toArray());
      }
    }
    table.note(
        "Medicines with EU authorisation in "
            + years
            + ": "
            + result.products()
            + "; availability on "
            + cutoff
            + " (full and limited together)."
            + (result.outsideCohort() > 0
                ? " "
                    + Plural.count(result.outsideCohort(), "medicine", "medicines")
                    + " authorised in other years left out."
                : ""));
    table.note(
        "Days from EU authorisation to availability over the available medicines;"
            + " km_median_days counts the unavailable as censored at the cut-off.");
    if (!result.missingRows().isEmpty()) {
      table.note(
          "Medicines without a row, counted as not available: "
              + result.missingRows().entrySet().stream()
                  .map(e -> e.getKey() + " " + e.getValue())
                  .toList()
              + ".");
    }
    if (focus != null && human) {
      List<WaitFigures> all =
          result.figures().stream().filter(f -> f.cohort() == WaitCohort.ALL).toList();
      for (WaitGap g : WaitGap.of(all, focus)) {
        table.note(
            focus
                + " vs "
                + g.comparator()
                + (g.country() == null ? "" : " " + g.country())
                + ": rate "
                + percent(g.rate())
                + " ("
                + signed(g.rateGapPoints(), " pp")
                + "), mean "
                + days(g.meanDays())
                + " ("
                + signed(g.meanDaysGap(), " d")
                + ").");
      }
    }
    return table;
  }

  /**
   * The two Norwegian definitions side by side, per medicine group: to the first decision (Nye
   * metoder, DMP) and to the first yes (W.A.I.T.).
   */
  public static Table definitions(
      WaitIndicator.Result firstDecision,
      WaitIndicator.Result firstYes,
      String country,
      YearRange years,
      LocalDate cutoff) {
    Table table =
        new Table(
            List.of(
                Column.text("cohort"),
                Column.text("definition"),
                Column.integer("products"),
                Column.integer("reached"),
                Column.share("rate"),
                Column.decimal("mean_days"),
                Column.decimal("median_days"),
                Column.decimal("km_median_days")));
    table.answers(DAYS_ANSWERS);
    for (WaitCohort cohort : WaitCohort.values()) {
      for (var pair :
          List.of(Map.entry("first_decision", firstDecision), Map.entry("first_yes", firstYes))) {
        pair.getValue().figures().stream()
            .filter(f -> f.cohort() == cohort && f.country().equals(country))
            .findFirst()
            .ifPresent(
                f ->
                    table.row(
                        cohort.label(),
                        pair.getKey(),
                        f.products(),
                        f.available(),
                        f.rate(),
                        f.meanDays(),
                        f.medianDays(),
                        f.kmMedianDays()));
      }
    }
    table.note(
        country
            + ", method IDs with an ma_date in "
            + years
            + ", as of "
            + cutoff
            + ". first_decision: MT to the first Beslutningsforum decision,"
            + " yes or no (Nye metoder's and DMP's figure); first_yes: MT to the first positive"
            + " decision (W.A.I.T.'s availability).");
    return table;
  }

  /** The published headline figures, optionally of one survey. */
  public static Table published(List<PublishedFigure> figures) {
    Table table =
        new Table(
            List.of(
                Column.integer("survey"),
                Column.text("cohort"),
                Column.text("cutoff"),
                Column.integer("medicines"),
                Column.text("country"),
                Column.integer("available"),
                Column.share("availability_rate"),
                Column.share("limited_rate"),
                Column.integer("mean_days"),
                Column.integer("median_days"),
                Column.text("source")));
    for (PublishedFigure p : figures) {
      table.row(
          p.survey(),
          p.cohort(),
          p.cutoff(),
          p.medicines(),
          p.country(),
          p.available(),
          p.rate(),
          p.limitedRate(),
          p.meanDays(),
          p.medianDays(),
          p.source());
    }
    table.note(
        "Headline figures of the EFPIA Patients W.A.I.T. Indicator as published"
            + " (survey year as EFPIA names it: the 2021 survey, cohort 2017-2020, is the one"
            + " Norwegian media call the 2022 report); EU is the EU average. Empty where the sources"
            + " give no figure; data/README.md says how sure each source is.");
    return table;
  }

  /**
   * A survey's published figures beside the computed ones (group "all"); the EU row is the
   * unweighted mean over the EU member states in the panel, as the survey's EU average.
   */
  public static Table comparePublished(List<PublishedFigure> survey, WaitIndicator.Result result) {
    Table table =
        new Table(
            List.of(
                Column.text("country"),
                Column.share("published_rate"),
                Column.share("computed_rate"),
                Column.integer("published_mean_days"),
                Column.decimal("computed_mean_days"),
                Column.integer("published_median_days"),
                Column.decimal("computed_median_days"),
                Column.text("source")));
    List<WaitFigures> all =
        result.figures().stream().filter(f -> f.cohort() == WaitCohort.ALL).toList();
    for (PublishedFigure p : survey) {
      Double rate;
      Double mean;
      Double median;
      if (p.country().equals("EU")) {
        List<WaitFigures> eu = all.stream().filter(f -> EU27.contains(f.country())).toList();
        rate = average(eu.stream().map(WaitFigures::rate).toList());
        mean = average(eu.stream().map(WaitFigures::meanDays).toList());
        median = null; // the survey's EU median is not an average of medians
      } else {
        WaitFigures f =
            all.stream().filter(x -> x.country().equals(p.country())).findFirst().orElse(null);
        rate = f == null ? null : f.rate();
        mean = f == null ? null : f.meanDays();
        median = f == null ? null : f.medianDays();
      }
      table.row(
          p.country(), p.rate(), rate, p.meanDays(), mean, p.medianDays(), median, p.source());
    }
    if (!survey.isEmpty()) {
      PublishedFigure first = survey.get(0);
      table.note(
          "Published: W.A.I.T. "
              + first.survey()
              + " (cohort "
              + first.cohort()
              + ", cut-off "
              + first.cutoff()
              + "). Computed: this panel, all medicines.");
    }
    return table;
  }

  private static Double difference(Double focus, Double other, double scale) {
    return focus == null || other == null ? null : (focus - other) * scale;
  }

  private static Double average(List<Double> values) {
    List<Double> present = values.stream().filter(Objects::nonNull).toList();
    return present.isEmpty()
        ? null
        : present.stream().mapToDouble(Double::doubleValue).sum() / present.size();
  }

  private static String percent(Double share) {
    return share == null ? "-" : Cells.oneDecimal(share * 100) + "%";
  }

  private static String days(Double d) {
    return d == null ? "-" : Cells.oneDecimal(d) + " d";
  }

  /** A gap with its sign and unit: "+3.5 pp", "-12.0 d". */
  private static String signed(Double gap, String unit) {
    return gap == null ? "-" : (gap > 0 ? "+" : "") + Cells.oneDecimal(gap) + unit;
  }
}

package no.nmstat.wait;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.YearRange;
import no.nmstat.stats.KaplanMeier;
import no.nmstat.stats.QuantileMethod;
import no.nmstat.stats.Summarizer;
import no.nmstat.stats.Summary;

/**
 * The EFPIA W.A.I.T. indicators (method.md §5) over a panel: the medicines authorised in the cohort
 * years, their availability per country on the cut-off date, and the days to it.
 *
 * <p>Every country is measured against the same cohort, as in the survey: a medicine with no row
 * for a country counts as not available there ({@link Result#missingRows()} says how often).
 * Availability dated after the cut-off counts as not available.
 */
public final class WaitIndicator {
  private WaitIndicator() {}

  /**
   * The figures and what was set aside.
   *
   * @param figures per group and country, groups in {@link WaitCohort} order, countries by rate
   *     (highest first) then code
   * @param products medicines in the cohort
   * @param outsideCohort medicines in the panel authorised outside the cohort years, left out
   * @param missingRows per country, cohort medicines without a row (counted as not available)
   */
  public record Result(
      List<WaitFigures> figures,
      int products,
      int outsideCohort,
      Map<String, Integer> missingRows) {
    public Result {
      figures = List.copyOf(figures);
      missingRows = java.util.Collections.unmodifiableMap(new TreeMap<>(missingRows));
    }
  }

  /** The indicators for medicines authorised in the years of {@code years}. */
  public static Result compute(List<PanelRow> panel, YearRange years, LocalDate cutoff) {
    int cut = (int) cutoff.toEpochDay();
    Map<String, PanelRow> products = new TreeMap<>();
    TreeSet<String> outside = new TreeSet<>();
    TreeSet<String> countries = new TreeSet<>();
    Map<PanelRow.Key, PanelRow> byProductCountry = new LinkedHashMap<>();
    for (PanelRow r : panel) {
      countries.add(r.country());
      int year = LocalDate.ofEpochDay(r.maDay()).getYear();
      if (!years.contains(year)) {
        outside.add(r.product());
        continue;
      }
      products.putIfAbsent(r.product(), r);
      byProductCountry.put(r.key(), r);
    }
    Map<String, Integer> missing = new TreeMap<>();
    for (String country : countries) {
      int m = 0;
      for (String p : products.keySet()) {
        m += byProductCountry.containsKey(new PanelRow.Key(p, country)) ? 0 : 1;
      }
      if (m > 0) {
        missing.put(country, m);
      }
    }
    List<WaitFigures> figures = new ArrayList<>();
    for (WaitCohort cohort : WaitCohort.values()) {
      List<WaitFigures> group = new ArrayList<>();
      for (String country : countries) {
        group.add(figures(cohort, country, products, byProductCountry, cut));
      }
      figures.addAll(ranked(group));
    }
    return new Result(figures, products.size(), outside.size(), missing);
  }

  private static WaitFigures figures(
      WaitCohort cohort,
      String country,
      Map<String, PanelRow> products,
      Map<PanelRow.Key, PanelRow> byProductCountry,
      int cut) {
    int count = 0;
    int limited = 0;
    List<Integer> days = new ArrayList<>();
    List<Integer> censored = new ArrayList<>();
    for (PanelRow product : products.values()) {
      if (!cohort.contains(product)) {
        continue;
      }
      count++;
      PanelRow r = byProductCountry.get(new PanelRow.Key(product.product(), country));
      boolean available =
          r != null
              && r.availability() != Availability.NONE
              && r.availableDay() != CaseRecord.ABSENT
              && r.availableDay() <= cut;
      if (available) {
        days.add(r.availableDay() - r.maDay());
        limited += r.availability() == Availability.LIMITED ? 1 : 0;
      } else {
        censored.add(cut - product.maDay());
      }
    }
    int[] d = days.stream().mapToInt(Integer::intValue).toArray();
    int[] c = censored.stream().mapToInt(Integer::intValue).toArray();
    Summary times = new Summarizer(QuantileMethod.R7).summarize(d.clone(), 0, null);
    Double mean = times.mean();
    Double median = times.median();
    Double km = count == 0 ? null : KaplanMeier.estimate(d, c).quantile(0.5);
    return new WaitFigures(
        cohort,
        country,
        count,
        d.length,
        count == 0 ? null : (double) d.length / count,
        limited,
        count == 0 ? null : (double) limited / count,
        mean,
        median,
        km,
        null,
        null);
  }

  /** Competition ranks ("1224"): by rate, highest first; by mean days, lowest first. */
  private static List<WaitFigures> ranked(List<WaitFigures> group) {
    List<WaitFigures> out = new ArrayList<>();
    for (WaitFigures f : group) {
      Integer byRate =
          f.rate() == null
              ? null
              : 1
                  + (int)
                      group.stream().filter(g -> g.rate() != null && g.rate() > f.rate()).count();
      Integer byDays =
          f.meanDays() == null
              ? null
              : 1
                  + (int)
                      group.stream()
                          .filter(g -> g.meanDays() != null && g.meanDays() < f.meanDays())
                          .count();
      out.add(
          new WaitFigures(
              f.cohort(),
              f.country(),
              f.products(),
              f.available(),
              f.rate(),
              f.limited(),
              f.limitedRate(),
              f.meanDays(),
              f.medianDays(),
              f.kmMedianDays(),
              byRate,
              byDays));
    }
    out.sort(
        Comparator.comparing(
                (WaitFigures f) -> f.rankByRate() == null ? Integer.MAX_VALUE : f.rankByRate())
            .thenComparing(WaitFigures::country));
    return out;
  }
}

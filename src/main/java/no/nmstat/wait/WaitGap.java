package no.nmstat.wait;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How far a focus country is from a comparator: the best country, the median country, or a Nordic
 * peer.
 *
 * @param comparator what is compared with, e.g. {@code best rate}, {@code median}, {@code SE}
 * @param country the comparator's country, or null for the median of all countries
 * @param rate the comparator's availability rate
 * @param meanDays the comparator's mean days to availability
 * @param rateGapPoints focus rate minus comparator rate, in percentage points
 * @param meanDaysGap focus mean days minus comparator mean days
 */
public record WaitGap(
    String comparator,
    String country,
    Double rate,
    Double meanDays,
    Double rateGapPoints,
    Double meanDaysGap) {

  /** The Nordic peers compared with. */
  public static final List<String> NORDIC = List.of("SE", "DK", "FI", "IS", "NO");

  /** The gaps of {@code focus} within one medicine group's figures. */
  public static List<WaitGap> of(List<WaitFigures> group, String focus) {
    WaitFigures f =
        group.stream()
            .filter(g -> g.country().equals(focus))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no figures for " + focus));
    List<WaitGap> gaps = new ArrayList<>();
    group.stream()
        .filter(g -> g.rate() != null)
        .max(
            java.util.Comparator.comparing(WaitFigures::rate)
                .thenComparing(WaitFigures::country, java.util.Comparator.reverseOrder()))
        .ifPresent(b -> gaps.add(gap("best rate", b.country(), b.rate(), b.meanDays(), f)));
    group.stream()
        .filter(g -> g.meanDays() != null)
        .min(
            java.util.Comparator.comparing(WaitFigures::meanDays)
                .thenComparing(WaitFigures::country))
        .ifPresent(b -> gaps.add(gap("best days", b.country(), b.rate(), b.meanDays(), f)));
    gaps.add(
        gap(
            "median",
            null,
            median(group.stream().map(WaitFigures::rate).toList()),
            median(group.stream().map(WaitFigures::meanDays).toList()),
            f));
    for (String peer : NORDIC) {
      if (!peer.equals(focus)) {
        group.stream()
            .filter(g -> g.country().equals(peer))
            .findFirst()
            .ifPresent(p -> gaps.add(gap("Nordic", p.country(), p.rate(), p.meanDays(), f)));
      }
    }
    return gaps;
  }

  private static WaitGap gap(
      String comparator, String country, Double rate, Double mean, WaitFigures focus) {
    return new WaitGap(
        comparator,
        country,
        rate,
        mean,
        rate == null || focus.rate() == null ? null : (focus.rate() - rate) * 100,
        mean == null || focus.meanDays() == null ? null : focus.meanDays() - mean);
  }

  private static Double median(List<Double> values) {
    double[] v =
        values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
    if (v.length == 0) {
      return null;
    }
    java.util.Arrays.sort(v);
    // R type 7 on doubles: the middle value, or the mean of the two middle values.
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}

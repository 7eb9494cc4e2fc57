package no.nmstat.metrics;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.nmstat.model.CaseRecord;
import no.nmstat.stats.KaplanMeier;
import no.nmstat.stats.Summarizer;
import no.nmstat.stats.SurvivalSummary;

/** Splits cases into groups and summarises each interval per group. */
public final class SummaryCalculator {
  /**
   * Norwegian order (æ, ø, å after z), ties broken by code point so the order is total. In a class
   * of its own, made when first used: building the collator costs several milliseconds of a run's
   * start, and a summary without groups never compares.
   */
  private static final class ValueOrder {
    static final Comparator<String> VALUE_ORDER = valueOrder();
  }

  /**
   * Group keys in output order: values in Norwegian alphabetical order, the empty value (no year,
   * no value) last.
   */
  public static final Comparator<List<String>> GROUP_ORDER =
      (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
          int c = ValueOrder.VALUE_ORDER.compare(a.get(i), b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return 0;
      };

  private SummaryCalculator() {}

  private static Comparator<String> valueOrder() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("nb-NO"));
    collator.setStrength(Collator.TERTIARY);
    Comparator<String> text = collator::compare;
    return Comparator.comparing(String::isEmpty)
        .thenComparing(text)
        .thenComparing(Comparator.naturalOrder());
  }

  /** The summaries of {@code request} over the snapshot's cases, intervals in request order. */
  public static List<IntervalSummary> compute(Snapshot snapshot, SummaryRequest request) {
    Summarizer summarizer = new Summarizer(request.quantileMethod());
    List<IntervalSummary> out = new ArrayList<>();
    for (Interval interval : request.intervals()) {
      // A hash map while counting, sorted once at the end: comparing with the Norwegian
      // collator for every case would cost more than the rest of the computation.
      Map<List<String>, Accumulator> groups = new HashMap<>();
      if (request.groups().isEmpty()) {
        groups.put(List.of(), new Accumulator());
      }
      for (CaseRecord c : snapshot.cases()) {
        Observation o = interval.observe(c, snapshot.asOfDay());
        if (o.state() == Observation.State.NOT_STARTED) {
          continue;
        }
        groups
            .computeIfAbsent(key(request.groups(), c, interval, o), k -> new Accumulator())
            .add(o, interval.minusClockStops() && !c.clockStopRecorded());
      }
      Integer target = request.targets().get(interval.name());
      List<Map.Entry<List<String>, Accumulator>> sorted = new ArrayList<>(groups.entrySet());
      sorted.sort(Map.Entry.comparingByKey(GROUP_ORDER));
      for (Map.Entry<List<String>, Accumulator> e : sorted) {
        Accumulator a = e.getValue();
        int[] completed = a.completed.values();
        int[] open = a.open.values();
        SurvivalSummary km = SurvivalSummary.of(KaplanMeier.estimate(completed.clone(), open));
        out.add(
            new IntervalSummary(
                interval,
                e.getKey(),
                summarizer.summarize(completed, open.length, target),
                km,
                a.missing,
                a.noClockStop));
      }
    }
    return out;
  }

  private static List<String> key(
      List<GroupBy> groups, CaseRecord c, Interval interval, Observation o) {
    switch (groups.size()) {
      case 0:
        return List.of();
      case 1:
        return List.of(groups.get(0).value(c, interval, o));
      default:
        String[] values = new String[groups.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = groups.get(i).value(c, interval, o);
        }
        return List.of(values);
    }
  }

  /** The completed values and open ages of one group, and how many are missing. */
  private static final class Accumulator {
    private final Days completed = new Days();
    private final Days open = new Days();
    private long missing;
    private long noClockStop;

    void add(Observation o, boolean unrecordedStop) {
      switch (o.state()) {
        case OPEN -> open.add(o.days());
        case MISSING -> missing++;
        default -> {
          completed.add(o.days());
          noClockStop += unrecordedStop ? 1 : 0;
        }
      }
    }
  }

  /** A growable list of day counts. */
  private static final class Days {
    private int[] values = new int[16];
    private int size;

    void add(int days) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = days;
    }

    int[] values() {
      return Arrays.copyOf(values, size);
    }
  }
}

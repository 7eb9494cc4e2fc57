package no.nmstat.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Decision;
import no.nmstat.model.Milestone;
import no.nmstat.model.SourceLine;

/**
 * A synthetic but realistic case list, the same for the same seed on every machine.
 *
 * <p>Phase lengths are log-normal with medians chosen to imitate published Norwegian figures
 * (method.md §5): price negotiation about 55 days, DMP assessments near 300 days in 2022 and near
 * 140 in 2025, marketing authorisation to decision around a year. The queue before a case handler
 * is assigned is not drawn but simulated ({@link CaseHandlers}): handlers take the next case when
 * they finish one, mostly in order of documentation received, so cases wait longer when
 * documentation arrives faster than the handlers can take it, as in 2020–2022. Milestones after the
 * data's as-of date are left empty, so cases are open at every stage. Substance and trade names are
 * invented.
 */
public final class SyntheticCases {
  private static final String[] METHOD_TYPES = {
    "Hurtig metodevurdering",
    "Hurtig metodevurdering",
    "Hurtig metodevurdering",
    "Hurtig metodevurdering",
    "Hurtig metodevurdering",
    "Hurtig metodevurdering",
    "Forenklet vurdering",
    "Forenklet vurdering",
    "Fullstendig metodevurdering"
  };
  private static final LocalDate FIRST_COMMISSION = LocalDate.of(2018, 1, 8);

  private final SplittableRandom random;
  private final LocalDate asOf;
  private final Products products = new Products();

  private SyntheticCases(long seed, LocalDate asOf) {
    this.random = new SplittableRandom(seed);
    this.asOf = asOf;
  }

  /**
   * {@code count} cases commissioned from 2018 to a few months before {@code asOf}, with milestones
   * after {@code asOf} left empty.
   */
  public static List<CaseRecord> generate(int count, long seed, LocalDate asOf) {
    List<CaseRecord> out = new ArrayList<>(count);
    generate(count, seed, asOf, out::add);
    return out;
  }

  /**
   * As {@link #generate(int, long, LocalDate)}, handing each case to {@code sink} in turn, in order
   * of commission.
   */
  public static void generate(int count, long seed, LocalDate asOf, Consumer<CaseRecord> sink) {
    new SyntheticCases(seed, asOf).cases(count, sink);
  }

  /**
   * Two passes over the same random streams: the first draws what happens before the queue and
   * simulates the case handlers, the second draws the rest of each case around its assignment day.
   * Each product and case has a stream of its own, split off in the same order in both passes, so
   * the second redraws exactly what the first drew while only a few primitive arrays are kept.
   */
  private void cases(int count, Consumer<CaseRecord> sink) {
    double[] starts = new double[count];
    for (int i = 0; i < count; i++) {
      // More cases in later years, as the number of methods grows.
      starts[i] = StrictMath.pow(random.nextDouble(), 0.8);
    }
    Arrays.sort(starts);
    long streams = random.nextLong();
    long[] queued = new long[count];
    long[] rank = new long[count];
    int[] active = new int[count];
    int[] queuedCount = {0};
    walk(
        count,
        starts,
        streams,
        (index, productRandom, cases) -> {
          for (int k = 0; k < cases.length; k++) {
            Intake in = Intake.draw(cases[k].random(), cases[k].commissioned());
            if (in.queued() != null) {
              int c = index + k;
              queued[queuedCount[0]++] = CaseHandlers.key((int) in.queued().toEpochDay(), c);
              rank[c] = CaseHandlers.rank(in.priority(), (int) in.order().toEpochDay(), c);
              active[c] = in.active();
            }
          }
        });
    // Commissions stop 60 days before the as-of date; a year's arrivals are known up to then.
    int[] assigned = CaseHandlers.assign(queued, queuedCount[0], rank, active, asOf.minusDays(60));
    walk(
        count,
        starts,
        streams,
        (index, productRandom, cases) -> {
          Products.Product p = products.draw(productRandom, cases[0].commissioned());
          for (int k = 0; k < cases.length; k++) {
            SplittableRandom r = cases[k].random();
            Intake in = Intake.draw(r, cases[k].commissioned());
            int day = assigned[index + k];
            LocalDate assignedOn = in.queued() == null ? null : LocalDate.ofEpochDay(day);
            sink.accept(
                build(
                    r,
                    p,
                    p.indications()[k],
                    cases[k].commissioned(),
                    in,
                    assignedOn,
                    index + k + 2));
          }
        });
  }

  /** One indication of a product: its commission date and its own random stream. */
  private record Indication(LocalDate commissioned, SplittableRandom random) {}

  /** What {@link #walk} hands on for each product. */
  private interface ProductVisitor {
    void visit(int index, SplittableRandom productRandom, Indication[] cases);
  }

  /**
   * Goes through the products in order of commission, splitting the same streams in the same order
   * on every call: {@code index} is the product's first case's place in the output.
   */
  private void walk(int count, double[] starts, long streams, ProductVisitor visitor) {
    SplittableRandom byProduct = new SplittableRandom(streams);
    long span = spanDays();
    int made = 0;
    for (int i = 0; made < count; i++) {
      SplittableRandom productRandom = byProduct.split();
      SplittableRandom first = productRandom.split();
      SplittableRandom second = productRandom.split();
      LocalDate commissioned = FIRST_COMMISSION.plusDays((long) (starts[i] * span));
      // Some methods carry a second indication, commissioned later under the same ID.
      LocalDate later = commissioned.plusDays(productRandom.nextInt(30, 400));
      boolean two =
          productRandom.nextDouble() < 0.12
              && made + 1 < count
              && later.isBefore(asOf.minusDays(30));
      Indication[] cases =
          two
              ? new Indication[] {
                new Indication(commissioned, first), new Indication(later, second)
              }
              : new Indication[] {new Indication(commissioned, first)};
      visitor.visit(made, productRandom, cases);
      made += cases.length;
      i += cases.length - 1; // one start date per case keeps the spread over the years
    }
  }

  private long spanDays() {
    return asOf.minusDays(60).toEpochDay() - FIRST_COMMISSION.toEpochDay();
  }

  private CaseRecord build(
      SplittableRandom r,
      Products.Product p,
      String indication,
      LocalDate commissioned,
      Intake in,
      LocalDate assigned,
      long line) {
    LocalDate ma = in.ma();
    LocalDate report = null;
    int stops = 0;
    if (assigned != null) {
      stops = r.nextDouble() < 0.45 ? Gaussian.logNormalDays(r, 45, 0.6) : 0;
      report = assigned.plusDays(in.active() + stops);
    }
    LocalDate negotiation = null;
    LocalDate decisionDate = null;
    if (report != null) {
      boolean negotiated = r.nextDouble() >= 0.08;
      negotiation = negotiated ? report.plusDays(Gaussian.logNormalDays(r, 55, 0.6)) : null;
      decisionDate = nextMeeting((negotiated ? negotiation : report).plusDays(7));
    }
    Decision decision = decisionDate == null ? null : decide(r);
    LocalDate available = null;
    if (decision == Decision.INTRODUCED) {
      available = decisionDate;
    } else if (decision == Decision.NOT_INTRODUCED && r.nextDouble() < 0.2) {
      available = nextMeeting(decisionDate.plusDays(r.nextInt(180, 500)));
    }
    if (ma != null && decisionDate != null && ma.isAfter(decisionDate)) {
      ma = decisionDate.minusDays(r.nextInt(10, 60));
    }
    LocalDate[] dates = {
      ma,
      in.requested(),
      commissioned,
      in.documentation(),
      assigned,
      report,
      negotiation,
      decisionDate,
      available
    };
    int[] days = new int[dates.length];
    for (int k = 0; k < dates.length; k++) {
      days[k] =
          dates[k] == null || dates[k].isAfter(asOf)
              ? CaseRecord.ABSENT
              : (int) dates[k].toEpochDay();
    }
    if (days[Milestone.DECISION_DATE.ordinal()] == CaseRecord.ABSENT) {
      decision = null;
    }
    if (days[Milestone.REPORT_COMPLETED.ordinal()] == CaseRecord.ABSENT) {
      // Only the clock stops that have happened by the as-of date are known: the rule of a cut.
      stops =
          assigned == null || assigned.isAfter(asOf)
              ? 0
              : AsKnownOn.stopsSoFar(stops, (int) assigned.toEpochDay(), (int) asOf.toEpochDay());
    }
    Map<String, String> columns = new HashMap<>();
    columns.put(CaseColumns.SUBSTANCE, p.substance());
    columns.put(CaseColumns.TRADE_NAME, p.tradeName());
    columns.put(CaseColumns.INDICATION, indication);
    columns.put(CaseColumns.AREA, p.area().name());
    columns.put(CaseColumns.METHOD_TYPE, Products.pick(r, METHOD_TYPES));
    columns.put(CaseColumns.ORPHAN, p.orphan() ? "yes" : "no");
    columns.put(CaseColumns.ONCOLOGY, p.oncology() ? "yes" : "no");
    columns.put(CaseColumns.COMBINATION, p.combination() ? "yes" : "no");
    columns.put(CaseColumns.DECISION, decision == null ? "" : decision.code());
    return new CaseRecord(
        p.id(), indication, days, stops, decision, columns, new SourceLine("synthetic", line));
  }

  private static Decision decide(SplittableRandom r) {
    double u = r.nextDouble();
    return u < 0.72 ? Decision.INTRODUCED : u < 0.94 ? Decision.NOT_INTRODUCED : Decision.OTHER;
  }

  /** Beslutningsforum meets on the last Monday of each month except July. */
  private static LocalDate nextMeeting(LocalDate from) {
    LocalDate month = from.withDayOfMonth(1);
    while (true) {
      LocalDate meeting = month.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
      if (month.getMonthValue() != 7 && !meeting.isBefore(from)) {
        return meeting;
      }
      month = month.plusMonths(1);
    }
  }
}

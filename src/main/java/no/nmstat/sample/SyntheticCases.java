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
  /**
   * A therapeutic area: its share of the commissions (weight), the share of its medicines that
   * treat cancer, and its indications.
   */
  private record Area(String name, int weight, double oncologyShare, List<String> indications) {}

  private static final List<Area> AREAS =
      List.of(
          new Area(
              "Onkologi",
              30,
              1.0,
              List.of(
                  "Ikke-småcellet lungekreft, førstelinje",
                  "Metastatisk brystkreft",
                  "Prostatakreft, metastatisk kastrasjonsresistent",
                  "Føflekkreft (melanom), adjuvant",
                  "Tykk- og endetarmskreft",
                  "Eggstokkreft, vedlikehold")),
          new Area(
              "Hematologi",
              14,
              0.8,
              List.of(
                  "Myelomatose, tredjelinje",
                  "Kronisk lymfatisk leukemi",
                  "Diffust storcellet B-cellelymfom",
                  "Akutt myelogen leukemi")),
          new Area(
              "Nevrologi",
              10,
              0.0,
              List.of(
                  "Multippel sklerose, attakkvis",
                  "Migreneprofylakse",
                  "Spinal muskelatrofi",
                  "Amyotrofisk lateralsklerose")),
          new Area(
              "Sjeldne sykdommer",
              8,
              0.0,
              List.of("Cystisk fibrose", "Hemofili A", "Arvelig angioødem", "Fenylketonuri")),
          new Area(
              "Øyesykdommer",
              5,
              0.0,
              List.of("Våt aldersrelatert makuladegenerasjon", "Diabetisk makulaødem")),
          new Area(
              "Hjerte og kar",
              6,
              0.0,
              List.of(
                  "Hjertesvikt med redusert ejeksjonsfraksjon",
                  "Transtyretin-amyloidose med kardiomyopati")),
          new Area(
              "Infeksjonssykdommer",
              6,
              0.0,
              List.of("Kronisk hepatitt C", "HIV-1-infeksjon", "Covid-19, tidlig behandling")),
          new Area("Revmatologi", 5, 0.0, List.of("Psoriasisartritt", "Revmatoid artritt")),
          new Area(
              "Endokrinologi", 5, 0.0, List.of("Diabetes type 2, tilleggsbehandling", "Fedme")),
          new Area(
              "Lungesykdommer",
              4,
              0.0,
              List.of("Alvorlig astma", "Kronisk obstruktiv lungesykdom")),
          new Area(
              "Hudsykdommer",
              4,
              0.0,
              List.of("Atopisk dermatitt, moderat til alvorlig", "Plakkpsoriasis")),
          new Area(
              "Psykisk helse", 3, 0.0, List.of("Behandlingsresistent depresjon", "Schizofreni")));
  private static final String[] PREFIX = {
    "zan", "lor", "tepo", "vabi", "ecli", "sotra", "davo", "mira", "quila", "beni", "forta", "relu",
    "ximo", "talu", "obre", "kavi", "seli", "upa", "rimo", "dela"
  };
  private static final String[] MIDDLE = {"ti", "li", "za", "ro", "ve", "ma", "ci", "tu"};
  private static final String[] SUFFIX_ONCOLOGY = {"mab", "nib", "cel", "tinib", "ciclib"};
  private static final String[] SUFFIX_OTHER = {
    "mab", "tide", "gene", "stat", "parin", "glutid", "sentan"
  };
  private static final String[] TRADE_START = {
    "Vel", "Zy", "Ono", "Tre", "Kal", "Ari", "Nox", "Sel", "Quo", "Lum", "Brav", "Ex"
  };
  private static final String[] TRADE_END = {
    "ora", "ixa", "endo", "ivy", "esta", "umo", "arin", "elle", "oxa"
  };
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
  private final Map<Integer, Integer> sequenceByYear = new HashMap<>();

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
            Intake in = intake(cases[k].random(), cases[k].commissioned());
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
          Product p = product(productRandom, cases[0].commissioned());
          for (int k = 0; k < cases.length; k++) {
            SplittableRandom r = cases[k].random();
            Intake in = intake(r, cases[k].commissioned());
            int day = assigned[index + k];
            LocalDate assignedOn = in.queued() == null ? null : LocalDate.ofEpochDay(day);
            sink.accept(
                build(
                    r,
                    p,
                    p.indications[k],
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
    SplittableRandom products = new SplittableRandom(streams);
    long span = spanDays();
    int made = 0;
    for (int i = 0; made < count; i++) {
      SplittableRandom productRandom = products.split();
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

  /** What a method's cases share. */
  private record Product(
      String id,
      String substance,
      String tradeName,
      Area area,
      boolean oncology,
      boolean orphan,
      boolean combination,
      String[] indications) {}

  private Product product(SplittableRandom r, LocalDate commissioned) {
    Area area = pickArea(r);
    boolean oncology = r.nextDouble() < area.oncologyShare();
    boolean orphan = area.name().equals("Sjeldne sykdommer") || r.nextDouble() < 0.22;
    boolean combination = oncology ? r.nextDouble() < 0.25 : r.nextDouble() < 0.04;
    int year = commissioned.minusDays(40).getYear();
    int seq = sequenceByYear.merge(year, 1 + r.nextInt(3), Integer::sum);
    String id = String.format("ID%d_%03d", year, seq);
    String[] suffixes = oncology ? SUFFIX_ONCOLOGY : SUFFIX_OTHER;
    String substance = pick(r, PREFIX) + pick(r, MIDDLE) + pick(r, suffixes);
    String trade = pick(r, TRADE_START) + pick(r, TRADE_END);
    List<String> indications = area.indications();
    int first = r.nextInt(indications.size());
    int second = (first + 1 + r.nextInt(indications.size() - 1)) % indications.size();
    return new Product(
        id,
        substance,
        trade,
        area,
        oncology,
        orphan,
        combination,
        new String[] {indications.get(first), indications.get(second)});
  }

  /**
   * What happens to a case before a handler takes it, drawn first from the case's stream so both
   * passes agree.
   *
   * @param queued the day it joins the queue (null without documentation)
   * @param order the day its place in the queue goes by: documentation received, or the day it
   *     rejoins after being set aside
   */
  private record Intake(
      LocalDate requested,
      LocalDate ma,
      LocalDate documentation,
      LocalDate queued,
      LocalDate order,
      boolean priority,
      int active) {}

  private Intake intake(SplittableRandom r, LocalDate commissioned) {
    LocalDate requested = commissioned.minusDays(r.nextInt(20, 75));
    LocalDate ma =
        r.nextDouble() < 0.05 ? null : commissioned.plusDays(Math.round(normal(r, 40, 110)));
    if (r.nextDouble() >= 0.96) {
      return new Intake(requested, ma, null, null, null, false, 0);
    }
    LocalDate documentation = commissioned.plusDays(logNormalDays(r, 75, 0.6));
    // Validation and registration before the case joins the queue: days to a few weeks.
    LocalDate queued = documentation.plusDays(logNormalDays(r, 10, 0.6));
    // A few cases go to the front of the queue; a few others are set aside for months while the
    // company completes the documentation, and rejoin at the back.
    boolean priority = r.nextDouble() < 0.05;
    boolean setAside = r.nextDouble() < 0.04 && !priority;
    if (setAside) {
      queued = queued.plusDays(logNormalDays(r, 240, 0.7));
    }
    LocalDate order = setAside ? queued : documentation;
    int active = logNormalDays(r, 110, 0.4);
    return new Intake(requested, ma, documentation, queued, order, priority, active);
  }

  private CaseRecord build(
      SplittableRandom r,
      Product p,
      String indication,
      LocalDate commissioned,
      Intake in,
      LocalDate assigned,
      long line) {
    LocalDate ma = in.ma();
    LocalDate report = null;
    int stops = 0;
    if (assigned != null) {
      stops = r.nextDouble() < 0.45 ? logNormalDays(r, 45, 0.6) : 0;
      report = assigned.plusDays(in.active() + stops);
    }
    LocalDate negotiation = null;
    LocalDate decisionDate = null;
    if (report != null) {
      boolean negotiated = r.nextDouble() >= 0.08;
      negotiation = negotiated ? report.plusDays(logNormalDays(r, 55, 0.6)) : null;
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
      // Only the clock stops that have happened by the as-of date are known.
      stops =
          assigned == null || assigned.isAfter(asOf)
              ? 0
              : (int) Math.min(stops, (asOf.toEpochDay() - assigned.toEpochDay()) / 3);
    }
    Map<String, String> columns = new HashMap<>();
    columns.put(CaseColumns.SUBSTANCE, p.substance);
    columns.put(CaseColumns.TRADE_NAME, p.tradeName);
    columns.put(CaseColumns.INDICATION, indication);
    columns.put(CaseColumns.AREA, p.area.name());
    columns.put(CaseColumns.METHOD_TYPE, pick(r, METHOD_TYPES));
    columns.put(CaseColumns.ORPHAN, p.orphan ? "yes" : "no");
    columns.put(CaseColumns.ONCOLOGY, p.oncology ? "yes" : "no");
    columns.put(CaseColumns.COMBINATION, p.combination ? "yes" : "no");
    columns.put(CaseColumns.DECISION, decision == null ? "" : decision.code());
    return new CaseRecord(
        p.id, indication, days, stops, decision, columns, new SourceLine("synthetic", line));
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

  private static Area pickArea(SplittableRandom r) {
    int total = 0;
    for (Area a : AREAS) {
      total += a.weight();
    }
    int u = r.nextInt(total);
    for (Area a : AREAS) {
      u -= a.weight();
      if (u < 0) {
        return a;
      }
    }
    throw new IllegalStateException("weights");
  }

  private static String pick(SplittableRandom r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  private static int logNormalDays(SplittableRandom r, double median, double sigma) {
    return (int) Math.max(1, Math.round(median * StrictMath.exp(sigma * Gaussian.next(r))));
  }

  private static double normal(SplittableRandom r, double mean, double sd) {
    return mean + sd * Gaussian.next(r);
  }
}

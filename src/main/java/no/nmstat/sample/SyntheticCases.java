package no.nmstat.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
 * 140 in 2025, marketing authorisation to decision around a year; the queue before a case handler
 * is assigned peaks in 2020–2021, when some cases waited over a year. Milestones after the data's
 * as-of date are left empty, so cases are open at every stage. Substance and trade names are
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

  /** As {@link #generate(int, long, LocalDate)}, handing each case to {@code sink} in turn. */
  public static void generate(int count, long seed, LocalDate asOf, Consumer<CaseRecord> sink) {
    new SyntheticCases(seed, asOf).cases(count, sink);
  }

  private void cases(int count, Consumer<CaseRecord> sink) {
    int made = 0;
    long span = asOf.minusDays(60).toEpochDay() - FIRST_COMMISSION.toEpochDay();
    double[] starts = new double[count];
    for (int i = 0; i < count; i++) {
      // More cases in later years, as the number of methods grows.
      starts[i] = StrictMath.pow(random.nextDouble(), 0.8);
    }
    java.util.Arrays.sort(starts);
    for (int i = 0; made < count; i++) {
      LocalDate commissioned = FIRST_COMMISSION.plusDays((long) (starts[i] * span));
      Product p = product(commissioned);
      sink.accept(build(p, p.indications[0], commissioned, made + 2));
      made++;
      // Some methods carry a second indication, commissioned later under the same ID.
      LocalDate later = commissioned.plusDays(random.nextInt(30, 400));
      if (made < count && random.nextDouble() < 0.12 && later.isBefore(asOf.minusDays(30))) {
        sink.accept(build(p, p.indications[1], later, made + 2));
        made++;
        i++; // one start date per case keeps the spread over the years
      }
    }
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

  private Product product(LocalDate commissioned) {
    Area area = pickArea();
    boolean oncology = random.nextDouble() < area.oncologyShare();
    boolean orphan = area.name().equals("Sjeldne sykdommer") || random.nextDouble() < 0.22;
    boolean combination = oncology ? random.nextDouble() < 0.25 : random.nextDouble() < 0.04;
    int year = commissioned.minusDays(40).getYear();
    int seq = sequenceByYear.merge(year, 1 + random.nextInt(3), Integer::sum);
    String id = String.format("ID%d_%03d", year, seq);
    String[] suffixes = oncology ? SUFFIX_ONCOLOGY : SUFFIX_OTHER;
    String substance = pick(PREFIX) + pick(MIDDLE) + pick(suffixes);
    String trade = pick(TRADE_START) + pick(TRADE_END);
    List<String> indications = area.indications();
    int first = random.nextInt(indications.size());
    int second = (first + 1 + random.nextInt(indications.size() - 1)) % indications.size();
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

  private CaseRecord build(Product p, String indication, LocalDate commissioned, long line) {
    LocalDate requested = commissioned.minusDays(random.nextInt(20, 75));
    LocalDate ma =
        random.nextDouble() < 0.05 ? null : commissioned.plusDays(Math.round(normal(40, 110)));
    LocalDate documentation =
        random.nextDouble() < 0.04 ? null : commissioned.plusDays(logNormalDays(75, 0.6));
    LocalDate assigned = null;
    LocalDate report = null;
    int stops = 0;
    if (documentation != null) {
      // A few cases are left in the queue far longer than the year's typical wait.
      double stuck = random.nextDouble() < 0.04 ? 4 : 1;
      assigned =
          documentation.plusDays(logNormalDays(stuck * queueMedian(documentation.getYear()), 0.7));
      int active = logNormalDays(110, 0.4);
      stops = random.nextDouble() < 0.45 ? logNormalDays(45, 0.6) : 0;
      report = assigned.plusDays(active + stops);
    }
    LocalDate negotiation = null;
    LocalDate decisionDate = null;
    if (report != null) {
      boolean negotiated = random.nextDouble() >= 0.08;
      negotiation = negotiated ? report.plusDays(logNormalDays(55, 0.6)) : null;
      decisionDate = nextMeeting((negotiated ? negotiation : report).plusDays(7));
    }
    Decision decision = decisionDate == null ? null : decide();
    LocalDate available = null;
    if (decision == Decision.INTRODUCED) {
      available = decisionDate;
    } else if (decision == Decision.NOT_INTRODUCED && random.nextDouble() < 0.2) {
      available = nextMeeting(decisionDate.plusDays(random.nextInt(180, 500)));
    }
    if (ma != null && decisionDate != null && ma.isAfter(decisionDate)) {
      ma = decisionDate.minusDays(random.nextInt(10, 60));
    }
    LocalDate[] dates = {
      ma,
      requested,
      commissioned,
      documentation,
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
    columns.put(CaseColumns.METHOD_TYPE, pick(METHOD_TYPES));
    columns.put(CaseColumns.ORPHAN, p.orphan ? "yes" : "no");
    columns.put(CaseColumns.ONCOLOGY, p.oncology ? "yes" : "no");
    columns.put(CaseColumns.COMBINATION, p.combination ? "yes" : "no");
    columns.put(CaseColumns.DECISION, decision == null ? "" : decision.code());
    return new CaseRecord(
        p.id, indication, days, stops, decision, columns, new SourceLine("synthetic", line));
  }

  /** Median queue days by year documentation arrived: the backlog of 2020–2022, then relief. */
  private static double queueMedian(int year) {
    switch (year) {
      case 2018:
        return 30;
      case 2019:
        return 50;
      case 2020:
        return 100;
      case 2021:
        return 130;
      case 2022:
        return 90;
      case 2023:
        return 50;
      case 2024:
        return 35;
      default:
        return 25;
    }
  }

  private Decision decide() {
    double u = random.nextDouble();
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

  private Area pickArea() {
    int total = 0;
    for (Area a : AREAS) {
      total += a.weight();
    }
    int u = random.nextInt(total);
    for (Area a : AREAS) {
      u -= a.weight();
      if (u < 0) {
        return a;
      }
    }
    throw new IllegalStateException("weights");
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private int logNormalDays(double median, double sigma) {
    return (int) Math.max(1, Math.round(median * StrictMath.exp(sigma * standardNormal())));
  }

  private double normal(double mean, double sd) {
    return mean + sd * standardNormal();
  }

  private double standardNormal() {
    return Gaussian.next(random);
  }
}

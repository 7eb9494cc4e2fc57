package no.nmstat.sample;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The invented methods the synthetic cases belong to: therapeutic areas weighted by their share of
 * the commissions, substance and trade names put together from syllables, and IDs numbered per year
 * as Nye metoder numbers them ({@code ID2023_014}). The draws come from the stream {@link
 * SyntheticCases} hands in, so the same seed gives the same methods.
 */
final class Products {
  /**
   * A therapeutic area: its share of the commissions (weight), the share of its medicines that
   * treat cancer, and its indications.
   */
  record Area(String name, int weight, double oncologyShare, List<String> indications) {}

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
  private final Map<Integer, Integer> sequenceByYear = new HashMap<>();

  /** What a method's cases share. */
  record Product(
      String id,
      String substance,
      String tradeName,
      Area area,
      boolean oncology,
      boolean orphan,
      boolean combination,
      String[] indications) {}

  /**
   * The next method, commissioned on {@code commissioned}: its area, names and indications, drawn
   * from {@code r}, and an ID numbered on from the ones before it in its year.
   */
  Product draw(SplittableRandom r, LocalDate commissioned) {
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

  /** One of {@code options}, each as likely. */
  static String pick(SplittableRandom r, String[] options) {
    return options[r.nextInt(options.length)];
  }
}

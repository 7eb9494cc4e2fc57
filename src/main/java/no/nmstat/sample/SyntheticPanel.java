package no.nmstat.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.SourceLine;
import no.nmstat.wait.Availability;
import no.nmstat.wait.PanelRow;

/**
 * A synthetic W.A.I.T. panel, the same for the same seed on every machine: medicines with EU
 * authorisation from October 2019 to March 2024 (so some fall outside a 2020–2023 cohort) and their
 * availability in eighteen countries as known on 30 June 2025 (so some come after a January 2025
 * cut-off).
 *
 * <p>Per country, a medicine becomes available with probability {@code reach}, after a log-normal
 * time with median {@code median} days (sigma 0.6). The two were fitted by simulation so that the
 * 2020–2023 cohort at the 5 January 2025 cut-off gives rates and mean days of the published order
 * (method.md §5): Norway about 38% and 520 days, Germany about 88% and 130 days, Denmark, Sweden
 * and Finland about 200, 320 and 330 days; six eastern EU states with low access bring the EU
 * average near the published 46% and 578 days.
 */
public final class SyntheticPanel {
  /** Country, reach, median days, share of available medicines with limits. */
  private static final Object[][] COUNTRIES = {
    {"AT", 0.81, 270, 0.35}, {"BE", 0.73, 600, 0.35}, {"DE", 0.88, 110, 0.15},
    {"DK", 0.63, 170, 0.30}, {"ES", 0.82, 670, 0.40}, {"FI", 0.53, 300, 0.30},
    {"FR", 0.76, 510, 0.35}, {"IT", 0.82, 410, 0.40}, {"NL", 0.70, 330, 0.30},
    {"NO", 0.47, 540, 0.35}, {"PL", 0.45, 750, 0.45}, {"SE", 0.58, 290, 0.30},
    {"BG", 0.33, 1110, 0.45}, {"HR", 0.48, 810, 0.45}, {"LT", 0.38, 900, 0.45},
    {"LV", 0.37, 970, 0.45}, {"RO", 0.35, 1010, 0.45}, {"SK", 0.42, 850, 0.45},
  };

  private static final LocalDate FIRST = LocalDate.of(2019, 10, 1);
  private static final LocalDate LAST = LocalDate.of(2024, 3, 31);
  private static final LocalDate KNOWN = LocalDate.of(2025, 6, 30);

  private SyntheticPanel() {}

  /** {@code products} medicines, each with one row per country. */
  public static List<PanelRow> generate(int products, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long span = LAST.toEpochDay() - FIRST.toEpochDay();
    List<PanelRow> rows = new ArrayList<>();
    for (int p = 1; p <= products; p++) {
      int ma = (int) (FIRST.toEpochDay() + random.nextLong(span + 1));
      boolean oncology = random.nextDouble() < 0.32;
      boolean orphan = random.nextDouble() < 0.27;
      boolean combination = random.nextDouble() < (oncology ? 0.2 : 0.05);
      String product = String.format("P%03d", p);
      for (Object[] c : COUNTRIES) {
        int available = CaseRecord.ABSENT;
        Availability availability = Availability.NONE;
        if (random.nextDouble() < (double) c[1]) {
          double z = Gaussian.next(random);
          int day = ma + (int) Math.max(1, Math.round((int) c[2] * StrictMath.exp(0.6 * z)));
          if (day <= KNOWN.toEpochDay()) {
            available = day;
            availability =
                random.nextDouble() < (double) c[3] ? Availability.LIMITED : Availability.FULL;
          }
        }
        rows.add(
            new PanelRow(
                product,
                ma,
                (String) c[0],
                available,
                availability,
                oncology,
                orphan,
                combination,
                new SourceLine("synthetic", rows.size() + 2L)));
      }
    }
    return rows;
  }
}

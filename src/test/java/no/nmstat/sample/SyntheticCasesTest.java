package no.nmstat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import no.nmstat.io.CaseWriter;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;
import org.junit.jupiter.api.Test;

/** The synthetic case list's queue: a simulation of DMP's case handlers (data/README.md). */
class SyntheticCasesTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 10, 31);

  /** A case's documentation and assignment days. */
  private record Queued(int documented, int assigned) {}

  private static List<Queued> queued(List<CaseRecord> cases) {
    List<Queued> out = new ArrayList<>();
    for (CaseRecord c : cases) {
      if (c.has(Milestone.DOCUMENTATION_RECEIVED) && c.has(Milestone.ASSIGNED)) {
        out.add(new Queued(c.day(Milestone.DOCUMENTATION_RECEIVED), c.day(Milestone.ASSIGNED)));
      }
    }
    return out;
  }

  private static String csv(List<CaseRecord> cases) throws IOException {
    StringBuilder out = new StringBuilder();
    CaseWriter.write(cases, out);
    return out.toString();
  }

  /**
   * Guards the shipped sample's reproducibility: the two passes and the simulation must not depend
   * on anything but the seed (no hash order, no clock, no shared state between runs).
   */
  @Test
  void sameSeedSameCases() throws IOException {
    String first = csv(SyntheticCases.generate(3000, 11, AS_OF));
    assertThat(csv(SyntheticCases.generate(3000, 11, AS_OF))).isEqualTo(first);
    assertThat(csv(SyntheticCases.generate(3000, 12, AS_OF))).isNotEqualTo(first);
  }

  /**
   * Guards the capacity: the queue is simulated, not drawn per case, and the handlers' load of
   * 2020–2021 makes documentation arrive faster than cases are taken, so the wait of cases
   * documented in 2021 is far above that of 2018 and 2025.
   */
  @Test
  void casesWaitLongestWhenArrivalsOutpaceTheHandlers() {
    List<Queued> cases = queued(SyntheticCases.generate(20_000, 2025, AS_OF));
    double y2018 = medianQueue(cases, 2018);
    double y2021 = medianQueue(cases, 2021);
    double y2025 = medianQueue(cases, 2025);
    assertThat(y2021).isGreaterThanOrEqualTo(2 * y2018).isGreaterThanOrEqualTo(2 * y2025);
    // data/README.md: about 30 d in 2018, 100-130 d in 2020-2021, 25-35 d in 2024-2025.
    assertThat(y2018).isBetween(20.0, 40.0);
    assertThat(y2021).isBetween(100.0, 160.0);
    assertThat(y2025).isBetween(20.0, 45.0);
  }

  private static double medianQueue(List<Queued> cases, int year) {
    int[] waits =
        cases.stream()
            .filter(c -> LocalDate.ofEpochDay(c.documented()).getYear() == year)
            .mapToInt(c -> c.assigned() - c.documented())
            .sorted()
            .toArray();
    int n = waits.length;
    return n % 2 == 1 ? waits[n / 2] : (waits[n / 2 - 1] + waits[n / 2]) / 2.0;
  }

  /**
   * Guards the order: handlers take cases mostly in order of documentation received, but priority
   * cases jump the queue and set-aside cases fall behind. Of the pairs of cases assigned on
   * different days at most 90 days apart, the share whose documentation came in the same order is
   * high but below 1; and some case overtakes one documented two months before it.
   */
  @Test
  void casesAreTakenMostlyInOrderOfDocumentation() {
    List<Queued> cases = queued(SyntheticCases.generate(2000, 7, AS_OF));
    cases.sort(Comparator.comparingInt(Queued::assigned));
    long pairs = 0;
    long inOrder = 0;
    int longestOvertaking = 0;
    for (int i = 0; i < cases.size(); i++) {
      for (int j = i + 1; j < cases.size(); j++) {
        Queued earlier = cases.get(i);
        Queued later = cases.get(j);
        if (later.assigned() - earlier.assigned() > 90) {
          break;
        }
        if (later.assigned() > earlier.assigned()) {
          pairs++;
          inOrder += earlier.documented() <= later.documented() ? 1 : 0;
          longestOvertaking =
              Math.max(longestOvertaking, earlier.documented() - later.documented());
        }
      }
    }
    double share = (double) inOrder / pairs;
    assertThat(share).isBetween(0.85, 0.99);
    assertThat(longestOvertaking).isGreaterThan(60);
  }

  /**
   * Guards the regularity: assignments come when handlers finish cases, so their count in equal
   * periods varies less than a Poisson stream's (dispersion index, variance over mean, below 1), as
   * real assignment streams do. Four-week periods, not calendar months, whose unequal lengths would
   * add variance growing with the number of cases; each year's periods against their own year's
   * mean in the steady years 2023–2024; averaged over ten seeds, as one seed's 24 periods estimate
   * the index only to about ±0.25.
   */
  @Test
  void assignmentsAreMoreRegularThanPoisson() {
    double sum = 0;
    int seeds = 10;
    for (int seed = 1; seed <= seeds; seed++) {
      List<Queued> cases = queued(SyntheticCases.generate(5000, seed, AS_OF));
      double squares = 0;
      double counts = 0;
      for (int year = 2023; year <= 2024; year++) {
        int start = (int) LocalDate.of(year, 1, 1).toEpochDay();
        int[] perPeriod = new int[13];
        for (Queued c : cases) {
          int period = Math.floorDiv(c.assigned() - start, 28);
          if (period >= 0 && period < perPeriod.length) {
            perPeriod[period]++;
          }
        }
        double mean = Arrays.stream(perPeriod).average().orElseThrow();
        for (int n : perPeriod) {
          squares += (n - mean) * (n - mean);
        }
        counts += mean * (perPeriod.length - 1);
      }
      sum += squares / counts;
    }
    assertThat(sum / seeds).isLessThan(1.0);
  }
}

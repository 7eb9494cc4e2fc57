package no.nmstat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import no.nmstat.io.CaseReader;
import no.nmstat.io.CaseWriter;
import no.nmstat.io.ReadOptions;
import no.nmstat.metrics.Intervals;
import no.nmstat.metrics.Observation;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.CaseRecord;
import no.nmstat.sample.SyntheticCases;
import no.nmstat.stats.QuantileMethod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The kernels of a summary, measured apart: reading a case file (100,000 synthetic cases in
 * memory), deriving an interval for every case, and the percentiles of a million values. Run:
 * {@code java -jar target/bench-build/benchmarks.jar KernelBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KernelBenchmarks {
  private static final LocalDate AS_OF = LocalDate.of(2025, 10, 31);

  private byte[] file;
  private List<CaseRecord> cases;
  private int[] values;

  @Setup
  public void setUp() throws IOException {
    StringBuilder csv = new StringBuilder();
    CaseWriter.write(SyntheticCases.generate(100_000, 7, AS_OF), csv);
    file = csv.toString().getBytes(StandardCharsets.UTF_8);
    cases = read();
    values = new SplittableRandom(7).ints(1_000_000, 0, 2000).toArray();
  }

  private List<CaseRecord> read() {
    CaseReader reader = new CaseReader(ReadOptions.defaults());
    reader.read("bench.csv", file);
    return reader.result().cases();
  }

  /** Parsing and validating 100,000 cases (about 20 MB). */
  @Benchmark
  public List<CaseRecord> parse100k() {
    return read();
  }

  /** The queue interval of 100,000 cases. */
  @Benchmark
  public void queue100k(Blackhole bh) {
    Snapshot s = Snapshot.of(cases, (int) AS_OF.toEpochDay());
    for (CaseRecord c : s.cases()) {
      Observation o = Intervals.QUEUE.observe(c, s.asOfDay());
      bh.consume(o.days());
    }
  }

  /** p25, median, p75 and p90 (R type 7) of a million values. */
  @Benchmark
  public double[] quantiles1m() {
    return QuantileMethod.R7.quantiles(values.clone(), 0.25, 0.5, 0.75, 0.9);
  }
}

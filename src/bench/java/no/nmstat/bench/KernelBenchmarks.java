package no.nmstat.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import no.nmstat.io.CaseReader;
import no.nmstat.io.CaseWriter;
import no.nmstat.metrics.Intervals;
import no.nmstat.metrics.Observation;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.CaseRecord;
import no.nmstat.sample.SyntheticCases;
import no.nmstat.stats.QuantileMethod;
import no.nmstat.table.ReadOptions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
 *
 * <p>Why the CSV reader is written by hand (io/CsvScanner) rather than with Apache Commons CSV,
 * which the project uses to write CSV: {@link #commonsCsv100k} splits the same file into records
 * and fields, one String per field as its API gives them; {@code KernelBenchmarksCsv} (package io)
 * runs CsvScanner on it, with and without a String per field. The scanner works on bytes and
 * decodes only the fields a reader asks for (dates straight from the bytes), so most cells never
 * become Strings. Measured 2026-11-24 on the project's 2-core machine (AMD EPYC, OpenJDK 17.0.15),
 * {@code -f 1 -wi 3 -i 5}, two runs, while other builds kept the load average at 4 to 9, so the
 * range of the ten measured iterations is given, median in brackets (ms per 100,000 cases):
 * CsvScanner splitting 21–32 (25), CsvScanner with Strings 46–439 (82), Commons CSV 159–724 (426),
 * the whole read of parse100k (one thread: scan, decode, validate, build the cases) 312–796 (568).
 * An earlier whole-file measurement on 1M rows, one thread: 1.49 s for the reader on CsvScanner
 * against 3.65 s on Commons CSV. docs/benchmarks.md has the table.
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
    // One thread, as the Commons CSV baseline: the file (20 MB) is above the parallel threshold.
    CaseReader reader =
        new CaseReader(ReadOptions.defaults().parsing(1, ReadOptions.PARALLEL_FROM));
    reader.read("bench.csv", file);
    return reader.result().cases();
  }

  /** Parsing and validating 100,000 cases (about 20 MB), one thread. */
  @Benchmark
  public List<CaseRecord> parse100k() {
    return read();
  }

  /**
   * The baseline for {@link #parse100k}: Apache Commons CSV (RFC 4180) splitting the same bytes
   * into records and fields, no validation.
   */
  @Benchmark
  public long commonsCsv100k() throws IOException {
    long chars = 0;
    try (CSVParser parser =
        CSVParser.parse(
            new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8),
            CSVFormat.RFC4180)) {
      for (CSVRecord record : parser) {
        for (String field : record) {
          chars += field.length();
        }
      }
    }
    return chars;
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

package no.nmstat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import no.nmstat.io.CaseWriter;
import no.nmstat.sample.SyntheticCases;
import no.nmstat.table.CsvScanner;
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

/**
 * {@link CsvScanner} alone on the file of {@code KernelBenchmarks} (100,000 synthetic cases, about
 * 20 MB, in memory), beside that class's Commons CSV baseline: splitting into records and fields
 * (what the scanner does for every row), and the same with one String per field (what Commons CSV
 * always does). Run: {@code java -jar target/bench-build/benchmarks.jar KernelBenchmarks}, which
 * runs both classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KernelBenchmarksCsv {
  private byte[] file;

  @Setup
  public void setUp() throws IOException {
    StringBuilder csv = new StringBuilder();
    CaseWriter.write(SyntheticCases.generate(100_000, 7, LocalDate.of(2025, 10, 31)), csv);
    file = csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Records and field bounds of 100,000 cases, nothing decoded. */
  @Benchmark
  public long scan100k() throws CsvScanner.MalformedException {
    CsvScanner scanner = new CsvScanner(',');
    long fields = 0;
    for (int pos = 0; pos < file.length; ) {
      pos = scanner.scan(file, pos, file.length, true);
      fields += scanner.count();
    }
    return fields;
  }

  /** As {@link #scan100k}, with every field decoded to a String, as Commons CSV gives them. */
  @Benchmark
  public long scanToStrings100k() throws CsvScanner.MalformedException {
    CsvScanner scanner = new CsvScanner(',');
    long chars = 0;
    for (int pos = 0; pos < file.length; ) {
      pos = scanner.scan(file, pos, file.length, true);
      for (int i = 0; i < scanner.count(); i++) {
        String field =
            new String(
                file, scanner.start(i), scanner.end(i) - scanner.start(i), StandardCharsets.UTF_8);
        chars += (scanner.escaped(i) ? field.replace("\"\"", "\"") : field).length();
      }
    }
    return chars;
  }
}

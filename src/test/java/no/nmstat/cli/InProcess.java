package no.nmstat.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The whole command line run in-process through {@link Nmstat#execute}, the entry {@code main}
 * uses, keeping what it wrote: the one way the tests run nmstat. Today is 2026-01-15, standard
 * input is empty, the working directory is the project and no stream is a terminal, unless a test
 * sets otherwise on {@link #environment()}.
 */
public final class InProcess {
  /** Today in every test run: 2026-01-15, noon UTC. */
  public static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);

  /** The project folder, where {@code data/} is. */
  public static final Path PROJECT = Path.of("").toAbsolutePath();

  /** What one run wrote to standard output and standard error, and its exit code. */
  public record Run(String stdout, String stderr, int exit) {}

  private InProcess() {}

  /** The test environment, to be changed where a test needs it; {@link #run} sets the output. */
  public static Environment.Builder environment() {
    return Environment.builder().workingDirectory(PROJECT).clock(TODAY);
  }

  /** Runs {@code args} in {@code environment}, with standard output and error kept. */
  public static Run run(Environment.Builder environment, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env = environment.out(new PrintWriter(out)).err(new PrintWriter(err)).build();
    int exit = Nmstat.execute(env, args.toArray(String[]::new));
    return new Run(out.toString(), err.toString(), exit);
  }

  /** Runs {@code args} in {@code dir} with {@code stdin} as standard input. */
  public static Run run(Path dir, InputStream stdin, List<String> args) {
    return run(environment().workingDirectory(dir).in(stdin), args);
  }

  /** Runs {@code args} in the project folder. */
  public static Run run(String... args) {
    return run(environment(), List.of(args));
  }
}

package no.nmstat.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What a run of the command line sees of the world, so that tests run the whole CLI in-process.
 *
 * @param out standard output: data only
 * @param err standard error: diagnostics
 * @param in standard input, read for the file name {@code -}
 * @param workingDirectory where relative file names are resolved
 * @param clock the source of today's date (the default as-of date)
 * @param terminal whether standard output is a terminal (the default format is then a table)
 * @param errTerminal whether standard error is a terminal (progress is then shown)
 * @param binaryOut standard output as bytes, for binary formats (xlsx), or null when the
 *     environment has none (then such output needs {@code -o FILE})
 * @param width the terminal's width in characters, which tables fit; 0 for no limit
 * @param programPath the folders where helper programs are looked for (the PATH): Chromium, which
 *     prints the report to PDF; null when there is none
 */
public record Environment(
    PrintWriter out,
    PrintWriter err,
    InputStream in,
    Path workingDirectory,
    Clock clock,
    boolean terminal,
    boolean errTerminal,
    java.io.OutputStream binaryOut,
    int width,
    String programPath) {

  /** This environment with standard error {@code err}. */
  Environment withErr(PrintWriter err) {
    return new Environment(
        out,
        err,
        in,
        workingDirectory,
        clock,
        terminal,
        errTerminal,
        binaryOut,
        width,
        programPath);
  }

  /**
   * A builder of an environment, each field named where it is set. What is not set is what a run
   * with nothing attached would see: no output kept, an empty standard input, the current
   * directory, the system clock, no terminal, no byte stream for standard output, tables of any
   * width, and the process's PATH.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Environment}; see {@link Environment#builder()} for what is not set. */
  public static final class Builder {
    private PrintWriter out = new PrintWriter(java.io.Writer.nullWriter());
    private PrintWriter err = new PrintWriter(java.io.Writer.nullWriter());
    private InputStream in = InputStream.nullInputStream();
    private Path workingDirectory = Path.of("").toAbsolutePath();
    private Clock clock = new DefaultZoneClock();
    private boolean terminal;
    private boolean errTerminal;
    private java.io.OutputStream binaryOut;
    private int width;
    private String programPath = System.getenv("PATH");

    private Builder() {}

    /** Standard output. */
    public Builder out(PrintWriter out) {
      this.out = out;
      return this;
    }

    /** Standard error. */
    public Builder err(PrintWriter err) {
      this.err = err;
      return this;
    }

    /** Standard input. */
    public Builder in(InputStream in) {
      this.in = in;
      return this;
    }

    /** Where relative file names are resolved. */
    public Builder workingDirectory(Path workingDirectory) {
      this.workingDirectory = workingDirectory;
      return this;
    }

    /** The source of today's date. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Whether standard output is a terminal. */
    public Builder terminal(boolean terminal) {
      this.terminal = terminal;
      return this;
    }

    /** Whether standard error is a terminal. */
    public Builder errTerminal(boolean errTerminal) {
      this.errTerminal = errTerminal;
      return this;
    }

    /** Standard output as bytes, for binary formats. */
    public Builder binaryOut(java.io.OutputStream binaryOut) {
      this.binaryOut = binaryOut;
      return this;
    }

    /** The terminal's width in characters; 0 for no limit. */
    public Builder width(int width) {
      this.width = width;
      return this;
    }

    /** The folders where helper programs are looked for (a PATH value), or null for none. */
    public Builder programPath(String programPath) {
      this.programPath = programPath;
      return this;
    }

    /** The environment as set. */
    public Environment build() {
      return new Environment(
          out,
          err,
          in,
          workingDirectory,
          clock,
          terminal,
          errTerminal,
          binaryOut,
          width,
          programPath);
    }
  }

  /**
   * The process's own streams, directory and clock; output is UTF-8. Java cannot tell whether
   * stderr is a terminal, so the launcher passes {@code -Dnmstat.stderr.terminal=true}, and the
   * same for stdout.
   */
  public static Environment system() {
    OutputFailure stdout =
        new OutputFailure(new java.io.FileOutputStream(java.io.FileDescriptor.out));
    boolean errTerminal = Boolean.getBoolean("nmstat.stderr.terminal");
    java.io.Writer err = new OutputStreamWriter(System.err, StandardCharsets.UTF_8);
    return builder()
        .out(new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)))
        .err(new PrintWriter(errTerminal ? new WrappedNotes(err, terminalWidth()) : err))
        .in(System.in)
        .terminal(stdoutTerminal())
        .errTerminal(errTerminal)
        .binaryOut(stdout)
        .width(terminalWidth())
        .build();
  }

  /**
   * The terminal's width as well-kept command-line tools read it: {@code COLUMNS}, else what the
   * launcher measured ({@code -Dnmstat.columns}, from {@code tput cols}), else 80.
   */
  private static int terminalWidth() {
    for (String v : new String[] {System.getenv("COLUMNS"), System.getProperty("nmstat.columns")}) {
      if (v != null && v.strip().matches("\\d{1,4}") && Integer.parseInt(v.strip()) >= 20) {
        return Integer.parseInt(v.strip());
      }
    }
    return 80;
  }

  /**
   * Whether standard output is a terminal: the launcher says so ({@code -Dnmstat.stdout.terminal});
   * without it, Java's console, which also needs standard input to be a terminal ({@code cat x.csv
   * | nmstat summary -} would then print CSV to a terminal).
   */
  // The check asks for isTerminal() where Java 22 no longer returns a null console: done below,
  // and a null console still means no terminal before Java 22.
  @SuppressWarnings("SystemConsoleNull")
  private static boolean stdoutTerminal() {
    String told = System.getProperty("nmstat.stdout.terminal");
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    Console console = System.console();
    return console != null && isTerminal(console);
  }

  /**
   * {@code Console.isTerminal()}, looked up since it is Java 22's: from Java 22 a console can exist
   * without a terminal. Before that, having a console means being at one.
   */
  private static boolean isTerminal(Console console) {
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /**
   * The system clock in the default time zone, which it looks up when first asked: the look-up
   * reads the time-zone database, several milliseconds of start-up that a run given its as-of date
   * never needs.
   */
  private static final class DefaultZoneClock extends Clock {
    private Clock clock;

    private Clock clock() {
      if (clock == null) {
        clock = Clock.system(java.time.ZoneId.systemDefault());
      }
      return clock;
    }

    @Override
    public java.time.ZoneId getZone() {
      return clock().getZone();
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return Clock.system(zone);
    }

    @Override
    public java.time.Instant instant() {
      return java.time.Instant.now();
    }
  }
}

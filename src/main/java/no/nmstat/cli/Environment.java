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

  /** An environment whose standard error is not a terminal. */
  public Environment(
      PrintWriter out,
      PrintWriter err,
      InputStream in,
      Path workingDirectory,
      Clock clock,
      boolean terminal) {
    this(out, err, in, workingDirectory, clock, terminal, false);
  }

  /** An environment without a byte stream for standard output. */
  public Environment(
      PrintWriter out,
      PrintWriter err,
      InputStream in,
      Path workingDirectory,
      Clock clock,
      boolean terminal,
      boolean errTerminal) {
    this(
        out,
        err,
        in,
        workingDirectory,
        clock,
        terminal,
        errTerminal,
        null,
        0,
        System.getenv("PATH"));
  }

  /** This environment with tables fitted to {@code columns} characters. */
  public Environment withWidth(int columns) {
    return new Environment(
        out,
        err,
        in,
        workingDirectory,
        clock,
        terminal,
        errTerminal,
        binaryOut,
        columns,
        programPath);
  }

  /** This environment with helper programs looked for in {@code path} (a PATH value). */
  public Environment withProgramPath(String path) {
    return new Environment(
        out, err, in, workingDirectory, clock, terminal, errTerminal, binaryOut, width, path);
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
    return new Environment(
        new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)),
        new PrintWriter(errTerminal ? new WrappedNotes(err, terminalWidth()) : err),
        System.in,
        Path.of("").toAbsolutePath(),
        new DefaultZoneClock(),
        stdoutTerminal(),
        errTerminal,
        stdout,
        terminalWidth(),
        System.getenv("PATH"));
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

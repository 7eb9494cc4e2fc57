package no.nmstat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command and the factory of the whole command line. */
@Command(
    name = "nmstat",
    mixinStandardHelpOptions = true,
    versionProvider = Nmstat.Version.class,
    description = {
      "Processing times of new medicines in Norway's Nye metoder system:"
          + " queue, assessment, clock stops, negotiation and decision.",
      ""
    },
    subcommands = {
      SummaryCommand.class,
      CasesCommand.class,
      PhasesCommand.class,
      BacklogCommand.class,
      OutliersCommand.class,
      CheckCommand.class,
      WaitCommand.class,
      ReportCommand.class,
      ValidateCommand.class,
      SampleCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  nmstat summary data/cases-sample.csv",
      "  nmstat summary cases.csv --by year --intervals queue,assessment -f markdown",
      "  nmstat cases cases.csv --format csv > per-case.csv",
      "  nmstat backlog cases.csv --every quarter",
      "  nmstat outliers cases.csv --interval queue --over 365",
      "  nmstat check cases.csv --require 'median(assessment) <= 180'",
      "  nmstat wait panel.csv --cohort 2020..2023 --cutoff 2025-01-05 --focus NO",
      "  nmstat report cases.csv -o report.html",
      "  nmstat validate cases.csv",
      "",
      "Exit codes: 0 ok, 1 check failed, 2 usage, 65 bad input data, 66 input missing or"
          + " unreadable, 70 internal error."
    })
public final class Nmstat implements Runnable {
  private final Environment environment;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean debug;

  Nmstat(Environment environment) {
    this.environment = environment;
  }

  Environment environment() {
    return environment;
  }

  @Override
  public void run() {
    throw new UsageException("a command is required: summary, cases, backlog, outliers,"
        + " check, phases, wait, report, validate or sample");
  }

  /** The command line wired to {@code environment}: the one `main` runs and tests use. */
  public static CommandLine commandLine(Environment environment) {
    CommandLine cmd = new CommandLine(new Nmstat(environment));
    Failures failures = new Failures(environment.err());
    cmd.setOut(environment.out());
    cmd.setErr(environment.err());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(failures);
    cmd.setParameterExceptionHandler(failures);
    return cmd;
  }

  /** Runs {@code args} and returns the exit code. */
  public static int execute(Environment environment, String... args) {
    int code = commandLine(environment).execute(args);
    environment.out().flush();
    environment.err().flush();
    return code;
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Nmstat.class.getResourceAsStream("/nmstat-version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"nmstat " + p.getProperty("version", "unknown")};
    }
  }
}

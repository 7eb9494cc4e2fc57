package no.nmstat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.UsageMessageSpec;
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
    // Followed by the exit codes, from ExitStatus (commandLine).
    footer = {
      "",
      "Examples:",
      "  nmstat summary data/cases-sample.csv",
      "  nmstat summary cases.csv --by year --intervals queue,assessment -f markdown",
      "  nmstat trend cases.csv --intervals assessment --every tertial",
      "  nmstat cases cases.csv --format csv > per-case.csv",
      "  nmstat backlog cases.csv --every quarter",
      "  nmstat outliers cases.csv --interval queue --over 365",
      "  nmstat forecast cases.csv --as-of 2025-10-31",
      "  nmstat tracker cases.csv --state queue,assessment",
      "  nmstat check cases.csv --require 'median(assessment) <= 180'",
      "  nmstat wait panel.csv --cohort 2020..2023 --cutoff 2025-01-05 --focus NO",
      "  nmstat report cases.csv -o report.html",
      "  nmstat validate cases.csv",
      ""
    })
public final class Nmstat implements Callable<Integer> {
  private final Provenance provenance = new Provenance();
  private final Environment environment;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean debug;

  Nmstat(Environment environment) {
    this.environment = environment.withErr(provenance.recording(environment.err()));
  }

  Environment environment() {
    return environment;
  }

  /** How the output of this run is made, for the outputs that say so. */
  Provenance provenance() {
    return provenance;
  }

  /** Without a command: the overview of the commands on stderr, a usage error. */
  @Override
  public Integer call() {
    Overview.print(environment.err());
    return ExitStatus.USAGE.code();
  }

  /**
   * The subcommands, in the order help lists them, each named as its constant in lower case with
   * hyphens: the one list of them.
   */
  enum Subcommand {
    SUMMARY("statistics of each interval: n, median, percentiles"),
    TREND("each interval per period, and whether it changed"),
    CASES("one row per case: milestone dates, interval days"),
    PHASES("days per phase by actor, for decided cases"),
    BACKLOG("cases in each state per period, flow in and out"),
    OUTLIERS("the cases whose interval runs over a threshold"),
    FORECAST("when each queued case is expected to get a handler"),
    TRACKER("every open case: its state, deadline, expected date"),
    CHECK("KPI rules; exit 1 when one fails (for CI jobs)"),
    WAIT("EFPIA W.A.I.T. indicators from a country panel"),
    REPORT("a self-contained HTML, Markdown or PDF report"),
    VALIDATE("check case files: every problem, what they record"),
    CHANGES("what changed from an older case list to a newer"),
    SAMPLE("a synthetic case file or panel, to try nmstat on"),
    GENERATE_COMPLETION("the bash/zsh completion script"),
    HELP("the help of a command");

    private final String commandName = name().toLowerCase(Locale.ROOT).replace('_', '-');
    private final String line;

    Subcommand(String line) {
      this.line = line;
    }

    /** What it does, in one line of the overview that {@code nmstat} alone prints. */
    String line() {
      return line;
    }

    /** The name typed on the command line. */
    String commandName() {
      return commandName;
    }

    /** The subcommand named {@code name}, or null. */
    static Subcommand named(String name) {
      for (Subcommand c : values()) {
        if (c.commandName.equals(name)) {
          return c;
        }
      }
      return null;
    }

    /** Whether it describes the whole command line, so that it needs every subcommand. */
    boolean aboutAll() {
      return this == HELP || this == GENERATE_COMPLETION;
    }

    /**
     * A new instance. A switch rather than constructor references: each reference is linked at
     * start-up, which a one-command run would pay for all; over an enum, the compiler checks that
     * no constant lacks its class.
     */
    Object create() {
      return switch (this) {
        case SUMMARY -> new SummaryCommand();
        case TREND -> new TrendCommand();
        case CASES -> new CasesCommand();
        case PHASES -> new PhasesCommand();
        case BACKLOG -> new BacklogCommand();
        case OUTLIERS -> new OutliersCommand();
        case FORECAST -> new ForecastCommand();
        case TRACKER -> new TrackerCommand();
        case CHECK -> new CheckCommand();
        case WAIT -> new WaitCommand();
        case REPORT -> new ReportCommand();
        case VALIDATE -> new ValidateCommand();
        case CHANGES -> new ChangesCommand();
        case SAMPLE -> new SampleCommand();
        case GENERATE_COMPLETION -> new CompletionCommand();
        case HELP -> new CommandLine.HelpCommand();
      };
    }
  }

  /** The command line wired to {@code environment} with every subcommand. */
  public static CommandLine commandLine(Environment environment) {
    return commandLine(environment, Subcommand.values());
  }

  /**
   * The command line for {@code args}: picocli reads every option of every subcommand it is given
   * by reflection, a large part of start-up, so a run that names a subcommand gets only that one
   * (help, generate-completion and anything else get all).
   */
  static CommandLine commandLine(Environment environment, String... args) {
    Subcommand first = args.length > 0 ? Subcommand.named(args[0]) : null;
    return commandLine(
        environment,
        first != null && !first.aboutAll() ? new Subcommand[] {first} : Subcommand.values());
  }

  private static CommandLine commandLine(Environment environment, Subcommand... subcommands) {
    CommandLine cmd = new CommandLine(new Nmstat(environment));
    for (Subcommand c : subcommands) {
      cmd.addSubcommand(c.commandName(), c.create());
    }
    UsageMessageSpec usage = cmd.getCommandSpec().usageMessage();
    String[] footer = Arrays.copyOf(usage.footer(), usage.footer().length + 1);
    footer[footer.length - 1] = ExitStatus.summary();
    usage.footer(footer);
    cmd.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, FOOTER);
    for (Map.Entry<String, CommandLine> e : cmd.getSubcommands().entrySet()) {
      String name = e.getKey();
      CommandLine sub = e.getValue();
      if (!name.equals("help")) {
        if (sub.getCommandSpec().userObject() instanceof BaseCommand c) {
          FormatOption.describe(sub.getCommandSpec(), c.formats());
        }
        sub.getCommandSpec()
            .usageMessage()
            .exitCodeListHeading("%nExit codes:%n")
            .exitCodeList(ExitStatus.helpList(name, sub.getCommandSpec().findOption("-o") != null));
        // -V of a subcommand prints what nmstat -V prints.
        sub.getCommandSpec().versionProvider(new Version());
        sub.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, FOOTER);
      }
    }
    WholeTokenHelp.install(cmd);
    Failures failures = new Failures(environment.err());
    cmd.setOut(environment.out());
    cmd.setErr(environment.err());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(failures);
    cmd.setParameterExceptionHandler(failures);
    return cmd;
  }

  /**
   * The footer of --help: a line indented by two spaces (an example command, or the continuation of
   * one) is printed as written, never wrapped, so that it can be copied into a shell; other lines
   * are wrapped to the width of the help as picocli does.
   */
  private static final CommandLine.IHelpSectionRenderer FOOTER = new Footer();

  /** The renderer of {@link #FOOTER}: a class, not a lambda, which start-up would link. */
  private static final class Footer implements CommandLine.IHelpSectionRenderer {
    @Override
    public String render(CommandLine.Help help) {
      StringBuilder sb = new StringBuilder(help.footerHeading());
      for (String line : help.commandSpec().usageMessage().footer()) {
        if (line.startsWith("  ")) {
          sb.append(String.format(line)).append(System.lineSeparator());
        } else {
          CommandLine.Help.join(
              help.ansi(),
              help.commandSpec().usageMessage().width(),
              help.commandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters(),
              new String[] {WholeTokenHelp.keep(line)},
              sb);
        }
      }
      return sb.toString();
    }
  }

  /** Reports a failed write to standard output (quietly for a broken pipe). */
  static int outputFailed(OutputFailure.StdoutException e, PrintWriter err) {
    if (!e.brokenPipe()) {
      err.println("nmstat: cannot write output: " + e.reason());
    }
    err.flush();
    return e.status().code();
  }

  /** Runs {@code args} and returns the exit code. */
  public static int execute(Environment environment, String... args) {
    int code;
    try {
      CommandLine cmd = commandLine(environment, args);
      ((Nmstat) cmd.getCommand()).provenance.commandLine(args);
      code = cmd.execute(args);
      environment.out().flush();
    } catch (OutputFailure.StdoutException e) {
      code = outputFailed(e, environment.err());
    } catch (OutOfMemoryError e) {
      environment
          .err()
          .println(
              "nmstat: out of memory; give Java more, e.g. NMSTAT_JAVA_OPTS="
                  + "-Xmx4g scripts/nmstat ..., or java -Xmx4g -jar nmstat.jar ...");
      code = ExitStatus.INTERNAL_ERROR.code();
    } catch (Error e) {
      // Errors pass picocli's handler, which sees Exceptions only: no stack trace either.
      environment
          .err()
          .println("nmstat: internal error: " + e + " (rerun with --debug for details)");
      if (Arrays.asList(args).contains("--debug")) {
        e.printStackTrace(environment.err());
      }
      code = ExitStatus.INTERNAL_ERROR.code();
    }
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

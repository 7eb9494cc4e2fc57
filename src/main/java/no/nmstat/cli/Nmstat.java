package no.nmstat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

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
    footer = {
      "",
      "Examples:",
      "  nmstat summary data/cases-sample.csv",
      "  nmstat summary cases.csv --by year --intervals queue,assessment -f markdown",
      "  nmstat cases cases.csv --format csv > per-case.csv",
      "  nmstat backlog cases.csv --every quarter",
      "  nmstat outliers cases.csv --interval queue --over 365",
      "  nmstat forecast cases.csv --as-of 2025-10-31",
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

  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
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
    throw new ParameterException(
        spec.commandLine(),
        "a command is required: summary, cases, backlog, outliers, forecast,"
            + " check, phases, wait, report, validate, sample or generate-completion");
  }

  /** The subcommands, in the order help lists them. */
  private static final List<String> COMMANDS =
      List.of(
          "summary",
          "cases",
          "phases",
          "backlog",
          "outliers",
          "forecast",
          "check",
          "wait",
          "report",
          "validate",
          "sample",
          "generate-completion",
          "help");

  /**
   * A new instance of the subcommand {@code name}. A switch rather than a map of constructor
   * references: each reference is linked at start-up, which a one-command run would pay for all.
   */
  private static Object newCommand(String name) {
    return switch (name) {
      case "summary" -> new SummaryCommand();
      case "cases" -> new CasesCommand();
      case "phases" -> new PhasesCommand();
      case "backlog" -> new BacklogCommand();
      case "outliers" -> new OutliersCommand();
      case "forecast" -> new ForecastCommand();
      case "check" -> new CheckCommand();
      case "wait" -> new WaitCommand();
      case "report" -> new ReportCommand();
      case "validate" -> new ValidateCommand();
      case "sample" -> new SampleCommand();
      case "generate-completion" -> new CompletionCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** The subcommands that describe the whole command line, so they need every subcommand. */
  private static final java.util.Set<String> ABOUT_ALL =
      java.util.Set.of("help", "generate-completion");

  /** The command line wired to {@code environment} with every subcommand. */
  public static CommandLine commandLine(Environment environment) {
    return commandLine(environment, COMMANDS);
  }

  /**
   * The command line for {@code args}: picocli reads every option of every subcommand it is given
   * by reflection, a large part of start-up, so a run that names a subcommand gets only that one
   * (help, generate-completion and anything else get all).
   */
  static CommandLine commandLine(Environment environment, String... args) {
    String first = args.length > 0 ? args[0] : "";
    return commandLine(
        environment,
        COMMANDS.contains(first) && !ABOUT_ALL.contains(first) ? List.of(first) : COMMANDS);
  }

  private static CommandLine commandLine(
      Environment environment, java.util.Collection<String> names) {
    CommandLine cmd = new CommandLine(new Nmstat(environment));
    for (String name : names) {
      cmd.addSubcommand(name, newCommand(name));
    }
    cmd.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, FOOTER);
    for (Map.Entry<String, CommandLine> e : cmd.getSubcommands().entrySet()) {
      String name = e.getKey();
      CommandLine sub = e.getValue();
      if (!name.equals("help")) {
        sub.getCommandSpec()
            .usageMessage()
            .exitCodeListHeading("%nExit codes:%n")
            .exitCodeList(exitCodes(name, sub.getCommandSpec().findOption("-o") != null));
        // -V of a subcommand prints what nmstat -V prints.
        sub.getCommandSpec().versionProvider(new Version());
        sub.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, FOOTER);
      }
    }
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
              new String[] {line},
              sb);
        }
      }
      return sb.toString();
    }
  }

  /**
   * The exit codes {@code command} can return, for its --help (method.md §6); {@code writesFile}:
   * it takes {@code -o}.
   */
  private static Map<String, String> exitCodes(String command, boolean writesFile) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("0", "ok" + (command.equals("validate") ? ": no errors (warnings allowed)" : ""));
    if (command.equals("check")) {
      m.put("1", "a rule failed, or there were no cases to judge (see --allow-empty)");
    }
    m.put("2", "usage: an unknown option, value or name");
    if (!command.equals("sample") && !command.equals("generate-completion")) {
      m.put("65", "bad input data (every problem is listed on stderr)");
      m.put("66", "an input file is missing or unreadable");
    }
    m.put("70", "internal error, or out of memory (NMSTAT_JAVA_OPTS=-Xmx4g)");
    if (writesFile) {
      m.put("73", "the -o file cannot be created");
    }
    m.put("74", "standard output cannot be written (disk full, closed)");
    m.put("141", "the reader of the output pipe went away");
    return m;
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
      code = commandLine(environment, args).execute(args);
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
      if (java.util.Arrays.asList(args).contains("--debug")) {
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

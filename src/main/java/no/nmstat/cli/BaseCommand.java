package no.nmstat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand has: the environment of the run and its exit code contract. */
abstract class BaseCommand implements Callable<Integer> {
  @ParentCommand Nmstat root;

  @Spec CommandSpec spec;

  Environment env() {
    return root.environment();
  }

  @Override
  public final Integer call() throws Exception {
    refuseOutputOverAnInput();
    // Usage errors of -o and -f come before anything is read.
    FormatOption output = FormatOption.of(spec);
    if (output != null) {
      output.resolve(env());
    }
    ExitStatus status = run();
    env().out().flush();
    env().err().flush();
    return status.code();
  }

  /** The labels of the options and parameters that name a file the command reads. */
  private static final Set<String> INPUT_LABELS = Set.of("FILE", "PANEL", "OLD", "NEW");

  /**
   * A usage error, before anything is read, when {@code -o} names a file the command reads (by the
   * same path, {@code ./}, a symbolic or a hard link): writing it would replace the input with the
   * output.
   */
  private void refuseOutputOverAnInput() {
    OptionSpec o = spec.findOption("-o");
    String output = o == null ? null : o.getValue();
    if (output == null || output.equals("-")) {
      return;
    }
    Path target = env().workingDirectory().resolve(output);
    for (String input : inputs(o)) {
      if (!input.equals("-")
          && OutputFile.isSameFile(target, env().workingDirectory().resolve(input))) {
        throw new ParameterException(
            spec.commandLine(),
            "-o " + output + " is the input file " + input + ": write the output to another file");
      }
    }
  }

  /** The files named on the command line to be read (every argument but {@code output}). */
  private List<String> inputs(OptionSpec output) {
    List<ArgSpec> args = new ArrayList<>(spec.positionalParameters());
    args.addAll(spec.options());
    List<String> names = new ArrayList<>();
    for (ArgSpec a : args) {
      if (a != output && INPUT_LABELS.contains(a.paramLabel())) {
        Object value = a.getValue();
        if (value instanceof String name) {
          names.add(name);
        } else if (value instanceof List<?> list) {
          list.forEach(v -> names.add(String.valueOf(v)));
        }
      }
    }
    return names;
  }

  /** How the output of this run is made: inputs and as-of date are recorded there. */
  Provenance provenance() {
    return root.provenance();
  }

  /** The formats the command writes with {@code -o} and {@code -f} ({@link FormatOption}). */
  FormatOption.Formats formats() {
    return FormatOption.Formats.TABLE;
  }

  /** Does the command's work; failures are thrown and mapped by {@link Failures}. */
  abstract ExitStatus run() throws Exception;
}

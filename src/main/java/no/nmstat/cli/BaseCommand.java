package no.nmstat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
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
    ExitStatus status = run();
    env().out().flush();
    env().err().flush();
    return status.code();
  }

  /** Does the command's work; failures are thrown and mapped by {@link Failures}. */
  abstract ExitStatus run() throws Exception;
}

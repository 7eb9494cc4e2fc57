package no.nmstat.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/**
 * {@code nmstat generate-completion}: the bash completion script for every command and option, made
 * by picocli from the same command model as the help (it works in zsh through bashcompinit).
 */
@Command(
    name = "generate-completion",
    mixinStandardHelpOptions = true,
    description = "Print a bash/zsh completion script for nmstat to stdout.",
    footer = {
      "",
      "Examples:",
      "  nmstat generate-completion > ~/.local/share/bash-completion/completions/nmstat",
      "  source <(nmstat generate-completion)",
      "",
      "scripts/install puts it in place; zsh needs 'autoload -U +X bashcompinit && bashcompinit'"
          + " first."
    })
final class CompletionCommand extends BaseCommand {
  @Override
  ExitStatus run() {
    env().out().print(AutoComplete.bash("nmstat", spec.root().commandLine()));
    return ExitStatus.OK;
  }
}

package no.nmstat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.nmstat.metrics.Intervals;
import no.nmstat.model.Milestone;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code nmstat generate-completion}: the bash completion script for every command and option, made
 * by picocli from the same command model as the help (it works in zsh through bashcompinit).
 *
 * <p>picocli completes file names only for values typed as files, and offers an enum's constants as
 * written in Java; nmstat's file names are strings, and its values are typed in lower case. So the
 * script is made from a copy of the model where every positional parameter (each one is an input
 * file) and every option whose value is named {@link #FILE_LABELS one of} is a file, and every
 * candidate value is in lower case. Values that depend on the data (column names, dates) get no
 * candidates: a guess would be wrong as often as right.
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
  /** The parameter labels of options whose value is a file name. */
  static final Set<String> FILE_LABELS = Set.of("FILE", "PANEL", "OLD", "NEW");

  @Override
  ExitStatus run() {
    CommandLine model = Nmstat.commandLine(env());
    model.getSubcommands().values().forEach(sub -> forCompletion(sub.getCommandSpec()));
    env().out().print(AutoComplete.bash("nmstat", model));
    return ExitStatus.OK;
  }

  /**
   * Replaces the arguments of {@code command} by their completion view (see the class comment): new
   * specs with only what the script is made from, names, label, arity, type and candidates.
   */
  private static void forCompletion(CommandSpec command) {
    for (PositionalParamSpec p : List.copyOf(command.positionalParameters())) {
      command.remove(p);
      command.add(
          PositionalParamSpec.builder()
              .index(p.index())
              .paramLabel(p.paramLabel())
              .arity(p.arity())
              .hidden(p.hidden())
              .type(Path.class)
              .build());
    }
    for (OptionSpec o : List.copyOf(command.options())) {
      if (o.arity().max() > 0) {
        command.remove(o);
        command.add(
            OptionSpec.builder(o.names())
                .paramLabel(o.paramLabel())
                .arity(o.arity())
                .hidden(o.hidden())
                .type(FILE_LABELS.contains(o.paramLabel()) ? Path.class : String.class)
                .completionCandidates(lowerCase(o.completionCandidates()))
                .build());
      }
    }
  }

  /** {@code candidates} as typed on the command line, in lower case; null for none. */
  private static List<String> lowerCase(Iterable<String> candidates) {
    if (candidates == null) {
      return null;
    }
    List<String> lower = new ArrayList<>();
    candidates.forEach(c -> lower.add(c.toLowerCase(Locale.ROOT)));
    return lower;
  }

  /** The canonical milestone names, for options whose value is one: --year-of. */
  static final class MilestoneNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (Milestone m : Milestone.all()) {
        names.add(m.column());
      }
      return names.iterator();
    }
  }

  /** The standard interval names, for options whose value is one: --intervals, --interval. */
  static final class IntervalNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Intervals.byName().keySet().iterator();
    }
  }
}

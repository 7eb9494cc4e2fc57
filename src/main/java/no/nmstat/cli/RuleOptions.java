package no.nmstat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nmstat.check.Rule;
import no.nmstat.io.InvalidInputException;
import no.nmstat.metrics.Interval;
import no.nmstat.table.InputFileException;
import no.nmstat.table.InputProblem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The KPI rules {@code check} judges: given with {@code --require}, or read from a {@code --rules}
 * file, one per line with {@code #} comments; a rule that does not parse is a usage error pointing
 * at the place.
 */
final class RuleOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--require",
      paramLabel = "RULE",
      description = "A rule, e.g. 'median(assessment) <= 180'; repeatable.")
  List<String> require = new ArrayList<>();

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "A file of rules, one per line, # for comments.")
  String rulesFile;

  private static final int MAX_RULES_BYTES = 1 << 20;

  /** The rules of --require and --rules, parsed against the intervals {@code known}. */
  List<Rule> rules(Map<String, Interval> known, Environment env)
      throws InputFileException, InvalidInputException {
    List<Rule> rules = new ArrayList<>();
    for (String r : require) {
      rules.add(parse(r, known, "--require"));
    }
    if (rulesFile != null) {
      List<String> lines = readRules(env);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        int hash = line.indexOf('#');
        String text = hash < 0 ? line : line.substring(0, hash);
        if (!text.isBlank()) {
          rules.add(parse(text, known, rulesFile + ":" + (i + 1)));
        }
      }
    }
    if (rules.isEmpty()) {
      throw new ParameterException(
          mixee.commandLine(), "no rules: give --require RULE or --rules FILE");
    }
    return rules;
  }

  /**
   * The rules file's lines. A rules file is a few lines of text: one over 1 MiB, or with a NUL
   * byte, is refused as bad input (exit 65) before it is read to the end ({@code /dev/zero}).
   */
  private List<String> readRules(Environment env) throws InputFileException, InvalidInputException {
    Path path = env.workingDirectory().resolve(rulesFile);
    try (java.io.InputStream in = Files.newInputStream(path)) {
      byte[] text = in.readNBytes(MAX_RULES_BYTES + 1);
      int nul = -1;
      for (int i = 0; i < text.length && nul < 0; i++) {
        nul = text[i] == 0 ? i : -1;
      }
      if (nul >= 0 || text.length > MAX_RULES_BYTES) {
        long line = 1;
        for (int i = 0; i < (nul >= 0 ? nul : text.length); i++) {
          line += text[i] == '\n' ? 1 : 0;
        }
        String why =
            nul >= 0
                ? "binary data (a NUL byte): not a rules file"
                : "over 1 MiB: not a rules file";
        throw new InvalidInputException(
            List.of(new InputProblem(rulesFile, line, "-", "", why)), 1, true);
      }
      return new String(text, StandardCharsets.UTF_8).lines().toList();
    } catch (NoSuchFileException e) {
      throw new InputFileException(rulesFile + ": no such file", e);
    } catch (IOException e) {
      throw new InputFileException(rulesFile + ": cannot read: " + e.getMessage(), e);
    }
  }

  private Rule parse(String text, Map<String, Interval> known, String where) {
    try {
      return Rule.parse(text, known.keySet());
    } catch (Rule.SyntaxException e) {
      throw new ParameterException(
          mixee.commandLine(),
          where + ": " + e.getMessage() + "\n  " + e.rule() + "\n  " + e.pointer());
    }
  }
}

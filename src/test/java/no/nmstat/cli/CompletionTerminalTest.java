package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The completion script as a user meets it: an interactive bash or zsh in a pseudo-terminal (tmux),
 * the script sourced, a command line typed and Tab pressed. Skipped where tmux or the shell is not
 * installed.
 *
 * <p>The working folder holds {@code data/} with two case files, a panel and a rules file. Each
 * case types a line, presses Tab (twice in bash to list, once in zsh, whose second Tab would pick
 * the first candidate), then types a marker; when the marker shows, the shell has finished
 * completing, and the screen is what the user sees.
 */
class CompletionTerminalTest {
  private static final String MARKER = "@@";

  static Stream<Arguments> typed() {
    List<Arguments> all = new ArrayList<>();
    for (String shell : List.of("bash", "zsh")) {
      for (Object[] c : CASES) {
        all.add(Arguments.of(shell, c[0], c[1], c[2]));
      }
    }
    return all.stream();
  }

  /** What is typed before Tab; whether Tab lists (else completes); what the screen then shows. */
  private static final Object[][] CASES = {
    // Positionals are files: a folder lists its files, a unique start completes.
    {"nmstat summary data/", true, "cases-2024.csv.*cases-2025.csv|cases-2025.csv.*cases-2024.csv"},
    {
      "nmstat summary data/cases-2024", false, "\\$ nmstat summary data/cases-2024\\.csv ?" + MARKER
    },
    {
      "nmstat changes data/cases-2024.csv data/cases-2025",
      false,
      "data/cases-2025\\.csv ?" + MARKER
    },
    // File options.
    {"nmstat summary data/cases-2024.csv -o data/pa", false, "-o data/panel\\.csv ?" + MARKER},
    {
      "nmstat report data/cases-2024.csv --wait data/pa",
      false,
      "--wait data/panel\\.csv ?" + MARKER
    },
    {
      "nmstat check data/cases-2024.csv --rules data/ru",
      false,
      "--rules data/rules\\.txt ?" + MARKER
    },
    // Enumerated values in lower case, as they are typed.
    {"nmstat summary data/cases-2024.csv -f mark", false, "-f markdown ?" + MARKER},
    {"nmstat backlog data/cases-2024.csv --every qu", false, "--every quarter ?" + MARKER},
    {"nmstat report data/cases-2024.csv -f ht", false, "-f html ?" + MARKER},
    // Milestone and interval names.
    {
      "nmstat summary data/cases-2024.csv --by year --year-of doc",
      false,
      "--year-of documentation_received ?" + MARKER
    },
    {
      "nmstat summary data/cases-2024.csv --intervals ass",
      false,
      "--intervals assessment ?" + MARKER
    },
    {
      "nmstat outliers data/cases-2024.csv --interval neg",
      false,
      "--interval negotiation ?" + MARKER
    },
    // Column names depend on the file: none is guessed, and they are not file names.
    {"nmstat summary data/cases-2024.csv --by ", true, "(?s)(?!.*cases-2025).*--by " + MARKER},
  };

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("typed")
  void tabCompletes(String shell, String typed, boolean lists, String screen, @TempDir Path dir)
      throws IOException, InterruptedException {
    assumeTrue(onPath("tmux"), "tmux is not installed");
    assumeTrue(onPath(shell), shell + " is not installed");
    Path data = Files.createDirectories(dir.resolve("data"));
    for (String name : List.of("cases-2024.csv", "cases-2025.csv", "panel.csv", "rules.txt")) {
      Files.writeString(data.resolve(name), "");
    }
    Path script = dir.resolve("nmstat-completion");
    Files.writeString(
        script, InProcess.run("generate-completion").stdout(), StandardCharsets.UTF_8);
    Terminal t = new Terminal(dir, shell, script);
    try {
      t.type(typed);
      t.tab();
      if (lists && shell.equals("bash")) {
        t.tab();
      }
      t.type(MARKER);
      String shown = t.screenWhenShown(MARKER);
      assertThat(shown).as(shown).containsPattern(screen);
    } finally {
      t.stop();
    }
  }

  /** An interactive shell in a tmux session of its own, with the completion script sourced. */
  private static final class Terminal {
    private final String socket;

    Terminal(Path dir, String shell, Path script) throws IOException, InterruptedException {
      socket = dir.resolve("tmux.sock").toString();
      List<String> start = new ArrayList<>(List.of("new-session", "-d", "-x", "200", "-y", "40"));
      start.addAll(List.of("-c", dir.toString(), "env", "-i", "HOME=" + dir, "TERM=xterm"));
      start.add("PATH=" + System.getenv("PATH"));
      if (shell.equals("bash")) {
        Files.writeString(dir.resolve(".bashrc"), "PS1='$ '\nsource " + script + "\n");
        start.addAll(List.of("bash", "--noprofile", "--rcfile", dir + "/.bashrc", "-i"));
      } else {
        // compinit -u: the temporary folder's owner is not checked (compaudit would ask).
        Files.writeString(
            dir.resolve(".zshrc"),
            "PS1='$ '\nautoload -U compinit && compinit -u\nsource " + script + "\n");
        start.addAll(List.of("env", "ZDOTDIR=" + dir, "zsh", "-i"));
      }
      tmux(start.toArray(String[]::new));
      // Ready when the prompt shows, which the shell prints after its start-up file: keys typed
      // before would be echoed by the terminal, and a Tab among them not seen by the shell.
      screenWhen(screen -> screen.lines().anyMatch(l -> l.startsWith("$")));
    }

    void type(String text) throws IOException, InterruptedException {
      tmux("send-keys", "-t", "0", "-l", text);
    }

    void tab() throws IOException, InterruptedException {
      tmux("send-keys", "-t", "0", "Tab");
    }

    /** The screen once a line of it ends with {@code text}. */
    String screenWhenShown(String text) throws IOException, InterruptedException {
      return screenWhen(screen -> screen.lines().anyMatch(l -> l.endsWith(text)));
    }

    /** The screen once it is {@code ready} (or as it is after 30 seconds). */
    private String screenWhen(Predicate<String> ready) throws IOException, InterruptedException {
      String screen = "";
      for (int i = 0; i < 300 && !ready.test(screen); i++) {
        Thread.sleep(100);
        screen = tmux("capture-pane", "-p", "-t", "0");
      }
      return screen;
    }

    private String tmux(String... args) throws IOException, InterruptedException {
      List<String> command = new ArrayList<>(List.of("tmux", "-S", socket));
      command.addAll(Arrays.asList(args));
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(output).isZero();
      return output;
    }

    void stop() throws IOException, InterruptedException {
      tmux("kill-server");
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null
        && Arrays.stream(path.split(File.pathSeparator))
            .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }
}

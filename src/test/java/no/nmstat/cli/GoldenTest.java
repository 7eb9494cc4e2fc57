package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the whole command line in-process on each folder under {@code golden/}: {@code args} (one
 * argument per line) in that folder as working directory (inputs shared by several cases live in
 * {@code golden/_inputs}), {@code stdin} if present, and compares stdout, stderr and the exit code
 * with the files {@code stdout}, {@code stderr} and {@code exit}. Today is 2026-01-15 and stdout is
 * not a terminal.
 *
 * <p>{@code mvn test -Dtest=GoldenTest -Dgolden.update=true} rewrites the expected files that
 * differ, and each case whose files it rewrote fails (so an update never passes unnoticed): review
 * the diff, then run again without the flag.
 */
class GoldenTest {
  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("_"))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Path root() throws URISyntaxException {
    return Path.of(GoldenTest.class.getResource("/golden").toURI());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGoldenFiles(String name) throws Exception {
    Path dir = root().resolve(name);
    List<String> args = Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8);
    Path stdinFile = dir.resolve("stdin");
    InProcess.Run run;
    // A case without a stdin file reads an empty standard input, as from /dev/null.
    try (InputStream stdin =
        Files.exists(stdinFile) ? Files.newInputStream(stdinFile) : InputStream.nullInputStream()) {
      run = InProcess.run(dir, stdin, args);
    }
    if (Boolean.getBoolean("golden.update")) {
      Path source = Path.of("src/test/resources/golden", name);
      // Each file is updated, whichever changed before it.
      boolean changed = update(source.resolve("stdout"), run.stdout());
      changed |= update(source.resolve("stderr"), run.stderr());
      changed |= update(source.resolve("exit"), run.exit() + "\n");
      // An update must never pass silently: each changed case fails once, to be reviewed.
      assertThat(changed)
          .as(
              "updated expected files for %s; review git diff, then run again without"
                  + " -Dgolden.update",
              name)
          .isFalse();
      return;
    }
    assertThat(run.stdout()).as("stdout").isEqualTo(read(dir.resolve("stdout")));
    assertThat(run.stderr()).as("stderr").isEqualTo(read(dir.resolve("stderr")));
    assertThat(run.exit())
        .as("exit code")
        .isEqualTo(Integer.parseInt(read(dir.resolve("exit")).strip()));
  }

  /** Writes {@code text} to {@code file} unless it holds it already; whether it was written. */
  private static boolean update(Path file, String text) throws IOException {
    if (Files.exists(file) && read(file).equals(text)) {
      return false;
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return true;
  }

  private static String read(Path p) throws IOException {
    return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
  }
}

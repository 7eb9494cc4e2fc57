package no.nmstat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package map of {@code docs/implementation.md} against the code: the packages it names are the
 * packages there are, and each one's "uses" are exactly the project packages its files import, so a
 * new dependency fails the build until the map shows it. Also the house rules of that section: no
 * package but {@code cli} over 25 files, no file over 300 lines.
 */
class PackageMapTest {
  private static final Path SOURCES = Path.of("src/main/java/no/nmstat");
  private static final Pattern ROW =
      Pattern.compile("^\\| `(\\w+)` \\| [^|]+ \\| ([^|]*) \\|$", Pattern.MULTILINE);
  private static final Pattern NAME = Pattern.compile("`(\\w+)`");
  private static final Pattern REFERENCE = Pattern.compile("\\bno\\.nmstat\\.(\\w+)\\.");

  @Test
  void theMapInTheDocumentIsTheCode() throws IOException {
    assertThat(documented()).isEqualTo(imported());
  }

  @Test
  void noPackageButTheCommandsHoldsMoreThan25Files() throws IOException {
    for (Map.Entry<String, Set<Path>> p : files().entrySet()) {
      if (!p.getKey().equals("cli")) {
        assertThat(p.getValue()).as(p.getKey()).hasSizeLessThanOrEqualTo(25);
      }
    }
  }

  @Test
  void noFileHoldsMoreThan300Lines() throws IOException {
    Set<String> tooLong = new TreeSet<>();
    for (Set<Path> package_ : files().values()) {
      for (Path file : package_) {
        if (Files.readAllLines(file).size() > 300) {
          tooLong.add(SOURCES.relativize(file).toString());
        }
      }
    }
    assertThat(tooLong).as("files over 300 lines").isEmpty();
  }

  private static Map<String, Set<String>> documented() throws IOException {
    String doc = Files.readString(Path.of("docs/implementation.md"));
    int from = doc.indexOf("### Package map");
    assertThat(from).as("docs/implementation.md has a section 'Package map'").isNotNegative();
    Map<String, Set<String>> map = new TreeMap<>();
    Matcher row = ROW.matcher(doc.substring(from));
    while (row.find()) {
      Set<String> uses = new TreeSet<>();
      Matcher name = NAME.matcher(row.group(2));
      while (name.find()) {
        uses.add(name.group(1));
      }
      map.put(row.group(1), uses);
    }
    return map;
  }

  /** Per package, the other project packages named in its code (imports or qualified names). */
  private static Map<String, Set<String>> imported() throws IOException {
    Map<String, Set<String>> map = new TreeMap<>();
    for (Map.Entry<String, Set<Path>> p : files().entrySet()) {
      Set<String> uses = new TreeSet<>();
      for (Path file : p.getValue()) {
        // Comments may name any package; only code is a dependency.
        String code =
            Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
          uses.add(m.group(1));
        }
      }
      uses.remove(p.getKey());
      map.put(p.getKey(), uses);
    }
    return map;
  }

  private static Map<String, Set<Path>> files() throws IOException {
    Map<String, Set<Path>> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(SOURCES)) {
      all.filter(f -> f.toString().endsWith(".java"))
          .forEach(
              f ->
                  files
                      .computeIfAbsent(
                          SOURCES.relativize(f.getParent()).toString(), k -> new TreeSet<>())
                      .add(f));
    }
    return files;
  }
}

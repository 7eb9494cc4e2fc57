package no.nmstat.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An HTML page printed to PDF by headless Chromium ({@code --print-to-pdf}), which honours the
 * page's print stylesheet (A4, charts kept with their titles, the numbers printed open). Java has
 * no renderer of its own for the page's CSS and SVG, so without Chromium there is no PDF.
 */
final class ChromiumPdf {
  /** The names the browser goes by on the PATH, in the order they are tried. */
  static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  /** How long a print may take before it is given up. */
  private static final long TIMEOUT_SECONDS = 120;

  private ChromiumPdf() {}

  /** The first of {@link #NAMES} that is an executable file in a folder of {@code path}. */
  static Optional<Path> onPath(String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (String name : NAMES) {
      for (String dir : path.split(File.pathSeparator)) {
        if (dir.isEmpty()) {
          continue;
        }
        Path candidate = Path.of(dir).resolve(name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The page printed by {@code chromium}; a failed print is an {@link OutputFile.WriteException}
   * (exit 73) naming {@code name}, the file as the user gave it.
   */
  static byte[] print(Path chromium, String html, String name) {
    Path dir = null;
    try {
      // A private folder (0700): the page holds the case data.
      dir = Files.createTempDirectory("nmstat-pdf");
      Path page = dir.resolve("report.html");
      Path pdf = dir.resolve("report.pdf");
      Path log = dir.resolve("chromium.log");
      Files.writeString(page, html, StandardCharsets.UTF_8);
      List<String> command =
          List.of(
              chromium.toString(),
              "--headless",
              "--no-sandbox",
              "--disable-gpu",
              "--disable-background-networking",
              "--disable-component-update",
              "--disable-sync",
              "--no-first-run",
              "--user-data-dir=" + dir.resolve("profile"),
              "--no-pdf-header-footer",
              "--print-to-pdf=" + pdf,
              page.toUri().toString());
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
              .start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw failed(name, "chromium did not finish within " + TIMEOUT_SECONDS + " s", null);
      }
      byte[] bytes = Files.exists(pdf) ? Files.readAllBytes(pdf) : new byte[0];
      if (p.exitValue() != 0 || !isPdf(bytes)) {
        throw failed(
            name,
            "chromium exited with "
                + p.exitValue()
                + " and "
                + (bytes.length == 0 ? "no PDF" : "no valid PDF")
                + lastLine(log),
            null);
      }
      return bytes;
    } catch (IOException e) {
      throw failed(name, "cannot run " + chromium + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failed(name, "interrupted while chromium printed", e);
    } finally {
      delete(dir);
    }
  }

  /** Whether {@code bytes} start as a PDF file does. */
  static boolean isPdf(byte[] bytes) {
    return bytes.length >= 5
        && Arrays.equals(Arrays.copyOf(bytes, 5), "%PDF-".getBytes(StandardCharsets.US_ASCII));
  }

  private static OutputFile.WriteException failed(String name, String reason, Throwable cause) {
    return new OutputFile.WriteException("cannot write " + name + ": " + reason, cause);
  }

  private static File nullFile() {
    return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
  }

  /** The log's last non-blank line after ": ", or nothing. */
  private static String lastLine(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "";
    }
    List<String> lines =
        Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
            .filter(l -> !l.isBlank())
            .toList();
    return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1).strip();
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // A leftover in the temporary folder is no reason to fail a report that was written.
    }
  }
}

package no.nmstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.nmstat.format.Plural;

/**
 * How the output of a run was made, for the outputs that stand alone as documents (xlsx, Markdown,
 * HTML; method.md §6): nmstat's version, the command line, the as-of date, the inputs with their
 * row counts, and every note and warning the run printed on standard error, caught as they pass.
 * Nothing that changes between two runs of the same command (no time of day), so that the same
 * input still gives the same bytes.
 */
final class Provenance {
  private static final String NOTE = "nmstat: note: ";
  private static final String WARNING = "nmstat: warning: ";
  // A word the shell takes as it is: anything else is quoted in the command line shown.
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private final List<String> args = new ArrayList<>();
  private LocalDate asOf;
  private final List<String> inputs = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** Records the arguments of the run. */
  void commandLine(String... arguments) {
    args.clear();
    args.addAll(List.of(arguments));
  }

  /** Records the date the cases were seen from. */
  void asOf(LocalDate date) {
    asOf = date;
  }

  /** Records files read together (as named on the command line) and their rows. */
  void read(List<String> files, long rows) {
    inputs.add(String.join(", ", files) + ": " + Plural.count(rows, "row", "rows"));
  }

  /**
   * {@code err} with each of nmstat's notes and warnings also recorded: every line written through
   * the returned writer reaches {@code err} at once, as written.
   */
  PrintWriter recording(PrintWriter err) {
    return new PrintWriter(new Recorder(err), true);
  }

  /**
   * The lines, each a sentence starting with what it is ("made by", "command", "as of", "input",
   * "note", "warning"), leaving out notes the output already shows.
   */
  List<String> lines(String version, List<String> shown) {
    List<String> lines = new ArrayList<>();
    lines.add("made by: " + version);
    List<String> words = new ArrayList<>(List.of("nmstat"));
    args.forEach(
        a -> words.add(PLAIN.matcher(a).matches() ? a : "'" + a.replace("'", "'\\''") + "'"));
    lines.add("command: " + String.join(" ", words));
    if (asOf != null) {
      lines.add("as of: " + asOf);
    }
    inputs.forEach(i -> lines.add("input: " + i));
    for (String n : notes) {
      if (!shown.contains(n.substring(n.indexOf(": ") + 2))) {
        lines.add(n);
      }
    }
    return lines;
  }

  /** Passes everything on to standard error, keeping nmstat's note and warning lines. */
  private final class Recorder extends Writer {
    private final PrintWriter err;
    private final StringBuilder line = new StringBuilder();

    Recorder(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void write(char[] buf, int off, int len) {
      err.write(buf, off, len);
      for (int i = off; i < off + len; i++) {
        if (buf[i] == '\n') {
          keep(line.toString());
          line.setLength(0);
        } else if (line.length() < 10_000) {
          line.append(buf[i]);
        }
      }
    }

    private void keep(String text) {
      if (text.startsWith(NOTE)) {
        notes.add("note: " + text.substring(NOTE.length()));
      } else if (text.startsWith(WARNING)) {
        notes.add("warning: " + text.substring(WARNING.length()));
      }
    }

    @Override
    public void flush() {
      err.flush();
    }

    @Override
    public void close() throws IOException {
      err.close();
    }
  }
}

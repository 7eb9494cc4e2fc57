package no.nmstat.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Standard error on a terminal: nmstat's own messages (lines starting {@code nmstat: }) are wrapped
 * at spaces to the terminal's width, continuation lines indented by two spaces. Every other line
 * passes through as written: a problem line ({@code FILE:LINE:COLUMN: ...}) stays whole, as a
 * compiler's do, for editors and grep, and the progress display's carriage returns are not held
 * back.
 */
final class WrappedNotes extends Writer {
  private static final String OWN = "nmstat: ";
  private static final String INDENT = "  ";

  private final Writer out;
  private final int width;
  // The current line while it is, or may become, one of nmstat's own messages.
  private final StringBuilder held = new StringBuilder();
  private boolean passing;

  WrappedNotes(Writer out, int width) {
    this.out = out;
    this.width = width;
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (c == '\n') {
        if (!passing) {
          out.write(wrapped(held.toString()));
          held.setLength(0);
        }
        out.write('\n');
        passing = false;
      } else if (passing) {
        out.write(c);
      } else {
        held.append(c);
        if (held.length() <= OWN.length() && !OWN.startsWith(held.toString())) {
          out.write(held.toString());
          held.setLength(0);
          passing = true;
        }
      }
    }
  }

  /** {@code line} broken at spaces into lines of at most the width, where words allow. */
  String wrapped(String line) {
    if (line.length() <= width) {
      return line;
    }
    StringBuilder b = new StringBuilder();
    int column = 0;
    boolean lineEmpty = true;
    int start = 0;
    while (start < line.length()) {
      int end = line.indexOf(' ', start);
      String word = line.substring(start, end < 0 ? line.length() : end);
      if (!lineEmpty && column + 1 + word.length() > width) {
        b.append('\n').append(INDENT);
        column = INDENT.length();
        lineEmpty = true;
      }
      if (!lineEmpty) {
        b.append(' ');
        column++;
      }
      b.append(word);
      column += word.length();
      lineEmpty = false;
      start = end < 0 ? line.length() : end + 1;
    }
    return b.toString();
  }

  @Override
  public void flush() throws IOException {
    // A held message waits for its line's end, which wrapping needs.
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.write(held.toString());
    held.setLength(0);
    out.close();
  }
}

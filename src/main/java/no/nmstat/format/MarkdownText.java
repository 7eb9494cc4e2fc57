package no.nmstat.format;

/** Escaping for text placed in Markdown, inside or outside a table. */
public final class MarkdownText {
  private MarkdownText() {}

  /**
   * {@code s} with what would change a table or inject markup escaped: pipes, HTML, emphasis,
   * links, code spans; line breaks become spaces.
   */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '|', '\\', '*', '_', '`', '[', ']' -> b.append('\\').append(c);
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}

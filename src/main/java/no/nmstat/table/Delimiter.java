package no.nmstat.table;

import java.util.Arrays;

/**
 * The field delimiter of a CSV file: Excel's {@code sep=;} hint line when the file starts with one,
 * else the most frequent of ';', ',' and tab outside quotes in the first non-blank line.
 *
 * @param character the delimiter
 * @param hinted whether a {@code sep=} line named it (the line is then not the header)
 */
public record Delimiter(char character, boolean hinted) {
  private static final byte[] SEP = {'s', 'e', 'p', '='};

  /** The delimiter of the text in {@code head[from, to)}. */
  static Delimiter of(byte[] head, int from, int to) {
    if (to - from >= 6
        && Arrays.equals(head, from, from + 4, SEP, 0, 4)
        && (head[from + 5] == '\n' || head[from + 5] == '\r')) {
      return new Delimiter((char) head[from + 4], true);
    }
    return new Delimiter(sniff(head, from, to), false);
  }

  /**
   * The delimiter of the first non-blank line in {@code b[from, to)}: the most frequent of ';', ','
   * and tab outside quotes.
   */
  public static char sniff(byte[] b, int from, int to) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    boolean content = false;
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (content) {
          break;
        }
      } else if (!quoted) {
        content |= !(c == ' ' || c == '\t' || c == '\f');
        comma += c == ',' ? 1 : 0;
        semicolon += c == ';' ? 1 : 0;
        tab += c == '\t' ? 1 : 0;
      }
    }
    if (semicolon > comma && semicolon >= tab) {
      return ';';
    }
    return tab > comma ? '\t' : ',';
  }
}

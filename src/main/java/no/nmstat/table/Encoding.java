package no.nmstat.table;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The character set of a text file as Norwegian Excel writes it: a byte-order mark decides (UTF-8,
 * UTF-16LE, UTF-16BE); without one the text is read as UTF-8 ({@link CsvInput} reads it again as
 * Windows-1252 when it turns out not to be).
 *
 * @param charset the character set to read with first
 * @param start where the text starts (after a UTF-8 mark)
 * @param wide whether the file is UTF-16, which is not ASCII-compatible and is turned into UTF-8
 *     before scanning
 */
public record Encoding(Charset charset, int start, boolean wide) {
  /** Windows-1252, the code page of Excel's "CSV (semikolondelt)" on Norwegian Windows. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The encoding of a file starting with {@code head}; {@code forced} (or null) wins. */
  static Encoding of(byte[] head, int length, Charset forced) {
    Charset bom = null;
    int skip = 0;
    if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
      bom = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(head, length, 0xFF, 0xFE)) {
      bom = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(head, length, 0xFE, 0xFF)) {
      bom = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    Charset charset = forced != null ? forced : bom != null ? bom : StandardCharsets.UTF_8;
    int start = forced == null || forced.equals(bom) ? skip : 0;
    boolean wide = charset.name().startsWith("UTF-16");
    return new Encoding(charset, start, wide);
  }

  /** The UTF-16 text of {@code source} as UTF-8 bytes. */
  ByteSource toUtf8(ByteSource source) {
    byte[] all = new byte[(int) source.size()];
    source.read(0, all, 0, all.length);
    String text = new String(all, start, all.length - start, charset);
    return ByteSource.of(text.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean startsWith(byte[] bytes, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

package no.nmstat.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a spreadsheet export into text without flags: a byte-order mark decides
 * when present; otherwise bytes that are valid UTF-8 are read as UTF-8, and anything else as
 * Windows-1252, the code page Norwegian Excel writes.
 */
public final class TextDecoder {
  /** Windows-1252, the code page of Excel's "CSV (semikolondelt)" on Norwegian Windows. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** The decoded text and the character set it was read as. */
  public record Text(String content, Charset charset) {}

  /**
   * Decodes {@code bytes}, with {@code forced} (may be null) overriding detection.
   */
  public static Text decode(byte[] bytes, Charset forced) {
    int bomLength = 0;
    Charset bomCharset = null;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      bomLength = 3;
      bomCharset = StandardCharsets.UTF_8;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      bomLength = 2;
      bomCharset = StandardCharsets.UTF_16LE;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      bomLength = 2;
      bomCharset = StandardCharsets.UTF_16BE;
    }
    if (forced != null) {
      int skip = forced.equals(bomCharset) ? bomLength : 0;
      return new Text(new String(bytes, skip, bytes.length - skip, forced), forced);
    }
    if (bomCharset != null) {
      return new Text(new String(bytes, bomLength, bytes.length - bomLength, bomCharset), bomCharset);
    }
    try {
      String utf8 =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Text(utf8, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return new Text(new String(bytes, WINDOWS_1252), WINDOWS_1252);
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
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

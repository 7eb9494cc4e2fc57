package no.nmstat.table;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The encoding verdict of a CSV file, taken on every record whatever columns a reader uses, so that
 * one file gets one verdict in every command.
 *
 * <p>Read as UTF-8, a record must be strict UTF-8 (else the file is read again as Windows-1252) and
 * free of C1 control characters (else it is binary). Read as Windows-1252, the check notes the
 * first line with a well-formed UTF-8 sequence of two or more bytes and the first with a byte that
 * is not UTF-8: a file with both mixes encodings, and no single reading of it is right.
 */
final class TextCheck {
  /** A record is not valid UTF-8: the file must be read as Windows-1252. */
  static final class NotUtf8Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotUtf8Exception() {
      super(null, null, false, false);
    }
  }

  /** A record holds a C1 control character: the input is not text. */
  static final class ControlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int character;

    ControlException(int character) {
      super(null, null, false, false);
      this.character = character;
    }
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private final boolean utf8;
  private long utf8Line;
  private long otherLine;

  /** A check of text read as UTF-8 ({@code utf8}) or as Windows-1252. */
  TextCheck(boolean utf8) {
    this.utf8 = utf8;
  }

  /** The first line (from 1 in the stretch; 0: none) with a multi-byte UTF-8 sequence. */
  long utf8Line() {
    return utf8Line;
  }

  /** The first line (0: none) with a byte that is not UTF-8. */
  long otherLine() {
    return otherLine;
  }

  /** Checks the record {@code b[from, to)} that starts on {@code line}. */
  void record(byte[] b, int from, int to, long line) {
    int i = from;
    while (i < to) {
      // ASCII, the usual case, eight bytes at a time (again after each æ, ø or å).
      while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
        i += 8;
      }
      if (i >= to) {
        break;
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n = sequence(b, i, to);
      if (n < 0) {
        if (utf8) {
          throw new NotUtf8Exception();
        }
        if (otherLine == 0) {
          otherLine = line;
        }
        i++;
        continue;
      }
      if (utf8 && c == 0xC2 && (b[i + 1] & 0xFF) <= 0x9F) {
        throw new ControlException(((c & 0x1F) << 6) | (b[i + 1] & 0x3F));
      }
      if (!utf8 && utf8Line == 0) {
        utf8Line = line;
      }
      i += n;
    }
  }

  /** The length of the well-formed UTF-8 sequence at {@code b[i]}, or -1 (RFC 3629). */
  private static int sequence(byte[] b, int i, int to) {
    int c = b[i] & 0xFF;
    int n;
    int low = 0x80;
    int high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      low = c == 0xE0 ? 0xA0 : 0x80;
      high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      low = c == 0xF0 ? 0x90 : 0x80;
      high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    if (i + n > to) {
      return -1;
    }
    int second = b[i + 1] & 0xFF;
    if (second < low || second > high) {
      return -1;
    }
    for (int k = 2; k < n; k++) {
      int cont = b[i + k] & 0xFF;
      if (cont < 0x80 || cont > 0xBF) {
        return -1;
      }
    }
    return n;
  }
}

package no.nmstat.table;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits CSV bytes into records and fields (RFC 4180: a field that starts with a quote runs to the
 * closing quote, {@code ""} inside it is one quote, and line breaks inside it belong to the field;
 * CRLF, LF or a lone CR end a record).
 *
 * <p>It works on bytes, as delimiters and quotes are ASCII in UTF-8 and Windows-1252 alike, so only
 * the fields a reader asks for are ever decoded. One scanner holds the fields of the last record it
 * scanned. Written by hand rather than with Commons CSV for that: splitting is several times faster
 * (KernelBenchmarks and KernelBenchmarksCsv, docs/benchmarks.md), and CsvScannerDifferentialTest
 * checks it against Commons CSV on random RFC 4180 input.
 */
public final class CsvScanner {
  /** Returned by {@link #scan} when the record may continue past the bytes given. */
  static final int INCOMPLETE = -1;

  /** A record that is not CSV: a quote never closed, or text after a closing quote. */
  public static class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  /**
   * A quoted field still open at the end of the bytes: a malformed file, or, for a stretch of a
   * file parsed in parallel, a cut that fell inside the quotes.
   */
  static final class UnterminatedException extends MalformedException {
    private static final long serialVersionUID = 1L;

    UnterminatedException() {
      super("unterminated quoted field: a '\"' is never closed");
    }
  }

  /** A control character: the input is not text. */
  static final class BinaryException extends MalformedException {
    private static final long serialVersionUID = 1L;

    private final int lineBreaks;

    BinaryException(int character, int lineBreaks) {
      super(binary(character));
      this.lineBreaks = lineBreaks;
    }

    /** Line breaks between the record's start and the control character. */
    int lineBreaks() {
      return lineBreaks;
    }
  }

  /** The message for a control character found in text. */
  static String binary(int character) {
    return String.format("binary data (control character U+%04X): not a CSV text file", character);
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private final byte delimiter;
  private final long delimiters;
  private int count;
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private boolean[] escaped = new boolean[32];
  private int lineBreaks;

  public CsvScanner(char delimiter) {
    this.delimiter = (byte) delimiter;
    this.delimiters = (delimiter & 0xFFL) * ONES;
  }

  /**
   * Scans the record starting at {@code pos}. Returns the position after its terminator (or {@code
   * limit} for a last record without one at the end of input), or {@link #INCOMPLETE} when more
   * bytes are needed and {@code eof} is false.
   */
  public int scan(byte[] buf, int pos, int limit, boolean eof) throws MalformedException {
    count = 0;
    lineBreaks = 0;
    int p = pos;
    while (true) {
      if (p < limit && buf[p] == '"') {
        int s = ++p;
        boolean esc = false;
        while (true) {
          if (p >= limit) {
            if (!eof) {
              return INCOMPLETE;
            }
            throw new UnterminatedException();
          }
          byte c = buf[p];
          if ((c & 0xE0) == 0 || c == 0x7F) {
            control(c);
          }
          if (c == '"') {
            if (p + 1 >= limit && !eof) {
              return INCOMPLETE;
            }
            if (p + 1 < limit && buf[p + 1] == '"') {
              esc = true;
              p += 2;
              continue;
            }
            break;
          }
          if (c == '\n') {
            lineBreaks++;
          } else if (c == '\r') {
            if (p + 1 >= limit && !eof) {
              return INCOMPLETE;
            }
            if (p + 1 >= limit || buf[p + 1] != '\n') {
              lineBreaks++;
            }
          }
          p++;
        }
        add(s, p, esc);
        p++;
        if (p < limit && buf[p] != delimiter && buf[p] != '\n' && buf[p] != '\r') {
          throw new MalformedException("text after a closing quote: quote the whole field");
        }
      } else {
        int s = p;
        while (p < limit) {
          p = plain(buf, p, limit);
          if (p >= limit) {
            break;
          }
          byte c = buf[p];
          if (c == delimiter || c == '\n' || c == '\r') {
            break;
          }
          if ((c & 0xE0) == 0 || c == 0x7F) {
            control(c);
          }
          p++;
        }
        if (p >= limit && !eof) {
          return INCOMPLETE;
        }
        add(s, p, false);
      }
      if (p >= limit) {
        return p;
      }
      byte t = buf[p];
      if (t == delimiter) {
        p++;
        continue;
      }
      if (t == '\r') {
        if (p + 1 >= limit && !eof) {
          return INCOMPLETE;
        }
        p++;
        if (p < limit && buf[p] == '\n') {
          p++;
        }
      } else {
        p++;
      }
      lineBreaks++;
      return p;
    }
  }

  /**
   * The position of the first byte at or after {@code p} that may end an unquoted field or be a
   * control character (the delimiter, a byte below 0x20, or 0x7F), eight bytes at a time; a
   * position in the last seven bytes before {@code limit} when none is found before them. The
   * lowest byte each mask marks is exact (a borrow only runs upwards from a marked byte).
   */
  private int plain(byte[] buf, int p, int limit) {
    while (p + 8 <= limit) {
      long w = (long) LONGS.get(buf, p);
      long d = w ^ delimiters;
      long del = w ^ (0x7FL * ONES);
      long marks =
          (((w - 0x20L * ONES) & ~w) | ((d - ONES) & ~d) | ((del - ONES) & ~del)) & HIGH_BITS;
      if (marks != 0) {
        return p + (Long.numberOfTrailingZeros(marks) >>> 3);
      }
      p += 8;
    }
    return p;
  }

  // Tab, line breaks and form feed are text; any other control character is not.
  private void control(byte c) throws BinaryException {
    if (c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != delimiter) {
      throw new BinaryException(c, lineBreaks);
    }
  }

  private void add(int start, int end, boolean esc) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      escaped = Arrays.copyOf(escaped, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    escaped[count] = esc;
    count++;
  }

  /** The number of fields of the last record. */
  public int count() {
    return count;
  }

  public int start(int field) {
    return starts[field];
  }

  public int end(int field) {
    return ends[field];
  }

  /** Whether the field holds doubled quotes that decoding must undo. */
  public boolean escaped(int field) {
    return escaped[field];
  }

  /** The line breaks the last record spanned, its terminator included. */
  int lineBreaks() {
    return lineBreaks;
  }
}

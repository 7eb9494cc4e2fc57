package no.nmstat.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The first pass over an input's bytes, in parallel parts: whether they are valid UTF-8, where
 * the first control character is under either reading, and the quotes and line breaks before
 * each part, from which the parse can cut the file outside quotes.
 *
 * @param utf8 whether the bytes are valid UTF-8
 * @param controlUtf8 the first control character's position read as UTF-8, or -1
 * @param control1252 the first control character's position read as Windows-1252, or -1
 * @param lineBreaks line breaks in all (CRLF, LF, lone CR)
 * @param cuts the part boundaries after the first, with the quotes and line breaks before each
 */
record Survey(boolean utf8, long controlUtf8, long control1252, long lineBreaks, List<Cut> cuts) {
  private static final int BLOCK = 1 << 22;

  /**
   * A raw part boundary.
   *
   * @param position the byte position
   * @param quotes quote characters before it
   * @param lineBreaks line breaks before it
   */
  record Cut(long position, long quotes, long lineBreaks) {}

  /**
   * The first control character's position under {@code charset} (single-byte charsets as
   * Windows-1252), or -1.
   */
  long firstControl(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8) ? controlUtf8 : control1252;
  }

  /** Surveys {@code source} from {@code start} in {@code parts} parallel parts. */
  static Survey of(ByteSource source, long start, int parts) {
    return of(source, start, parts, source.size());
  }

  /** Surveys {@code source} from {@code start} up to {@code end}. */
  static Survey of(ByteSource source, long start, int parts, long end) {
    long[] bounds = new long[parts + 1];
    for (int k = 0; k <= parts; k++) {
      bounds[k] = start + (end - start) * k / parts;
    }
    List<Part> results = new ArrayList<>();
    if (parts == 1) {
      results.add(Part.scan(source, start, bounds[0], bounds[1], end));
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(parts, r -> {
        Thread t = new Thread(r, "nmstat-survey");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<Part>> futures = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
          long from = bounds[k];
          long to = bounds[k + 1];
          futures.add(pool.submit(() -> Part.scan(source, start, from, to, end)));
        }
        for (Future<Part> f : futures) {
          results.add(f.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
      } finally {
        pool.shutdownNow();
      }
    }
    boolean utf8 = true;
    long controlUtf8 = -1;
    long control1252 = -1;
    long quotes = 0;
    long breaks = 0;
    List<Cut> cuts = new ArrayList<>();
    for (int k = 0; k < results.size(); k++) {
      Part p = results.get(k);
      if (k > 0) {
        cuts.add(new Cut(bounds[k], quotes, breaks));
      }
      utf8 &= p.utf8();
      controlUtf8 = controlUtf8 >= 0 ? controlUtf8 : p.controlUtf8();
      control1252 = control1252 >= 0 ? control1252 : p.control1252();
      quotes += p.quotes();
      breaks += p.lineBreaks();
    }
    return new Survey(utf8, controlUtf8, control1252, breaks, cuts);
  }

  /** What one part holds. */
  private record Part(boolean utf8, long controlUtf8, long control1252, long quotes,
      long lineBreaks) {

    /**
     * Scans [from, to): UTF-8 sequences that start in the part (reading on past {@code to} for
     * their continuation), quotes, line breaks (a CR at the part's end counts here when the
     * next byte is not LF), and control characters.
     */
    static Part scan(ByteSource source, long start, long from, long to, long end) {
      byte[] buf = new byte[BLOCK + 4];
      boolean utf8 = true;
      long controlUtf8 = -1;
      long control1252 = -1;
      long quotes = 0;
      long breaks = 0;
      int pending = 0;
      boolean skipping = from > start;
      // A CR ending the part before was counted there, looking ahead at this part's first byte.
      byte previous = 0;
      for (long pos = from; pos < to; ) {
        int want = (int) Math.min(BLOCK, to - pos);
        int extra = (int) Math.min(4, end - pos - want);
        int n = source.read(pos, buf, 0, want + Math.max(0, extra));
        int limit = Math.min(n, want);
        for (int i = 0; i < limit; i++) {
          byte b = buf[i];
          int u = b & 0xFF;
          if (previous == '\r' && b != '\n') {
            breaks++;
          }
          if (b == '"') {
            quotes++;
          } else if (b == '\n') {
            breaks++;
          }
          if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' || u == 0x7F) {
            controlUtf8 = controlUtf8 >= 0 ? controlUtf8 : pos + i;
            control1252 = control1252 >= 0 ? control1252 : pos + i;
          } else if (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
            control1252 = control1252 >= 0 ? control1252 : pos + i;
          }
          if (skipping && (u & 0xC0) == 0x80) {
            previous = b;
            continue;
          }
          skipping = false;
          if (pending > 0) {
            utf8 &= (u & 0xC0) == 0x80;
            pending--;
          } else if (u >= 0x80) {
            if (u == 0xC2 && i + 1 < n && (buf[i + 1] & 0xFF) >= 0x80
                && (buf[i + 1] & 0xFF) <= 0x9F) {
              controlUtf8 = controlUtf8 >= 0 ? controlUtf8 : pos + i;
            }
            if (u >= 0xC2 && u <= 0xDF) {
              pending = 1;
            } else if (u >= 0xE0 && u <= 0xEF) {
              pending = 2;
            } else if (u >= 0xF0 && u <= 0xF4) {
              pending = 3;
            } else {
              utf8 = false;
            }
          }
          previous = b;
        }
        // Continuation bytes owed past the part's end are read from the lookahead.
        for (int i = limit; pending > 0 && i < n; i++, pending--) {
          utf8 &= (buf[i] & 0xC0) == 0x80;
        }
        if (pos + limit >= to && previous == '\r' && (n > limit ? buf[limit] != '\n'
            : pos + limit >= end)) {
          breaks++;
          previous = 0;
        }
        pos += limit;
      }
      return new Part(utf8 && pending == 0, controlUtf8, control1252, quotes, breaks);
    }
  }
}

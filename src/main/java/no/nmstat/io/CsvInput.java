package no.nmstat.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The rows of a CSV file as Norwegian Excel writes it: encoding, delimiter, blank rows, quoted
 * line breaks and file-level problems are handled here, so readers of particular files see a
 * header and well-formed rows with the line each starts on.
 *
 * <p>The encoding is UTF-8 unless a byte-order mark says otherwise or the text is not valid
 * UTF-8; then the file is read again as Windows-1252. Large files are parsed in parallel: the
 * file is cut after a line break near each thread's share, each stretch is parsed into its own
 * {@link Sink} with lines counted from its start, and the sinks are handed back in file order
 * with the line offsets that make their lines absolute. A cut is trusted only if the stretch
 * before it ends exactly there; a cut inside a quoted field makes that stretch run out inside
 * the quotes, and the file is then parsed again in one stretch.
 */
final class CsvInput {
  /** Excel's delimiter hint, "sep=;", written as the first line by some exports. */
  private static final byte[] SEP = {'s', 'e', 'p', '='};
  private static final int BLOCK = 1 << 22;

  /** Windows-1252, the code page of Excel's "CSV (semikolondelt)" on Norwegian Windows. */
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Files from this size are parsed in parallel; tests lower it to cover that path. */
  static long parallelFrom = 16L << 20;

  /** Threads for parallel parsing, 0 for one per core (up to 8); tests set it. */
  static int threads;

  private CsvInput() {}

  /** What a particular kind of file does with its header and rows. */
  interface Rows {
    /**
     * Takes the header (names stripped); returns false, after logging why, when the file
     * cannot be read.
     */
    boolean header(long line, String[] names);

    /**
     * A sink for one stretch of the file's rows, about {@code rows} of them; stretches may be
     * parsed in parallel.
     */
    Sink sink(int rows);

    /**
     * Takes the sinks in file order once every row is parsed, with the number to add to each
     * sink's line numbers (counted from 1 at the stretch's start).
     */
    void finish(List<Sink> sinks, long[] lineOffsets);
  }

  /** Receives the well-formed rows of one stretch. */
  interface Sink {
    /** Where the stretch's problems go. */
    ProblemLog log();

    /** Takes a data row with as many fields as the header. */
    void row(long line, Fields fields);
  }

  /** Reads {@code source} (named {@code name} in problems), with {@code forced} or detected. */
  static void read(String name, ByteSource source, Charset forced, ProblemLog log, Rows rows,
      Progress progress) {
    byte[] head = new byte[(int) Math.min(source.size(), 1 << 16)];
    int headLength = source.read(0, head, 0, head.length);
    Charset bom = null;
    int skip = 0;
    if (startsWith(head, headLength, 0xEF, 0xBB, 0xBF)) {
      bom = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(head, headLength, 0xFF, 0xFE)) {
      bom = StandardCharsets.UTF_16LE;
    } else if (startsWith(head, headLength, 0xFE, 0xFF)) {
      bom = StandardCharsets.UTF_16BE;
    }
    Charset wide = forced != null && forced.name().startsWith("UTF-16") ? forced
        : forced == null && bom != null && bom != StandardCharsets.UTF_8 ? bom : null;
    if (wide != null) {
      // UTF-16 is not ASCII-compatible: turn it into UTF-8 once and read that.
      byte[] all = new byte[(int) source.size()];
      source.read(0, all, 0, all.length);
      int mark = wide.equals(bom) ? 2 : 0;
      String text = new String(all, mark, all.length - mark, wide);
      read(name, ByteSource.of(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8,
          log, rows, progress);
      return;
    }
    long start = forced == null || forced.equals(bom) ? skip : 0;
    Charset charset = forced != null ? forced : bom != null ? bom : StandardCharsets.UTF_8;
    progress.start(name, source.size());
    try {
      if (!read(name, source, start, head, headLength, charset, log, rows, progress)) {
        progress.start(name, source.size());
        read(name, source, start, head, headLength, WINDOWS_1252, log, rows,
            progress);
      }
    } finally {
      progress.done();
    }
  }

  /** Reads as {@code charset}; false when the text turned out not to be UTF-8 after all. */
  private static boolean read(String name, ByteSource source, long start, byte[] head,
      int headLength, Charset charset, ProblemLog log, Rows rows, Progress progress) {
    int h = (int) start;
    boolean hinted = headLength - h >= 6 && Arrays.equals(head, h, h + 4, SEP, 0, 4)
        && (head[h + 5] == '\n' || head[h + 5] == '\r');
    char delimiter = hinted ? (char) head[h + 4] : sniffDelimiter(head, h, headLength);
    Stretch first = new Stretch(name, source, delimiter, charset, null, Progress.NONE);
    Stretch.Header header;
    try {
      header = first.findHeader(start, hinted);
    } catch (Fields.NotUtf8Exception e) {
      return false;
    } catch (Fields.ControlException e) {
      log.fatal(name, first.line(), "-", "", binary(e.character));
      return true;
    } catch (CsvScanner.BinaryException e) {
      log.fatal(name, first.line() + e.lineBreaks(), "-", "", e.getMessage());
      return true;
    } catch (CsvScanner.MalformedException e) {
      log.fatal(name, first.line(), "-", "", e.getMessage());
      return true;
    }
    if (header == null) {
      log.fatal(name, 1, "-", "", "empty file: no header row");
      return true;
    }
    if (!rows.header(header.line(), header.names().clone())) {
      return true;
    }
    int threads = CsvInput.threads > 0 ? CsvInput.threads
        : Math.min(8, Runtime.getRuntime().availableProcessors());
    long size = source.size();
    long perRow = Math.max(1, header.rowBytes());
    Outcome outcome = null;
    if (threads > 1 && size - header.end() >= parallelFrom) {
      outcome = parallel(name, source, header, delimiter, charset, rows, threads, perRow,
          progress);
    }
    if (outcome == null) {
      Sink sink = rows.sink((int) Math.min(Integer.MAX_VALUE - 8, (size - header.end()) / perRow));
      outcome = Outcome.of(List.of(sink),
          List.of(new Stretch(name, source, delimiter, charset, header.names(), progress)
              .parseCatching(header.end(), size, true, sink)));
    }
    if (outcome.notUtf8()) {
      return false;
    }
    if (outcome.binary() != null) {
      log.fatal(name, header.lineBreaks() + outcome.binaryLine(), "-", "", outcome.binary());
      return true;
    }
    long[] offsets = new long[outcome.sinks().size()];
    long offset = header.lineBreaks();
    for (int k = 0; k < offsets.length; k++) {
      offsets[k] = offset;
      offset += outcome.lineBreaks()[k];
    }
    rows.finish(outcome.sinks(), offsets);
    return true;
  }

  private static String binary(int character) {
    return String.format("binary data (control character U+%04X): not a CSV text file",
        character);
  }

  /** How the stretches went. */
  private record Outcome(List<Sink> sinks, long[] lineBreaks, boolean notUtf8, String binary,
      long binaryLine) {
    static Outcome of(List<Sink> sinks, List<Stretch.Result> results) {
      long[] breaks = new long[results.size()];
      long before = 0;
      for (int k = 0; k < results.size(); k++) {
        Stretch.Result r = results.get(k);
        breaks[k] = r.lineBreaks();
        if (r.notUtf8()) {
          return new Outcome(sinks, breaks, true, null, 0);
        }
        if (r.binary() != null) {
          return new Outcome(sinks, breaks, false, r.binary(), before + r.binaryLine());
        }
        before += r.lineBreaks();
      }
      return new Outcome(sinks, breaks, false, null, 0);
    }
  }

  /** Parses in {@code threads} stretches, or returns null when a cut fell inside a record. */
  private static Outcome parallel(String name, ByteSource source, Stretch.Header header,
      char delimiter, Charset charset, Rows rows, int threads, long perRow, Progress progress) {
    long size = source.size();
    long[] cuts = new long[threads + 1];
    cuts[0] = header.end();
    cuts[threads] = size;
    for (int k = 1; k < threads; k++) {
      cuts[k] = Math.max(cuts[k - 1], lineAfter(source, header.end()
          + (size - header.end()) * k / threads));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "nmstat-parse");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Sink> sinks = new ArrayList<>();
      List<Future<Stretch.Result>> done = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        long from = cuts[k];
        long to = cuts[k + 1];
        Sink sink = rows.sink((int) Math.min(Integer.MAX_VALUE - 8, (to - from) / perRow));
        sinks.add(sink);
        boolean last = k == threads - 1;
        done.add(pool.submit(() -> new Stretch(name, source, delimiter, charset,
            header.names(), progress).parseCatching(from, to, last, sink)));
      }
      List<Stretch.Result> results = new ArrayList<>();
      for (Future<Stretch.Result> f : done) {
        results.add(f.get());
      }
      for (Stretch.Result r : results) {
        if (r.overrun()) {
          return null;
        }
      }
      return Outcome.of(sinks, results);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The position after the first LF at or after {@code pos}, or the end of the input. */
  private static long lineAfter(ByteSource source, long pos) {
    byte[] buf = new byte[1 << 16];
    while (pos < source.size()) {
      int n = source.read(pos, buf, 0, buf.length);
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          return pos + i + 1;
        }
      }
      pos += n;
    }
    return source.size();
  }

  /**
   * The delimiter of the first non-blank line in {@code b[from, to)}: the most frequent of ';',
   * ',' and tab outside quotes.
   */
  static char sniffDelimiter(byte[] b, int from, int to) {
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

  /** One stretch of a file, read block by block and scanned record by record. */
  private static final class Stretch {
    private final String name;
    private final ByteSource source;
    private final String[] header;
    private final Progress progress;
    private final CsvScanner scanner;
    private final Fields fields;
    private byte[] buf = new byte[1 << 16];
    private int length;
    private int pos;
    private long filePos;
    private long end;
    private long line;

    /**
     * The header found: its names, the line it starts on, the line breaks from the start of
     * the file to its end, the position after it, and the bytes of a typical row (for sizing).
     */
    record Header(String[] names, long line, long lineBreaks, long end, long rowBytes) {}

    /**
     * How a stretch went.
     *
     * @param lineBreaks line breaks in the stretch
     * @param overrun whether it ran out inside a quoted field (the cut after it was wrong)
     * @param notUtf8 whether a text field was not UTF-8
     * @param binary the message about a control character, or null
     * @param binaryLine the line of the control character, counted from 1 at the start
     */
    record Result(long lineBreaks, boolean overrun, boolean notUtf8, String binary,
        long binaryLine) {}

    Stretch(String name, ByteSource source, char delimiter, Charset charset, String[] header,
        Progress progress) {
      this.name = name;
      this.source = source;
      this.header = header;
      this.progress = progress;
      this.scanner = new CsvScanner(delimiter);
      this.fields = new Fields(scanner, charset);
    }

    long line() {
      return line;
    }

    /** The first non-blank record after {@code start} (and the sep= line), or null. */
    Header findHeader(long start, boolean skipHint) throws CsvScanner.MalformedException {
      begin(start, source.size());
      boolean hint = skipHint;
      while (true) {
        long at = line;
        int next = nextRecord(true);
        if (next < 0) {
          return null;
        }
        if (hint) {
          hint = false;
          continue;
        }
        if (!fields.blankRecord()) {
          String[] names = new String[fields.size()];
          for (int i = 0; i < names.length; i++) {
            names[i] = fields.text(i);
          }
          long after = filePos - length + pos;
          long breaks = line - 1;
          // A typical row's size, from the next record, sizes the sinks' first arrays.
          long rowBytes = Math.max(1, after - start);
          try {
            if (nextRecord(true) >= 0) {
              rowBytes = Math.max(1, filePos - length + pos - after);
            }
          } catch (CsvScanner.MalformedException e) {
            // The parse of the rows meets it again and reports it where it belongs.
          }
          return new Header(names, at, breaks, after, rowBytes);
        }
      }
    }

    /** Parses the stretch into {@code sink}, turning what stops it into the result. */
    Result parseCatching(long from, long to, boolean last, Sink sink) {
      begin(from, to);
      ProblemLog log = sink.log();
      while (true) {
        long at = line;
        int next;
        try {
          next = nextRecord(last);
          if (next < 0) {
            return new Result(line - 1, false, false, null, 0);
          }
          if (fields.blankRecord()) {
            continue;
          }
          log.rowRead();
          if (fields.size() != header.length) {
            int expected = header.length;
            boolean shorter = fields.size() < expected;
            log.problem(name, at, shorter ? header[fields.size()] : "field " + (expected + 1),
                shorter ? "" : fields.text(expected),
                "row has " + fields.size() + " fields, the header has " + expected);
            log.rowInvalid();
            continue;
          }
          sink.row(at, fields);
        } catch (Fields.NotUtf8Exception e) {
          return new Result(0, false, true, null, 0);
        } catch (Fields.ControlException e) {
          return new Result(0, false, false, binary(e.character), at);
        } catch (CsvScanner.BinaryException e) {
          return new Result(0, false, false, e.getMessage(), at + e.lineBreaks());
        } catch (CsvScanner.MalformedException e) {
          if (!last && e.getMessage().startsWith("unterminated")) {
            return new Result(0, true, false, null, 0);
          }
          log.fatal(name, at, "-", "", e.getMessage());
          return new Result(line - 1, false, false, null, 0);
        }
      }
    }

    private void begin(long from, long to) {
      filePos = from;
      end = to;
      length = 0;
      pos = 0;
      line = 1;
    }

    /** Scans the next record into the fields; -1 at the end of the stretch. */
    private int nextRecord(boolean last) throws CsvScanner.MalformedException {
      while (true) {
        boolean eof = filePos >= end;
        if (pos >= length && eof) {
          return -1;
        }
        int next = pos >= length ? CsvScanner.INCOMPLETE
            : scanner.scan(buf, pos, length, eof);
        if (next != CsvScanner.INCOMPLETE) {
          fields.on(buf);
          line += scanner.lineBreaks();
          pos = next;
          return next;
        }
        fill();
      }
    }

    private void fill() {
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, length - pos);
        length -= pos;
        pos = 0;
      }
      if (length == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      } else if (buf.length < BLOCK) {
        buf = Arrays.copyOf(buf, Math.min(BLOCK, buf.length * 4));
      }
      int want = (int) Math.min(buf.length - length, end - filePos);
      int n = source.read(filePos, buf, length, want);
      filePos += n;
      length += n;
      progress.advance(n);
    }
  }
}

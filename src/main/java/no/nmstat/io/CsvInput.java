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
 * <p>Large files are parsed in parallel: the file is cut into stretches at line breaks that lie
 * outside quotes (known from a first pass that counts quotes), each stretch is parsed by its own
 * thread into its own {@link Sink}, and the sinks are handed back in file order. A cut is
 * trusted only if the stretch before it ends exactly there; otherwise the file is parsed again
 * in one stretch, so quoted line breaks and stray quotes never split a record.
 */
final class CsvInput {
  /** Excel's delimiter hint, "sep=;", written as the first line by some exports. */
  private static final byte[] SEP = {'s', 'e', 'p', '='};
  private static final int BLOCK = 1 << 22;
  private static final long PARALLEL_FROM = 16L << 20;

  private CsvInput() {}

  /** What a particular kind of file does with its header and rows. */
  interface Rows {
    /**
     * Takes the header (names stripped); returns false, after logging why, when the file
     * cannot be read.
     */
    boolean header(long line, String[] names);

    /** A sink for one stretch of the file's rows; stretches may be parsed in parallel. */
    Sink sink();

    /** Takes the sinks in file order once every row is parsed. */
    void finish(List<Sink> sinks);
  }

  /** Receives the well-formed rows of one stretch. */
  interface Sink {
    /** Where the stretch's problems go. */
    ProblemLog log();

    /** Takes a data row with as many fields as the header. */
    void row(long line, Fields fields);
  }

  /** Reads {@code source} (named {@code name} in problems), with {@code forced} or detected. */
  static void read(String name, ByteSource source, Charset forced, ProblemLog log, Rows rows) {
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
      String text = TextDecoder.decode(all, wide).content();
      read(name, ByteSource.of(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8,
          log, rows);
      return;
    }
    long start = forced == null || forced.equals(bom) ? skip : 0;
    int threads = Math.min(8, Runtime.getRuntime().availableProcessors());
    int parts = threads > 1 && source.size() - start >= PARALLEL_FROM ? threads : 1;
    Survey survey = Survey.of(source, start, parts);
    Charset charset = forced != null ? forced
        : bom != null || survey.utf8() ? StandardCharsets.UTF_8 : TextDecoder.WINDOWS_1252;
    long binary = survey.firstControl(charset);
    if (binary >= 0) {
      byte[] bad = new byte[2];
      int n = source.read(binary, bad, 0, 2);
      String character = new String(bad, 0, n, charset);
      log.fatal(name, 1 + Survey.of(source, start, 1, binary).lineBreaks(), "-", "",
          String.format("binary data (control character U+%04X): not a CSV text file",
              (int) character.charAt(0)));
      return;
    }
    int h = (int) start;
    boolean hinted = headLength - h >= 6 && Arrays.equals(head, h, h + 4, SEP, 0, 4)
        && (head[h + 5] == '\n' || head[h + 5] == '\r');
    char delimiter = hinted ? (char) head[h + 4] : sniffDelimiter(head, h, headLength);
    Stretch first = new Stretch(name, source, delimiter, charset, null);
    long dataStart;
    String[] header;
    long line;
    try {
      Stretch.Header found = first.findHeader(start, hinted);
      if (found == null) {
        log.fatal(name, 1, "-", "", "empty file: no header row");
        return;
      }
      header = found.names();
      dataStart = found.end();
      line = found.line();
    } catch (CsvScanner.MalformedException e) {
      log.fatal(name, first.failedLine(), "-", "", e.getMessage());
      return;
    }
    if (!rows.header(line, header.clone())) {
      return;
    }
    List<Sink> sinks = parse(name, source, dataStart, line + first.headerLineBreaks(), delimiter,
        charset, header, rows, survey, parts);
    rows.finish(sinks);
  }

  private static List<Sink> parse(String name, ByteSource source, long dataStart, long firstLine,
      char delimiter, Charset charset, String[] header, Rows rows, Survey survey, int parts) {
    long size = source.size();
    if (parts > 1) {
      List<Sink> sinks = parallel(name, source, dataStart, firstLine, delimiter, charset, header,
          rows, survey);
      if (sinks != null) {
        return sinks;
      }
    }
    Sink sink = rows.sink();
    try {
      new Stretch(name, source, delimiter, charset, header).parse(dataStart, size, firstLine,
          true, sink);
    } catch (Stretch.OverrunException e) {
      throw new IllegalStateException("the last stretch cannot overrun", e);
    }
    return List.of(sink);
  }

  /** Parses in {@code threads} stretches, or returns null when a cut fell inside a record. */
  private static List<Sink> parallel(String name, ByteSource source, long dataStart,
      long firstLine, char delimiter, Charset charset, String[] header, Rows rows,
      Survey survey) {
    int threads = survey.cuts().size() + 1;
    long size = source.size();
    long[] cuts = new long[threads + 1];
    long[] lines = new long[threads + 1];
    cuts[0] = dataStart;
    lines[0] = firstLine;
    cuts[threads] = size;
    for (int k = 1; k < threads; k++) {
      long[] cut = cutAfter(source, survey.cuts().get(k - 1));
      cuts[k] = Math.max(cut[0], cuts[k - 1]);
      lines[k] = cut[0] <= dataStart ? firstLine : 1 + cut[1];
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "nmstat-parse");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Sink> sinks = new ArrayList<>();
      List<Future<?>> done = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        Sink sink = rows.sink();
        sinks.add(sink);
        long from = cuts[k];
        long to = cuts[k + 1];
        long line = lines[k];
        boolean last = k == threads - 1;
        done.add(pool.submit(() -> {
          new Stretch(name, source, delimiter, charset, header).parse(from, to, line, last, sink);
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      return sinks;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Stretch.OverrunException) {
        return null;
      }
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

  /**
   * The first position after a line break at or after the cut's raw position that lies
   * outside quotes by the count of quotes before it, and the line breaks before that position.
   */
  private static long[] cutAfter(ByteSource source, Survey.Cut cut) {
    boolean quoted = cut.quotes() % 2 == 1;
    long breaks = cut.lineBreaks();
    byte[] buf = new byte[1 << 16];
    long pos = cut.position();
    // A CR just before the cut is already counted in the cut's line breaks.
    byte previous = 0;
    while (pos < source.size()) {
      int n = source.read(pos, buf, 0, buf.length);
      for (int i = 0; i < n; i++) {
        byte b = buf[i];
        if (previous == '\r' && b != '\n') {
          breaks++;
        }
        if (b == '"') {
          quoted = !quoted;
        } else if (b == '\n') {
          breaks++;
          if (!quoted) {
            return new long[] {pos + i + 1, breaks};
          }
        }
        previous = b;
      }
      pos += n;
    }
    return new long[] {source.size(), breaks};
  }

  /** The delimiter of the first line: the most frequent of ';', ',' and tab outside quotes. */
  static char sniffDelimiter(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return sniffDelimiter(b, 0, b.length);
  }

  private static char sniffDelimiter(byte[] b, int from, int to) {
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
    private final Charset charset;
    private final String[] header;
    private final CsvScanner scanner;
    private final Fields fields;
    private byte[] buf = new byte[1 << 16];
    private int length;
    private int pos;
    private long filePos;
    private long end;
    private long line;
    private long headerLineBreaks;

    /** The stretch ran past its end inside a record: the cut before it was wrong. */
    static final class OverrunException extends Exception {
      private static final long serialVersionUID = 1L;
    }

    /** The header found: its names, the line it starts on, the position after it. */
    record Header(String[] names, long line, long end) {}

    Stretch(String name, ByteSource source, char delimiter, Charset charset, String[] header) {
      this.name = name;
      this.source = source;
      this.charset = charset;
      this.header = header;
      this.scanner = new CsvScanner(delimiter);
      this.fields = new Fields(scanner, charset);
    }

    /** The first non-blank record after {@code start} (and the sep= line), or null. */
    Header findHeader(long start, boolean skipHint) throws CsvScanner.MalformedException {
      begin(start, source.size(), 1);
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
          headerLineBreaks = line - at;
          return new Header(names, at, filePos - length + pos);
        }
      }
    }

    long headerLineBreaks() {
      return headerLineBreaks;
    }

    long failedLine() {
      return line;
    }

    void parse(long from, long to, long firstLine, boolean last, Sink sink)
        throws OverrunException {
      begin(from, to, firstLine);
      ProblemLog log = sink.log();
      while (true) {
        long at = line;
        int next;
        try {
          next = nextRecord(last);
        } catch (CsvScanner.MalformedException e) {
          if (!last && e.getMessage().startsWith("unterminated")) {
            throw new OverrunException();
          }
          log.fatal(name, at, "-", "", e.getMessage());
          return;
        }
        if (next < 0) {
          return;
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
      }
    }

    private void begin(long from, long to, long firstLine) {
      filePos = from;
      end = to;
      length = 0;
      pos = 0;
      line = firstLine;
    }

    /**
     * Scans the next record into the fields; -1 at the end of the stretch. At the end of a
     * stretch that is not the last, a record still open is an overrun (thrown as an
     * unterminated quote by the scanner).
     */
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
    }
  }
}

package no.nmstat.table;

import java.nio.charset.Charset;
import java.util.Arrays;

/** One stretch of a CSV file, read block by block and scanned record by record. */
final class Stretch {
  private static final int BLOCK = 1 << 22;

  private final String name;
  private final ByteSource source;
  private final String[] header;
  private final Progress progress;
  private final CsvScanner scanner;
  private final CsvFields fields;
  private final TextCheck check;
  private byte[] buf = new byte[1 << 16];
  private int length;
  private int pos;
  private long filePos;
  private long end;
  private long line;

  /**
   * The header found: its names, the line it starts on, the line breaks from the start of the file
   * to its end, the position after it, and the bytes of a typical row (for sizing).
   */
  record Header(String[] names, long line, long lineBreaks, long end, long rowBytes) {}

  Stretch(
      String name,
      ByteSource source,
      char delimiter,
      Charset charset,
      String[] header,
      Progress progress) {
    this.name = name;
    this.source = source;
    this.header = header;
    this.progress = progress;
    this.scanner = new CsvScanner(delimiter);
    this.fields = new CsvFields(scanner, charset);
    this.check = new TextCheck(charset.equals(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The line the scan has reached, counted from 1 at the stretch's start. */
  long line() {
    return line;
  }

  /** The first non-blank record after {@code start} (and the sep= line), or null. */
  Header findHeader(long start, boolean skipHint) throws CsvScanner.MalformedException {
    begin(start, source.size());
    boolean hint = skipHint;
    while (true) {
      long at = line;
      int next = nextRecord();
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
        // A typical row's size, the mean of up to the next 1000 records, sizes the sinks' first
        // arrays: one row alone can be far from the mean, and an estimate short by more than the
        // sinks' margin makes them copy every array.
        long rowBytes = Math.max(1, after - start);
        try {
          int rows = 0;
          while (rows < 1000 && nextRecord() >= 0) {
            rows++;
          }
          if (rows > 0) {
            rowBytes = Math.max(1, (filePos - length + pos - after) / rows);
          }
        } catch (CsvScanner.MalformedException e) {
          // The parse of the rows meets it again and reports it where it belongs.
        }
        return new Header(names, at, breaks, after, rowBytes);
      }
    }
  }

  /**
   * Parses {@code [from, to)} into {@code sink}. A stretch that is not the file's last may end
   * inside a quoted field (its cut was wrong): that is an {@link StretchResult.Overrun}, not a
   * problem of the file.
   */
  StretchResult parse(long from, long to, boolean last, TableInput.Sink sink) {
    begin(from, to);
    ProblemLog log = sink.log();
    while (true) {
      long at = line;
      try {
        if (nextRecord() < 0) {
          return done(false);
        }
        if (fields.blankRecord()) {
          continue;
        }
        log.rowRead();
        if (fields.size() != header.length) {
          ragged(log, at);
          continue;
        }
        sink.row(at, fields);
      } catch (TextCheck.NotUtf8Exception e) {
        return new StretchResult.NotUtf8();
      } catch (TextCheck.ControlException e) {
        return new StretchResult.Binary(CsvScanner.binary(e.character), at);
      } catch (CsvScanner.BinaryException e) {
        return new StretchResult.Binary(e.getMessage(), at + e.lineBreaks());
      } catch (CsvScanner.UnterminatedException e) {
        if (!last) {
          return new StretchResult.Overrun();
        }
        log.fatal(name, at, "-", "", e.getMessage());
        return done(true);
      } catch (CsvScanner.MalformedException e) {
        log.fatal(name, at, "-", "", e.getMessage());
        return done(true);
      }
    }
  }

  private StretchResult.Done done(boolean stopped) {
    return new StretchResult.Done(line - 1, check.utf8Line(), check.otherLine(), stopped);
  }

  private void ragged(ProblemLog log, long at) {
    int expected = header.length;
    boolean shorter = fields.size() < expected;
    log.problem(
        name,
        at,
        shorter ? header[fields.size()] : "field " + (expected + 1),
        shorter ? "" : fields.text(expected),
        "row has " + fields.size() + " fields, the header has " + expected);
    log.rowInvalid();
  }

  private void begin(long from, long to) {
    filePos = from;
    end = to;
    length = 0;
    pos = 0;
    line = 1;
  }

  /** Scans the next record into the fields; -1 at the end of the stretch. */
  private int nextRecord() throws CsvScanner.MalformedException {
    while (true) {
      boolean eof = filePos >= end;
      if (pos >= length && eof) {
        return -1;
      }
      int next = pos >= length ? CsvScanner.INCOMPLETE : scanner.scan(buf, pos, length, eof);
      if (next != CsvScanner.INCOMPLETE) {
        check.record(buf, pos, next, line);
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

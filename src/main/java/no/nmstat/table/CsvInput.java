package no.nmstat.table;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The rows of a CSV file as Norwegian Excel writes it: encoding ({@link Encoding}), delimiter
 * ({@link Delimiter}), blank rows, quoted line breaks and file-level problems are handled here, so
 * readers of particular files see a header and well-formed rows with the line each starts on.
 *
 * <p>Large files are parsed in parallel: the file is cut after a line break near each thread's
 * share, each {@link Stretch} is parsed into its own sink with lines counted from its start, and
 * the sinks are handed back in file order with the line offsets that make their lines absolute. A
 * cut is trusted only if the stretch before it ends exactly there; a cut inside a quoted field
 * makes that stretch run out inside the quotes, and the file is then parsed again in one stretch.
 */
final class CsvInput {
  private CsvInput() {}

  /**
   * Reads {@code source} (named {@code name} in problems), in {@code forced} or the detected
   * character set; {@code options} give the progress display and the parallel parsing.
   */
  static void read(
      String name,
      ByteSource source,
      Charset forced,
      ProblemLog log,
      TableInput.Rows rows,
      ReadOptions options) {
    byte[] head = new byte[(int) Math.min(source.size(), 1 << 16)];
    int headLength = source.read(0, head, 0, head.length);
    Encoding encoding = Encoding.of(head, headLength, forced);
    if (encoding.wide()) {
      // UTF-16 is not ASCII-compatible: turn it into UTF-8 once and read that.
      read(name, encoding.toUtf8(source), StandardCharsets.UTF_8, log, rows, options);
      return;
    }
    Progress progress = options.progress();
    progress.start(name, source.size());
    try {
      Delimiter delimiter = Delimiter.of(head, encoding.start(), headLength);
      if (!read(
          name, source, encoding.start(), delimiter, encoding.charset(), log, rows, options)) {
        progress.start(name, source.size());
        read(name, source, encoding.start(), delimiter, Encoding.WINDOWS_1252, log, rows, options);
      }
    } finally {
      progress.done();
    }
  }

  /** Reads as {@code charset}; false when the text turned out not to be UTF-8 after all. */
  private static boolean read(
      String name,
      ByteSource source,
      long start,
      Delimiter delimiter,
      Charset charset,
      ProblemLog log,
      TableInput.Rows rows,
      ReadOptions options) {
    Progress progress = options.progress();
    char d = delimiter.character();
    Stretch first = new Stretch(name, source, d, charset, null, Progress.NONE);
    Stretch.Header header;
    try {
      header = first.findHeader(start, delimiter.hinted());
    } catch (TextCheck.NotUtf8Exception e) {
      return false;
    } catch (TextCheck.ControlException e) {
      log.fatal(name, first.line(), "-", "", CsvScanner.binary(e.character));
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
    int threads =
        options.threads() > 0
            ? options.threads()
            : Math.min(8, Runtime.getRuntime().availableProcessors());
    long size = source.size();
    long perRow = Math.max(1, header.rowBytes());
    List<TableInput.Sink> sinks = null;
    List<StretchResult> results = null;
    if (threads > 1 && size - header.end() >= options.parallelFrom()) {
      sinks = new ArrayList<>();
      results = parallel(name, source, header, d, charset, rows, threads, perRow, progress, sinks);
    }
    if (results == null) {
      TableInput.Sink sink =
          rows.sink((int) Math.min(Integer.MAX_VALUE - 8, (size - header.end()) / perRow));
      sinks = List.of(sink);
      results =
          List.of(
              new Stretch(name, source, d, charset, header.names(), progress)
                  .parse(header.end(), size, true, sink));
    }
    // A malformed record ends the parse where one stretch would have ended it, so the result
    // does not depend on how many stretches (cores) there were.
    for (int k = 0; k < results.size(); k++) {
      if (results.get(k) instanceof StretchResult.Done done && done.stopped()) {
        sinks = sinks.subList(0, k + 1);
        results = results.subList(0, k + 1);
        break;
      }
    }
    long[] offsets = new long[sinks.size()];
    long offset = header.lineBreaks();
    long utf8Line = 0;
    long otherLine = 0;
    for (int k = 0; k < offsets.length; k++) {
      offsets[k] = offset;
      StretchResult r = results.get(k);
      if (r instanceof StretchResult.NotUtf8) {
        return false;
      }
      if (r instanceof StretchResult.Binary b) {
        log.fatal(name, offset + b.line(), "-", "", b.message());
        return true;
      }
      StretchResult.Done done = (StretchResult.Done) r;
      if (utf8Line == 0 && done.utf8Line() > 0) {
        utf8Line = offset + done.utf8Line();
      }
      if (otherLine == 0 && done.otherLine() > 0) {
        otherLine = offset + done.otherLine();
      }
      offset += done.lineBreaks();
    }
    if (utf8Line > 0 && otherLine > 0) {
      // Neither reading is right: say so rather than show half the text garbled.
      log.fatal(
          name,
          otherLine,
          "-",
          "",
          "not UTF-8 here, but line "
              + utf8Line
              + " is: the file mixes encodings; save it again as UTF-8");
      return true;
    }
    rows.finish(sinks, offsets);
    return true;
  }

  /**
   * Parses in {@code threads} stretches into {@code sinks}, or returns null when a cut fell inside
   * a record.
   */
  private static List<StretchResult> parallel(
      String name,
      ByteSource source,
      Stretch.Header header,
      char delimiter,
      Charset charset,
      TableInput.Rows rows,
      int threads,
      long perRow,
      Progress progress,
      List<TableInput.Sink> sinks) {
    long size = source.size();
    long[] cuts = new long[threads + 1];
    cuts[0] = header.end();
    cuts[threads] = size;
    for (int k = 1; k < threads; k++) {
      cuts[k] =
          Math.max(
              cuts[k - 1], lineAfter(source, header.end() + (size - header.end()) * k / threads));
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "nmstat-parse");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<StretchResult>> done = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        long from = cuts[k];
        long to = cuts[k + 1];
        TableInput.Sink sink =
            rows.sink((int) Math.min(Integer.MAX_VALUE - 8, (to - from) / perRow));
        sinks.add(sink);
        boolean last = k == threads - 1;
        done.add(
            pool.submit(
                () ->
                    new Stretch(name, source, delimiter, charset, header.names(), progress)
                        .parse(from, to, last, sink)));
      }
      List<StretchResult> results = new ArrayList<>();
      for (Future<StretchResult> f : done) {
        StretchResult r = f.get();
        if (r instanceof StretchResult.Overrun) {
          return null;
        }
        results.add(r);
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error; // out of memory in a parsing thread is out of memory, not a bug
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
}

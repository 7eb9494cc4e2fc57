package no.nmstat.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nmstat.io.DateColumn.Kind;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseList;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;
import no.nmstat.model.Milestone;
import no.nmstat.table.ByteSource;
import no.nmstat.table.InputFileException;
import no.nmstat.table.InputProblem;
import no.nmstat.table.InputSource;
import no.nmstat.table.ProblemLog;
import no.nmstat.table.ReadOptions;
import no.nmstat.table.TableInput;

/**
 * Reads case files (CSV or .xlsx; method document §2) into validated {@link CaseRecord}s.
 *
 * <p>Every problem is reported with file, line, column and value; rows with a problem are left out
 * of the cases, and the caller decides whether results may still be computed. The header is mapped
 * by {@link CaseHeader}, rows are checked by {@link CaseRows} as they are parsed (in parallel for
 * large files), and rows of one method and indication are told apart as rounds, duplicates or
 * conflicts by {@link Rounds} once every input is read.
 */
public final class CaseReader {

  private final ReadOptions options;
  private final ProblemLog log;
  private final List<String> files = new ArrayList<>();
  private final List<CaseTable> tables = new ArrayList<>();
  private final Set<String> extraColumns = new LinkedHashSet<>();

  /** Per file, the header of its id column, for reports on rounds. */
  private final Map<String, String> idLabels = new HashMap<>();

  private ReadResult result;

  public CaseReader(ReadOptions options) {
    this.options = options;
    this.log = new ProblemLog(options.maxProblems());
  }

  /** Reads all {@code sources}; every file is opened before any is parsed. */
  public static ReadResult readAll(List<InputSource> sources, ReadOptions options)
      throws InputFileException {
    List<ByteSource> opened = new ArrayList<>();
    try {
      for (InputSource s : sources) {
        opened.add(s.open());
      }
      CaseReader reader = new CaseReader(options);
      for (int i = 0; i < sources.size(); i++) {
        reader.read(sources.get(i).name(), opened.get(i));
      }
      return reader.result();
    } finally {
      opened.forEach(ByteSource::close);
    }
  }

  /** What was read, with rounds numbered and problems in file and line order. */
  public ReadResult result() {
    if (result == null) {
      CaseList cases = new Rounds(tables, idLabels, log).apply();
      Map<String, Integer> order = new HashMap<>();
      for (int i = 0; i < files.size(); i++) {
        order.putIfAbsent(files.get(i), i);
      }
      log.sort(
          Comparator.comparing((InputProblem p) -> order.getOrDefault(p.file(), -1))
              .thenComparingLong(InputProblem::line));
      result =
          new ReadResult(
              cases,
              log.problems(),
              log.count(),
              log.rows(),
              log.invalidRows(),
              log.fatal(),
              List.copyOf(extraColumns),
              log.warnings(),
              log.warningCount(),
              log.rowsWarned(),
              log.unread(),
              log.unreadCount());
    }
    return result;
  }

  /** Reads one input's bytes; {@code name} is used in problem reports. */
  public void read(String name, byte[] bytes) {
    read(name, ByteSource.of(bytes));
  }

  private void read(String name, ByteSource bytes) {
    files.add(name);
    TableInput.read(
        name,
        bytes,
        options,
        log,
        new TableInput.Rows() {
          private CaseHeader header;

          @Override
          public boolean header(long line, String[] names) {
            header = CaseHeader.of(name, line, names, options, log);
            if (header != null) {
              extraColumns.addAll(header.extras());
              idLabels.put(name, header.label(CaseColumns.ID));
            }
            return header != null;
          }

          @Override
          public TableInput.Sink sink(int rows) {
            return new CaseRows(name, header, options, rows);
          }

          @Override
          public void finish(List<TableInput.Sink> sinks, long[] lineOffsets) {
            // A refused slash-date column was read on a guess: what the rows' checks found
            // then would mislead, so only the refusal is reported.
            boolean guessed = judgeDateColumns(name, header, sinks, lineOffsets);
            for (int k = 0; k < sinks.size(); k++) {
              CaseRows rows = (CaseRows) sinks.get(k);
              if (guessed) {
                log.absorbRowCount(rows.log());
              } else {
                log.absorb(rows.log(), lineOffsets[k]);
              }
              tables.add(rows.cases(lineOffsets[k]));
            }
          }
        });
  }

  /**
   * The judgements only a whole column can make (method.md §2.3). A number such as 43451 in a CSV
   * date column is an Excel serial date only when the column holds no written dates: in a mixed
   * column it is more likely a typing slip than a date. A slash date is day-first when some date in
   * its column can only be day-first ({@code 15/03/2023}) and none only month-first; otherwise the
   * column is refused with the pattern to give.
   *
   * @return whether a slash-date column was refused (its rows were read on a guess)
   */
  private boolean judgeDateColumns(
      String name, CaseHeader header, List<TableInput.Sink> sinks, long[] lineOffsets) {
    boolean refused = false;
    for (Milestone m : Milestone.all()) {
      DateColumn c = new DateColumn();
      for (int k = 0; k < sinks.size(); k++) {
        c.add(((CaseRows) sinks.get(k)).dateColumn(m), lineOffsets[k]);
      }
      if (header.index(m) < 0) {
        continue;
      }
      String label = header.label(m.column());
      long written = c.firstWritten();
      if (c.has(Kind.SERIAL) && written > 0) {
        log.fatal(
            name,
            c.line(Kind.SERIAL),
            label,
            c.value(Kind.SERIAL),
            "an Excel serial number in a column of written dates (line "
                + written
                + "): a column is read as serial numbers only when every value is one");
      }
      if (c.has(Kind.MONTH_FIRST)) {
        refused = true;
        log.fatal(
            name,
            c.line(Kind.MONTH_FIRST),
            label,
            c.value(Kind.MONTH_FIRST),
            c.has(Kind.DAY_FIRST)
                ? "a month-first date in a column with day-first dates (\""
                    + c.value(Kind.DAY_FIRST)
                    + "\", line "
                    + c.line(Kind.DAY_FIRST)
                    + "): give --date-format "
                    + c.pattern(true)
                    + " or "
                    + c.pattern(false)
                    + " and correct the others"
                : "a month-first date (the second number is above 12): give --date-format "
                    + c.pattern(false));
      } else if (c.has(Kind.EITHER) && !c.has(Kind.DAY_FIRST)) {
        refused = true;
        log.fatal(
            name,
            c.line(Kind.EITHER),
            label,
            c.value(Kind.EITHER),
            "ambiguous date (day/month or month/day?), and no date in the column settles it (a"
                + " first number above 12 would): give --date-format "
                + c.pattern(true)
                + " or "
                + c.pattern(false));
      }
    }
    return refused;
  }
}

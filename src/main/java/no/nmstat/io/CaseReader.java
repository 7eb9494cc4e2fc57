package no.nmstat.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseList;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;
import no.nmstat.model.Milestone;

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
  // values() copies its array; the serial check runs once per file.
  private static final Milestone[] MILESTONES = Milestone.values();

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
              log.rowsWarned());
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
            for (int k = 0; k < sinks.size(); k++) {
              CaseRows rows = (CaseRows) sinks.get(k);
              log.absorb(rows.log(), lineOffsets[k]);
              tables.add(rows.cases(lineOffsets[k]));
            }
            checkSerials(name, header, sinks, lineOffsets);
          }
        });
  }

  /**
   * A number such as 43451 in a CSV date column is an Excel serial date only when the column holds
   * no written dates: in a mixed column it is more likely a typing slip than a date.
   */
  private void checkSerials(
      String name, CaseHeader header, List<TableInput.Sink> sinks, long[] lineOffsets) {
    for (Milestone m : MILESTONES) {
      long serial = 0;
      String value = null;
      long dated = 0;
      for (int k = 0; k < sinks.size(); k++) {
        CaseRows rows = (CaseRows) sinks.get(k);
        if (rows.serialLine(m) > 0 && serial == 0) {
          serial = rows.serialLine(m) + lineOffsets[k];
          value = rows.serialValue(m);
        }
        if (rows.datedLine(m) > 0 && dated == 0) {
          dated = rows.datedLine(m) + lineOffsets[k];
        }
      }
      if (serial > 0 && dated > 0) {
        log.fatal(
            name,
            serial,
            header.label(m.column()),
            value,
            "an Excel serial number in a column of written dates (line "
                + dated
                + "): a"
                + " column is read as serial numbers only when every value is one");
      }
    }
  }
}

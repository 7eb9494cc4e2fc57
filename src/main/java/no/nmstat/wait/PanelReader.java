package no.nmstat.wait;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.nmstat.io.ColumnNames;
import no.nmstat.io.YesNo;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.SourceLine;
import no.nmstat.table.ByteSource;
import no.nmstat.table.DateReader;
import no.nmstat.table.InputFileException;
import no.nmstat.table.InputSource;
import no.nmstat.table.ProblemLog;
import no.nmstat.table.ReadOptions;
import no.nmstat.table.TableInput;
import no.nmstat.table.TextRows;

/**
 * Reads a W.A.I.T. panel (method.md §5): one row per medicine and country, with the same file
 * conventions as case files. Every problem carries file, line, column and value.
 */
public final class PanelReader {
  /** The panel's columns; the first three are required. */
  public static final List<String> COLUMNS =
      List.of(
          "product",
          "ma_date",
          "country",
          "available_date",
          "availability",
          "oncology",
          "orphan",
          "combination");

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("medicine", "product"), Map.entry("legemiddel", "product"),
          Map.entry("virkestoff", "product"), Map.entry("eu ma date", "ma_date"),
          Map.entry("mt-dato", "ma_date"), Map.entry("land", "country"),
          Map.entry("innfort dato", "available_date"),
              Map.entry("tilgjengelighet", "availability"));
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** What reading the panel gave. */
  public record Result(List<PanelRow> rows, ProblemLog log) {
    public Result {
      rows = List.copyOf(rows);
    }
  }

  private final ReadOptions options;
  private final ProblemLog log;
  private final List<PanelRow> rows = new ArrayList<>();
  private final Map<PanelRow.Key, SourceLine> seen = new HashMap<>();
  private final Map<String, PanelRow> firstOfProduct = new HashMap<>();

  public PanelReader(ReadOptions options) {
    this.options = options;
    this.log = new ProblemLog(options.maxProblems());
  }

  /** Reads one panel file. */
  public static Result read(InputSource source, ReadOptions options) throws InputFileException {
    PanelReader reader = new PanelReader(options);
    try (ByteSource bytes = source.open()) {
      reader.read(source.name(), bytes);
    }
    return new Result(reader.rows, reader.log);
  }

  private void read(String name, ByteSource bytes) {
    TableInput.read(
        name,
        bytes,
        options,
        log,
        new TableInput.Rows() {
          private final Map<String, Integer> index = new HashMap<>();
          private String[] names;

          @Override
          public boolean header(long line, String[] header) {
            names = header;
            for (int i = 0; i < header.length; i++) {
              String n = ColumnNames.normalize(header[i]).replace(' ', '_');
              String canonical =
                  COLUMNS.contains(n) ? n : ALIASES.get(ColumnNames.normalize(header[i]));
              if (canonical != null) {
                index.putIfAbsent(canonical, i);
              }
            }
            boolean ok = true;
            for (String required : COLUMNS.subList(0, 3)) {
              if (!index.containsKey(required)) {
                log.fatal(
                    name, line, required, String.join(",", header), "no " + required + " column");
                ok = false;
              }
            }
            return ok;
          }

          @Override
          public TableInput.Sink sink(int rows) {
            return new TextRows(options.maxProblems());
          }

          // Rows are checked in file order, as duplicates and consistency span the whole file.
          @Override
          public void finish(List<TableInput.Sink> sinks, long[] lineOffsets) {
            TextRows.replay(
                sinks,
                lineOffsets,
                log,
                (line, fields) -> PanelReader.this.row(name, line, names, index, fields));
          }
        });
  }

  private void row(
      String name, long line, String[] names, Map<String, Integer> index, String[] fields) {
    long before = log.count();
    Cells cells = new Cells(name, line, names, index, fields);
    String product = cells.text("product");
    if (product.isEmpty()) {
      cells.problem("product", "missing product");
    }
    int ma = cells.date("ma_date");
    if (ma == CaseRecord.ABSENT && cells.text("ma_date").isEmpty()) {
      cells.problem("ma_date", "missing EU marketing authorisation date");
    }
    String country = cells.text("country").toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(country)) {
      cells.problem("country", "unknown country code (ISO 3166 alpha-2, e.g. NO, SE, DE)");
    }
    int available = cells.date("available_date");
    if (available != CaseRecord.ABSENT && ma != CaseRecord.ABSENT && available < ma) {
      cells.problem(
          "available_date",
          "available before the marketing authorisation (" + LocalDate.ofEpochDay(ma) + ")");
    }
    Availability availability = availability(cells, available);
    boolean oncology = cells.flag("oncology");
    boolean orphan = cells.flag("orphan");
    boolean combination = cells.flag("combination");
    SourceLine source = new SourceLine(name, line);
    if (!product.isEmpty() && !country.isEmpty()) {
      SourceLine first = seen.putIfAbsent(new PanelRow.Key(product, country), source);
      if (first != null) {
        cells.problem(
            "product",
            "duplicate product and country: same as line "
                + first.line()
                + (first.file().equals(name) ? "" : " of " + first.file()));
      }
    }
    PanelRow row =
        new PanelRow(
            product, ma, country, available, availability, oncology, orphan, combination, source);
    PanelRow other = firstOfProduct.get(product);
    if (other != null && log.count() == before) {
      consistent(cells, row, other);
    }
    if (log.count() > before) {
      log.rowInvalid();
      return;
    }
    firstOfProduct.putIfAbsent(product, row);
    rows.add(row);
  }

  private static Availability availability(Cells cells, int available) {
    String text = ColumnNames.normalize(cells.text("availability"));
    Availability a =
        switch (text) {
          case "full" -> Availability.FULL;
          case "limited" -> Availability.LIMITED;
          case "" -> available == CaseRecord.ABSENT ? Availability.NONE : Availability.FULL;
          default -> {
            cells.problem("availability", "expected full, limited or empty");
            yield Availability.NONE;
          }
        };
    if (a != Availability.NONE && available == CaseRecord.ABSENT) {
      cells.problem("availability", "available without an available_date");
    }
    return a;
  }

  // A medicine's EU authorisation and classification are the same in every country.
  private static void consistent(Cells cells, PanelRow row, PanelRow first) {
    String where = " than on line " + first.source().line();
    if (row.maDay() != first.maDay()) {
      cells.problem("ma_date", "a different EU marketing authorisation date" + where);
    }
    if (row.oncology() != first.oncology()) {
      cells.problem("oncology", "a different oncology flag" + where);
    }
    if (row.orphan() != first.orphan()) {
      cells.problem("orphan", "a different orphan flag" + where);
    }
    if (row.combination() != first.combination()) {
      cells.problem("combination", "a different combination flag" + where);
    }
  }

  /** One row's cells, reporting problems against their header. */
  private final class Cells {
    private final String file;
    private final long line;
    private final String[] names;
    private final Map<String, Integer> index;
    private final String[] fields;

    Cells(String file, long line, String[] names, Map<String, Integer> index, String[] fields) {
      this.file = file;
      this.line = line;
      this.names = names;
      this.index = index;
      this.fields = fields;
    }

    String text(String column) {
      Integer i = index.get(column);
      return i == null ? "" : fields[i].strip();
    }

    int date(String column) {
      DateReader.Result r = options.dates().read(text(column));
      if (r instanceof DateReader.Day d) {
        return d.epochDay();
      }
      if (r instanceof DateReader.Failure f) {
        problem(column, f.reason());
      }
      return CaseRecord.ABSENT;
    }

    boolean flag(String column) {
      String v = YesNo.read(text(column)).orElse(null);
      if (v == null) {
        problem(column, "not a yes/no value");
      }
      return "yes".equals(v);
    }

    void problem(String column, String reason) {
      Integer i = index.get(column);
      log.problem(file, line, i == null ? column : names[i], text(column), reason);
    }
  }
}

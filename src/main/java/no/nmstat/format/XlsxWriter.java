package no.nmstat.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook (.xlsx, written with fastexcel): the same column headers as CSV, numbers as
 * numbers at full precision (shares formatted as percentages), ISO dates as dates, text as text (so
 * no cell can become a formula, and decimal commas are Excel's business), the header row frozen,
 * columns sized to their content, and the notes with how the table was made on a second sheet.
 *
 * <p>The same table gives the same bytes: fastexcel stamps the workbook with the time it was
 * written ({@code dcterms:created}), which is taken out again (method.md §6, deterministic output).
 */
final class XlsxWriter {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int MAX_WIDTH = 60;
  private static final Pattern CREATED =
      Pattern.compile("<dcterms:created\\b[^>]*>[^<]*</dcterms:created>");

  /**
   * A fixed date for the ZIP entries: from 1980-01-02, as at the very start of 1980 java.util.zip
   * adds a UTC time, computed in the machine's time zone.
   */
  private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 1, 2, 0, 0);

  private XlsxWriter() {}

  static void write(Table table, OutputStream out, String generator) throws IOException {
    // fastexcel's ZIP (opczip) has data descriptors java.util.zip can read only through the
    // central directory, that is from a file.
    Path workbook = Files.createTempFile("nmstat-", ".xlsx");
    try {
      try (OutputStream file = Files.newOutputStream(workbook)) {
        write(table, generator, file);
      }
      withoutCreationTime(workbook, out);
    } finally {
      Files.deleteIfExists(workbook);
    }
  }

  private static void write(Table table, String generator, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "nmstat", null);
    Worksheet ws = wb.newWorksheet("nmstat");
    List<Column> columns = table.columns();
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      ws.value(0, c, columns.get(c).name());
      widths[c] = columns.get(c).name().length();
    }
    ws.range(0, 0, 0, Math.max(0, columns.size() - 1)).style().bold().set();
    ws.freezePane(0, 1);
    int r = 1;
    for (List<Object> row : table.rows()) {
      for (int c = 0; c < columns.size(); c++) {
        Object v = row.get(c);
        int width = cell(ws, r, c, columns.get(c), v);
        widths[c] = Math.max(widths[c], width);
      }
      r++;
    }
    for (int c = 0; c < columns.size(); c++) {
      ws.width(c, Math.min(MAX_WIDTH, widths[c] + 2));
    }
    List<String> lines = new java.util.ArrayList<>(table.notes());
    if (!lines.isEmpty() && !table.provenance().isEmpty()) {
      lines.add("");
    }
    lines.addAll(table.provenance());
    if (!lines.isEmpty()) {
      Worksheet notes = wb.newWorksheet("notes");
      notes.width(0, 120);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).isEmpty()) {
          notes.value(i, 0, lines.get(i));
        }
      }
    }
    if (generator != null) {
      wb.properties().setSubject(generator);
    }
    wb.finish();
  }

  /**
   * Copies the package {@code xlsx} to {@code out} without the creation time in its core properties
   * (an optional property), every entry dated {@link #ZIP_TIME}.
   */
  private static void withoutCreationTime(Path xlsx, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    try (ZipFile in = new ZipFile(xlsx.toFile())) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] content;
        try (InputStream entry = in.getInputStream(e)) {
          content = entry.readAllBytes();
        }
        if (e.getName().equals("xl/styles.xml")) {
          content = withNormalStyle(content);
        }
        if (e.getName().equals("docProps/core.xml")) {
          content =
              CREATED
                  .matcher(new String(content, StandardCharsets.UTF_8))
                  .replaceAll("")
                  .getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(ZIP_TIME);
        zip.putNextEntry(copy);
        zip.write(content);
        zip.closeEntry();
      }
    }
    zip.finish();
  }

  /**
   * The style sheet with the named cell style "Normal" over the default cell format, which every
   * workbook Excel writes has: fastexcel leaves the list of named styles out, and openpyxl (so
   * pandas) then warns "Workbook contains no default style" on every read.
   */
  private static byte[] withNormalStyle(byte[] styles) {
    String xml = new String(styles, StandardCharsets.UTF_8);
    if (xml.contains("<cellStyles")) {
      return styles;
    }
    return xml.replace(
            "</cellXfs>",
            "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\""
                + " builtinId=\"0\"/></cellStyles>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Writes one cell; returns the width of its text. */
  private static int cell(Worksheet ws, int r, int c, Column column, Object v) {
    if (v == null) {
      return 0;
    }
    if (v instanceof Number n) {
      ws.value(r, c, n);
      if (column.kind() == Column.Kind.SHARE) {
        ws.style(r, c).format("0.0%").set();
      }
      return Cells.exact(v).length();
    }
    String text = v.toString();
    if (text.isEmpty()) {
      return 0;
    }
    if (ISO_DATE.matcher(text).matches()) {
      try {
        ws.value(r, c, LocalDate.parse(text));
        ws.style(r, c).format("yyyy-mm-dd").set();
        return 10;
      } catch (java.time.DateTimeException e) {
        // Not a date after all (e.g. 2023-13-45): kept as text.
      }
    }
    ws.value(r, c, text);
    return text.length();
  }
}

package no.nmstat.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One-sheet workbooks written part by part, as the OOXML package format allows, for workbooks no
 * spreadsheet program would write: without styles or shared strings, with formulas but no saved
 * values, or with a sheet that inflates like a ZIP bomb. Entries carry a fixed time, so the same
 * parts give the same bytes.
 */
public final class HandWrittenWorkbook {
  /** The sheet part's name. */
  public static final String SHEET = "xl/worksheets/sheet1.xml";

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

  /** 2026-01-01 00:00 UTC, the time of every entry. */
  private static final long ENTRY_TIME = 1_767_225_600_000L;

  private HandWrittenWorkbook() {}

  /**
   * The parts of a one-sheet workbook with {@code rows} as its sheet data; with {@code styles},
   * style 1 is the date format dd.mm.yyyy; with {@code sharedStrings}, string 0 is decision_date.
   */
  public static Map<String, String> parts(String rows, boolean styles, boolean sharedStrings) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\""
            + TYPE
            + "sheet.main+xml\"/>"
            + "<Override PartName=\"/"
            + SHEET
            + "\" ContentType=\""
            + TYPE
            + "worksheet+xml\"/>"
            + (styles
                ? "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + TYPE + "styles+xml\"/>"
                : "")
            + (sharedStrings
                ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
                    + TYPE
                    + "sharedStrings+xml\"/>"
                : "")
            + "</Types>");
    parts.put(
        "_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" Type=\""
            + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\"/>"
            + "</Relationships>");
    parts.put(
        "xl/workbook.xml",
        "<workbook xmlns=\""
            + MAIN
            + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Ark1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.put(
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\""
            + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\"/>"
            + "</Relationships>");
    parts.put(SHEET, sheetStart() + rows + sheetEnd());
    if (styles) {
      parts.put(
          "xl/styles.xml",
          "<styleSheet xmlns=\""
              + MAIN
              + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/>"
              + "</numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>"
              + "</cellXfs></styleSheet>");
    }
    if (sharedStrings) {
      parts.put(
          "xl/sharedStrings.xml",
          "<sst xmlns=\"" + MAIN + "\" count=\"1\"><si><t>decision_date</t></si></sst>");
    }
    return parts;
  }

  /** The sheet part up to its rows. */
  public static String sheetStart() {
    return "<worksheet xmlns=\"" + MAIN + "\"><sheetData>";
  }

  /** The sheet part after its rows. */
  public static String sheetEnd() {
    return "</sheetData></worksheet>";
  }

  /** An inline text cell. */
  public static String text(String ref, String value) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
  }

  /** {@code parts} as a workbook, in their order. */
  public static byte[] zip(Map<String, String> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> p : parts.entrySet()) {
        entry(zip, p.getKey()).write(p.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Starts entry {@code name} in {@code zip}, to be written and closed by the caller. */
  public static OutputStream entry(ZipOutputStream zip, String name) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(ENTRY_TIME);
    zip.putNextEntry(e);
    return zip;
  }
}

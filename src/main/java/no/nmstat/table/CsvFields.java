package no.nmstat.table;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The fields of the record a {@link CsvScanner} last scanned, decoded only on request: dates and
 * numbers straight from the bytes, text through a pool so that repeated values (areas, indications,
 * flags) share one String.
 */
final class CsvFields implements Fields {

  private final CsvScanner scanner;
  private final Charset charset;
  private final boolean utf8;
  private byte[] buf;
  private int[] keys = new int[1024];
  private byte[][] raws = new byte[1024][];
  private String[] texts = new String[1024];
  private int pooled;

  CsvFields(CsvScanner scanner, Charset charset) {
    this.scanner = scanner;
    this.charset = charset;
    this.utf8 = charset.equals(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Points at the buffer the last record was scanned from. */
  void on(byte[] buffer) {
    this.buf = buffer;
  }

  @Override
  public int size() {
    return scanner.count();
  }

  /** Whether the field holds nothing but blanks. */
  @Override
  public boolean blank(int i) {
    return first(i) >= last(i);
  }

  /** The field's text, stripped. */
  @Override
  public String text(int i) {
    int s = first(i);
    int e = last(i);
    if (s >= e) {
      return "";
    }
    String t = decode(s, e);
    if (scanner.escaped(i)) {
      t = t.replace("\"\"", "\"");
    }
    return t.strip();
  }

  /**
   * The field's bytes as they are when they are its text in UTF-8: no doubled quotes, nothing
   * {@link String#strip} would remove at either end, and UTF-8 (the record was checked as such) or
   * ASCII.
   */
  @Override
  public void utf8(int i, Utf8Target target) {
    int s = first(i);
    int e = last(i);
    if (s >= e) {
      target.take(buf, s, s);
    } else if (!scanner.escaped(i)
        && printable(buf[s])
        && printable(buf[e - 1])
        && (utf8 || ascii(s, e))) {
      target.take(buf, s, e);
    } else {
      Fields.super.utf8(i, target);
    }
  }

  private static boolean printable(byte b) {
    return b > ' ' && b < 0x7F;
  }

  private boolean ascii(int s, int e) {
    for (int k = s; k < e; k++) {
      if (buf[k] < 0) {
        return false;
      }
    }
    return true;
  }

  /** As {@link #text}, but one String for equal values. */
  @Override
  public String pooledText(int i) {
    int s = first(i);
    int e = last(i);
    if (s >= e) {
      return "";
    }
    int h = 1;
    for (int k = s; k < e; k++) {
      h = 31 * h + buf[k];
    }
    h = h == 0 ? 1 : h;
    int mask = keys.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      if (keys[slot] == 0) {
        String t = text(i);
        keys[slot] = h;
        raws[slot] = Arrays.copyOfRange(buf, s, e);
        texts[slot] = t;
        if (++pooled * 2 > keys.length) {
          grow();
        }
        return t;
      }
      if (keys[slot] == h && Arrays.equals(raws[slot], 0, raws[slot].length, buf, s, e)) {
        return texts[slot];
      }
    }
  }

  // The record was checked as a whole (TextCheck): valid in the file's character set.
  private String decode(int s, int e) {
    for (int k = s; k < e; k++) {
      if (buf[k] < 0) {
        return new String(buf, s, e - s, charset);
      }
    }
    return new String(buf, s, e - s, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /**
   * The cell as an epoch day, {@link Fields#BLANK} when it is blank, or a valid date in a standard
   * form; {@link #NOT_QUICK} otherwise (then {@link #date} says why). Allocates nothing: this runs
   * for every date of every row.
   */
  @Override
  public int day(int i) {
    int s = first(i);
    int e = last(i);
    if (s >= e) {
      return BLANK;
    }
    return e - s == 10 ? DateReader.quickDay(buf, s) : NOT_QUICK;
  }

  /** The field read as a date. */
  @Override
  public DateReader.Result date(int i, DateReader reader) {
    int s = first(i);
    return reader.read(buf, s, Math.max(s, last(i)), () -> text(i));
  }

  private void grow() {
    int[] oldKeys = keys;
    byte[][] oldRaws = raws;
    String[] oldTexts = texts;
    keys = new int[oldKeys.length * 2];
    raws = new byte[keys.length][];
    texts = new String[keys.length];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int slot = oldKeys[j] & mask;
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[j];
        raws[slot] = oldRaws[j];
        texts[slot] = oldTexts[j];
      }
    }
  }

  private int first(int i) {
    int s = scanner.start(i);
    int e = scanner.end(i);
    while (s < e && (buf[s] == ' ' || buf[s] == '\t')) {
      s++;
    }
    return s;
  }

  // For a blank field, at most first(i): callers compare the two.
  private int last(int i) {
    int s = scanner.start(i);
    int e = scanner.end(i);
    while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) {
      e--;
    }
    return e;
  }
}

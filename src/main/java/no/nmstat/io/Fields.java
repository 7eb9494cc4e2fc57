package no.nmstat.io;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The fields of the record a {@link CsvScanner} last scanned, decoded only on request: dates
 * and numbers straight from the bytes, text through a pool so that repeated values (areas,
 * indications, flags) share one String.
 */
final class Fields {
  private final CsvScanner scanner;
  private final Charset charset;
  private byte[] buf;
  private int[] keys = new int[1024];
  private byte[][] raws = new byte[1024][];
  private String[] texts = new String[1024];
  private int pooled;

  Fields(CsvScanner scanner, Charset charset) {
    this.scanner = scanner;
    this.charset = charset;
  }

  /** Points at the buffer the last record was scanned from. */
  void on(byte[] buffer) {
    this.buf = buffer;
  }

  int size() {
    return scanner.count();
  }

  /** Whether the field holds nothing but blanks. */
  boolean blank(int i) {
    return first(i) >= last(i);
  }

  /** Whether every field is blank. */
  boolean blankRecord() {
    for (int i = 0; i < size(); i++) {
      if (!blank(i)) {
        return false;
      }
    }
    return true;
  }

  /** The field's text, stripped. */
  String text(int i) {
    int s = first(i);
    int e = last(i);
    if (s >= e) {
      return "";
    }
    String t = new String(buf, s, e - s, charset);
    if (scanner.escaped(i)) {
      t = t.replace("\"\"", "\"");
    }
    return t.strip();
  }

  /** As {@link #text}, but one String for equal values. */
  String pooledText(int i) {
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

  /** The field read as a date. */
  DateReader.Result date(int i, DateReader reader) {
    return reader.read(buf, first(i), last(i), () -> text(i));
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

  private int last(int i) {
    int s = first(i);
    int e = scanner.end(i);
    while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) {
      e--;
    }
    return e;
  }
}

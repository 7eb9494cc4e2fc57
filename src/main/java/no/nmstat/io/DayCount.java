package no.nmstat.io;

/**
 * A whole number of days as a cell holds it (the clock stop): digits only, with the zero decimals
 * Excel adds ({@code 14,0}); no regular expression and no object, since it runs for every row.
 */
final class DayCount {
  private DayCount() {}

  /** The days {@code raw} holds, or -1 when it is not a whole number of 1 to 9 digits. */
  static int read(String raw) {
    return wholeNumber(withoutZeroDecimals(raw));
  }

  /** Whether {@code raw} is a whole number with a minus sign. */
  static boolean negative(String raw) {
    return raw.startsWith("-") && wholeNumber(raw.substring(1)) >= 0;
  }

  /**
   * {@code s} without a decimal separator followed only by zeros: Excel with Norwegian decimals
   * writes a whole number of days as 14,0 (or 14.0). Without a regular expression, which would be
   * compiled for every row.
   */
  private static String withoutZeroDecimals(String s) {
    int sep = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
    if (sep < 0 || sep == s.length() - 1) {
      return s;
    }
    for (int k = sep + 1; k < s.length(); k++) {
      if (s.charAt(k) != '0') {
        return s;
      }
    }
    return s.substring(0, sep);
  }

  /** 1 to 9 digits as a number, or -1. */
  private static int wholeNumber(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}

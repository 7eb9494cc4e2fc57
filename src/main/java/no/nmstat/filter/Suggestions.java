package no.nmstat.filter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import no.nmstat.io.ColumnNames;

/**
 * The choices a misspelt name most likely meant: those within a small edit distance (a letter
 * added, dropped, changed, or two swapped), or that begin with it; case, accents and the
 * underscore-versus-space difference do not count, as in headers.
 */
final class Suggestions {
  private static final int MAX = 3;
  // No misspelling is this long; the distance's cost grows with the product of the lengths.
  private static final int LONGEST = 200;

  private Suggestions() {}

  /** Up to three of {@code choices} near {@code name}, nearest first, compared as headers are. */
  static List<String> near(String name, List<String> choices) {
    String n = ColumnNames.normalize(name);
    if (n.length() > LONGEST) {
      return List.of();
    }
    int limit = n.length() <= 4 ? 1 : 2;
    List<Near> near = new ArrayList<>();
    for (String c : new LinkedHashSet<>(choices)) {
      String choice = ColumnNames.normalize(c);
      int d = distance(n, choice);
      if (d <= limit || (n.length() >= 3 && choice.startsWith(n))) {
        near.add(new Near(c, d));
      }
    }
    near.sort(Comparator.comparingInt(Near::distance));
    return near.stream().limit(MAX).map(Near::choice).toList();
  }

  private record Near(String choice, int distance) {}

  /** " did you mean a or b?" for the suggestions, or empty when there are none. */
  static String didYouMean(String name, List<String> choices) {
    List<String> near = near(name, choices);
    return near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?";
  }

  /** The optimal string alignment distance: insertions, deletions, substitutions, swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

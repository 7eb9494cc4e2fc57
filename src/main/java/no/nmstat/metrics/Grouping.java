package no.nmstat.metrics;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Items (cases, or the observations of one interval) split into groups by their values of one or
 * more {@link GroupBy} dimensions: the groups in output order, each group's items in their original
 * order.
 *
 * <p>Output order: values in Norwegian alphabetical order (æ, ø, å after z), ties broken by code
 * point so the order is total, the empty value (no year, no value) last; keys compared dimension by
 * dimension.
 *
 * <p>Linear in the items: each dimension's distinct values are put in order once, by collation keys
 * (one per value), and the items are then sorted by the ranks of their values with stable counting
 * sorts, last dimension first. Sorting the groups' keys with the collator itself cost most of a run
 * with many groups: one comparison takes microseconds.
 */
public final class Grouping {
  /**
   * The Norwegian collator and the order of values (see above), made when first used: building the
   * collator costs several milliseconds of a run's start, and a run without groups never orders.
   */
  private static final class Norwegian {
    static final Collator COLLATOR = norwegian();

    static final Comparator<String> ORDER =
        Comparator.comparing(String::isEmpty)
            .thenComparing(COLLATOR::compare)
            .thenComparing(Comparator.naturalOrder());
  }

  private final Values[] values;
  private final int[][] ids;
  private final int[] order;
  private final int[] starts;

  private Grouping(Values[] values, int[][] ids, int[] order, int[] starts) {
    this.values = values;
    this.ids = ids;
    this.order = order;
    this.starts = starts;
  }

  private static Collator norwegian() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("nb-NO"));
    collator.setStrength(Collator.TERTIARY);
    return collator;
  }

  /**
   * Groups {@code items} items whose value in dimension {@code d} is {@code ids[d][item]}, an id of
   * {@code values[d]}. With no dimension, one group of all items, even of none.
   */
  public static Grouping of(int items, Values[] values, int[][] ids) {
    return of(items, values, ids, new int[items], new int[items]);
  }

  /**
   * As {@link #of(int, Values[], int[][])}, sorting in {@code buffer} and {@code spare} (each at
   * least {@code items} long), one of which the grouping then keeps: for callers that group again
   * and again and read each grouping before the next.
   */
  public static Grouping of(int items, Values[] values, int[][] ids, int[] buffer, int[] spare) {
    int[] order = buffer;
    for (int i = 0; i < items; i++) {
      order[i] = i;
    }
    int[] sorted = spare;
    for (int d = values.length - 1; d >= 0; d--) {
      int[] rank = values[d].ranks();
      int[] id = ids[d];
      int[] next = new int[rank.length + 1];
      for (int i = 0; i < items; i++) {
        next[rank[id[i]] + 1]++;
      }
      for (int r = 0; r < rank.length; r++) {
        next[r + 1] += next[r];
      }
      for (int k = 0; k < items; k++) {
        int item = order[k];
        sorted[next[rank[id[item]]]++] = item;
      }
      int[] swap = order;
      order = sorted;
      sorted = swap;
    }
    if (values.length == 0) {
      return new Grouping(values, ids, order, new int[] {0, items});
    }
    int groups = 0;
    for (int k = 0; k < items; k++) {
      groups += k == 0 || !sameValues(ids, order[k - 1], order[k]) ? 1 : 0;
    }
    int[] starts = new int[groups + 1];
    groups = 0;
    for (int k = 0; k < items; k++) {
      if (k == 0 || !sameValues(ids, order[k - 1], order[k])) {
        starts[groups++] = k;
      }
    }
    starts[groups] = items;
    return new Grouping(values, ids, order, starts);
  }

  private static boolean sameValues(int[][] ids, int a, int b) {
    for (int[] id : ids) {
      if (id[a] != id[b]) {
        return false;
      }
    }
    return true;
  }

  /** How many groups. */
  public int size() {
    return starts.length - 1;
  }

  /** Where group {@code g}'s items start in {@link #item}'s order. */
  public int start(int g) {
    return starts[g];
  }

  /** Where group {@code g}'s items end (exclusive) in {@link #item}'s order. */
  public int end(int g) {
    return starts[g + 1];
  }

  /** The {@code k}-th item in group order. */
  public int item(int k) {
    return order[k];
  }

  /** The id of group {@code g}'s value in dimension {@code d}. */
  public int valueId(int g, int d) {
    return ids[d][order[starts[g]]];
  }

  /** Group {@code g}'s values, one per dimension (empty with no dimension). */
  public List<String> key(int g) {
    if (values.length == 0) {
      return List.of();
    }
    String[] key = new String[values.length];
    int item = order[starts[g]];
    for (int d = 0; d < key.length; d++) {
      key[d] = values[d].value(ids[d][item]);
    }
    return List.of(key);
  }

  /** The distinct values of one dimension, numbered from 0 in order of first appearance. */
  public static final class Values {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private int[] ranks = new int[0];

    /** The id of {@code value}, numbering it when new. */
    public int id(String value) {
      Integer id = ids.get(value);
      if (id == null) {
        id = values.size();
        ids.put(value, id);
        values.add(value);
      }
      return id;
    }

    /** Whether every value is empty or ASCII digits alone. */
    private boolean digitsOnly() {
      for (String v : values) {
        for (int i = 0; i < v.length(); i++) {
          char c = v.charAt(i);
          if (c < '0' || c > '9') {
            return false;
          }
        }
      }
      return true;
    }

    /** The value numbered {@code id}. */
    public String value(int id) {
      return values.get(id);
    }

    /** Each id's place in output order; computed again when values were added since. */
    int[] ranks() {
      int n = values.size();
      if (ranks.length != n && digitsOnly()) {
        // Strings of ASCII digits (years, most often) the collator orders digit by digit, a
        // prefix first, as String's natural order does: no collator needed (making one costs a
        // one-shot run tens of milliseconds). GroupingTest checks this against the collator.
        Integer[] byOrder = new Integer[n];
        for (int i = 0; i < n; i++) {
          byOrder[i] = i;
        }
        Arrays.sort(
            byOrder,
            Comparator.comparing((Integer i) -> values.get(i).isEmpty())
                .thenComparing(values::get));
        ranks = new int[n];
        for (int r = 0; r < n; r++) {
          ranks[byOrder[r]] = r;
        }
      }
      if (ranks.length != n) {
        // Sorted by collation keys, one per value, then checked pair by pair with the collator,
        // which decides: with ignorable characters (a soft hyphen, a zero-width space) the JDK's
        // keys can order two values otherwise than its collator does, and the collator's order
        // is the documented one. Sorting with the collator alone costs a comparison per step of
        // the sort, microseconds each.
        CollationKey[] keys = new CollationKey[n];
        Integer[] byOrder = new Integer[n];
        for (int i = 0; i < n; i++) {
          keys[i] = Norwegian.COLLATOR.getCollationKey(values.get(i));
          byOrder[i] = i;
        }
        Arrays.sort(
            byOrder,
            Comparator.comparing((Integer i) -> values.get(i).isEmpty())
                .thenComparing(i -> keys[i])
                .thenComparing(values::get));
        Comparator<Integer> exact = Comparator.comparing(values::get, Norwegian.ORDER);
        for (int r = 1; r < n; r++) {
          if (exact.compare(byOrder[r - 1], byOrder[r]) >= 0) {
            Arrays.sort(byOrder, exact);
            break;
          }
        }
        ranks = new int[n];
        for (int r = 0; r < n; r++) {
          ranks[byOrder[r]] = r;
        }
      }
      return ranks;
    }
  }
}

package no.nmstat.filter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.nmstat.model.CaseRecord;

/**
 * What the cases show of one condition's column, all of them and not only those kept: whether any
 * records it, which alternatives of {@code =} or {@code !=} some case has, and the values it has,
 * to suggest one for an alternative none has (a misspelt value keeps no case, or all, without
 * another word).
 */
final class Census {
  // Enough for areas, method types and indications; a column of as many values (ids) gets no
  // suggestion.
  private static final int MAX_VALUES = 1000;

  private final Criterion criterion;
  private final boolean[] found;
  private final Set<String> values = new HashSet<>();
  private boolean recorded;
  private int missing;

  Census(Criterion criterion) {
    this.criterion = criterion;
    List<String> alternatives = criterion.condition.alternatives();
    found = new boolean[alternatives.size()];
    for (int a = 0; a < found.length; a++) {
      found[a] = alternatives.get(a).isEmpty() || !criterion.condition.operator().equality();
      missing += found[a] ? 0 : 1;
    }
  }

  /** Counts {@code c}, as it stood on the as-of date. */
  void count(CaseRecord c) {
    if (criterion.empty(c)) {
      return;
    }
    recorded = true;
    if (missing == 0) {
      return;
    }
    for (int a = 0; a < found.length; a++) {
      if (!found[a] && criterion.compare(c, a) == 0) {
        found[a] = true;
        missing--;
      }
    }
    String v = criterion.text(c);
    if (v != null && values.size() <= MAX_VALUES) {
      values.add(v);
    }
  }

  /** Whether some case records the column. */
  boolean recorded() {
    return recorded;
  }

  /**
   * A sentence for each alternative no case has, with the nearest values some case has: {@code
   * area=Onkolgi: no case has area Onkolgi; did you mean Onkologi?}. None when no case records the
   * column at all (that is said once, for the whole condition).
   */
  List<String> unmatched() {
    List<String> sentences = new ArrayList<>();
    if (!recorded) {
      return sentences;
    }
    List<String> choices = new ArrayList<>(values.size() <= MAX_VALUES ? values : Set.of());
    choices.sort(null);
    List<String> alternatives = criterion.condition.alternatives();
    for (int a = 0; a < found.length; a++) {
      if (!found[a]) {
        sentences.add(
            criterion.condition.text()
                + ": no case has "
                + criterion.column
                + " "
                + alternatives.get(a)
                + Suggestions.didYouMean(alternatives.get(a), choices));
      }
    }
    return sentences;
  }
}

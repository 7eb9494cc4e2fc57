package no.nmstat.filter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nmstat.model.CaseList;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;

/**
 * Conditions that must all hold, resolved against the input's columns: the cases they select, each
 * judged as it stood on the as-of date (method.md §10).
 */
public final class Where {
  private final List<Criterion> criteria;

  private Where(List<Criterion> criteria) {
    this.criteria = List.copyOf(criteria);
  }

  /**
   * {@code conditions} resolved against the canonical columns and {@code extraColumns}; a {@link
   * ConditionException} for the first that names no column, or whose value does not fit it.
   */
  public static Where of(List<Condition> conditions, List<String> extraColumns) {
    List<Criterion> criteria = new ArrayList<>();
    for (Condition c : conditions) {
      criteria.add(Criterion.of(c, extraColumns));
    }
    return new Where(criteria);
  }

  /**
   * What the selection kept.
   *
   * @param cases the cases that pass every condition, in input order, with the rounds they had
   * @param total how many cases there were before
   * @param unrecorded for each condition whose column no case records (as of the date), the
   *     condition as written and the column
   * @param unmatched a sentence for each alternative of {@code =} or {@code !=} that no case has,
   *     with the nearest values cases have
   */
  public record Selection(
      CaseList cases, long total, Map<String, String> unrecorded, List<String> unmatched) {
    public Selection {
      unrecorded = Collections.unmodifiableMap(new LinkedHashMap<>(unrecorded));
      unmatched = List.copyOf(unmatched);
    }
  }

  /**
   * The cases of {@code cases} that pass every condition as they stood on {@code asOfDay} (a date
   * after it is not yet reached); the cases kept are the rows of {@code cases} themselves, so a
   * round keeps its number and what it knows of the rounds left out.
   */
  public Selection select(CaseList cases, int asOfDay) {
    List<Census> census = criteria.stream().map(Census::new).toList();
    List<CaseTable> kept = new ArrayList<>();
    for (CaseTable table : cases.tables()) {
      CaseTable seen = table.asOf(asOfDay);
      BitSet out = new BitSet(table.size());
      for (int row = 0; row < table.size(); row++) {
        CaseRecord c = seen.get(row);
        census.forEach(k -> k.count(c));
        if (!matches(c)) {
          out.set(row);
        }
      }
      kept.add(table.without(out));
    }
    Map<String, String> unrecorded = new LinkedHashMap<>();
    List<String> unmatched = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      if (!census.get(i).recorded()) {
        unrecorded.put(criteria.get(i).condition.text(), criteria.get(i).column);
      }
      unmatched.addAll(census.get(i).unmatched());
    }
    return new Selection(new CaseList(kept), cases.size(), unrecorded, unmatched);
  }

  /** Whether {@code c}, as it stood on the as-of date, passes every condition. */
  public boolean matches(CaseRecord c) {
    for (Criterion k : criteria) {
      if (!k.matches(c)) {
        return false;
      }
    }
    return true;
  }
}

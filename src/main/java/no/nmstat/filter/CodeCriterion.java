package no.nmstat.filter;

import java.util.List;
import java.util.function.Function;
import no.nmstat.model.CaseRecord;

/** A column of codes (the decision, the yes/no flags): = and != only, values read as cells. */
final class CodeCriterion extends Criterion {
  private final Function<CaseRecord, String> cell;
  private final String[] codes;

  CodeCriterion(
      Condition condition,
      String column,
      Function<CaseRecord, String> cell,
      Function<String, String> code,
      List<String> choices) {
    super(condition, column);
    this.cell = cell;
    if (!condition.operator().equality()) {
      throw unfit(column + " takes = and != only");
    }
    List<String> alternatives = condition.alternatives();
    codes = new String[alternatives.size()];
    for (int a = 0; a < codes.length; a++) {
      String v = alternatives.get(a);
      codes[a] = v.isEmpty() ? "" : code.apply(v);
      if (codes[a] == null) {
        throw unfit(
            "'"
                + v
                + "' is not a value of "
                + column
                + ": "
                + String.join(", ", choices.subList(0, choices.size() - 1))
                + " or "
                + choices.get(choices.size() - 1)
                + Suggestions.didYouMean(v, choices));
      }
    }
  }

  @Override
  String text(CaseRecord c) {
    return cell.apply(c);
  }

  @Override
  boolean empty(CaseRecord c) {
    return cell.apply(c).isEmpty();
  }

  @Override
  int compare(CaseRecord c, int a) {
    return cell.apply(c).equals(codes[a]) ? 0 : INCOMPARABLE;
  }
}

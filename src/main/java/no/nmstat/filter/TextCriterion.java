package no.nmstat.filter;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import no.nmstat.model.CaseRecord;

/**
 * A text column: an alternative that is a number compares with cells that are numbers as numbers,
 * one that is a date with cells that are dates as dates; other cells, and any cell against other
 * text, only as equal text or not. Orders need a number or a date.
 */
final class TextCriterion extends Criterion {
  private final Function<CaseRecord, String> cell;
  private final BigDecimal[] numbers;
  private final Integer[] days;

  TextCriterion(Condition condition, String column, Function<CaseRecord, String> cell) {
    super(condition, column);
    this.cell = cell;
    List<String> alternatives = condition.alternatives();
    numbers = new BigDecimal[alternatives.size()];
    days = new Integer[alternatives.size()];
    for (int a = 0; a < numbers.length; a++) {
      String v = alternatives.get(a);
      numbers[a] = number(v);
      days[a] = numbers[a] == null ? day(v) : null;
      if (!condition.operator().equality() && numbers[a] == null && days[a] == null) {
        throw unfit(
            condition.operator() + " compares numbers or dates, and '" + v + "' is neither");
      }
    }
  }

  @Override
  String text(CaseRecord c) {
    return cell.apply(c).strip();
  }

  @Override
  boolean empty(CaseRecord c) {
    return cell.apply(c).isBlank();
  }

  @Override
  int compare(CaseRecord c, int a) {
    String v = cell.apply(c).strip();
    if (numbers[a] != null) {
      BigDecimal n = number(v);
      if (n != null) {
        return n.compareTo(numbers[a]);
      }
    } else if (days[a] != null) {
      Integer d = day(v);
      if (d != null) {
        return Integer.compare(d, days[a]);
      }
    }
    return v.equals(condition.alternatives().get(a)) ? 0 : INCOMPARABLE;
  }
}

package no.nmstat.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * One condition as written, {@code COLUMN OPERATOR VALUE}, e.g. {@code area=Blodkreft|Lungekreft}
 * or {@code decision_date>=2024-01-01} (method.md §10): the column is everything before the first
 * operator character, the value everything after the operator, split on {@code |} into alternatives
 * (never on commas, which indications contain).
 *
 * @param text the condition as given
 * @param column the column as written, blanks around it removed
 * @param operator the operator
 * @param alternatives the values, blanks around each removed; an empty one stands for an empty cell
 */
public record Condition(String text, String column, Operator operator, List<String> alternatives) {

  private static final String OPERATOR_CHARACTERS = "=!<>";

  public Condition {
    alternatives = List.copyOf(alternatives);
  }

  /** Reads {@code text}, or throws a {@link ConditionException} saying what is wrong with it. */
  public static Condition parse(String text) {
    int at = firstOperatorCharacter(text);
    Operator operator = at < 0 ? null : operatorAt(text, at);
    if (operator == null) {
      throw new ConditionException(
          text,
          "expected COLUMN OPERATOR VALUE with one of the operators = != < <= > >=,"
              + " e.g. area=Blodkreft or decision_date>=2024-01-01");
    }
    String column = text.substring(0, at).strip();
    if (column.isEmpty()) {
      throw new ConditionException(text, "no column before " + operator);
    }
    String value = text.substring(at + operator.symbol().length());
    if (firstOperatorCharacter(value.strip()) == 0) {
      throw new ConditionException(
          text,
          "one operator between column and value (= != < <= > >=), not "
              + operator
              + value.strip().charAt(0));
    }
    List<String> alternatives = new ArrayList<>();
    for (String a : value.split("\\|", -1)) {
      alternatives.add(a.strip());
    }
    if (!operator.equality()) {
      if (alternatives.size() > 1) {
        throw new ConditionException(
            text, "| gives alternatives to = and != only; " + operator + " takes one value");
      }
      if (alternatives.get(0).isEmpty()) {
        throw new ConditionException(text, operator + " needs a value");
      }
    }
    return new Condition(text, column, operator, alternatives);
  }

  private static int firstOperatorCharacter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (OPERATOR_CHARACTERS.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The operator starting at {@code at}, the longer one first; null for a lone {@code !}. */
  private static Operator operatorAt(String text, int at) {
    Operator one = null;
    for (Operator o : Operator.values()) {
      if (text.startsWith(o.symbol(), at)
          && (one == null || o.symbol().length() > one.symbol().length())) {
        one = o;
      }
    }
    return one;
  }

  @Override
  public String toString() {
    return text;
  }
}

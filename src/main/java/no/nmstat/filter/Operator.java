package no.nmstat.filter;

/** How a condition compares a case's cell with its value (method.md §10). */
public enum Operator {
  EQUAL("="),
  NOT_EQUAL("!="),
  LESS("<"),
  AT_MOST("<="),
  GREATER(">"),
  AT_LEAST(">=");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written, e.g. {@code >=}. */
  public String symbol() {
    return symbol;
  }

  /** Whether this is {@code =} or {@code !=}, the operators that take alternatives and text. */
  public boolean equality() {
    return this == EQUAL || this == NOT_EQUAL;
  }

  /** Whether a cell that compares to the value as {@code comparison} (sign) passes an order. */
  boolean orders(int comparison) {
    return switch (this) {
      case LESS -> comparison < 0;
      case AT_MOST -> comparison <= 0;
      case GREATER -> comparison > 0;
      case AT_LEAST -> comparison >= 0;
      case EQUAL, NOT_EQUAL -> throw new IllegalStateException(symbol + " is no order");
    };
  }

  @Override
  public String toString() {
    return symbol;
  }
}

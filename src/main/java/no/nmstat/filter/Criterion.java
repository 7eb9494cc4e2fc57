package no.nmstat.filter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.nmstat.io.ColumnNames;
import no.nmstat.io.DecisionCell;
import no.nmstat.io.YesNo;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Decision;
import no.nmstat.model.Milestone;
import no.nmstat.table.DateReader;

/**
 * A condition resolved against the input's columns: how it reads a case's cell, by the column's
 * kind (a milestone's date, the clock stop's days, a code, text), and how that cell compares with
 * each alternative. The operators' rules, empty cells included, are in {@link #matches} alone
 * (method.md §10).
 */
abstract class Criterion {
  /** What {@link #compare} gives for a cell that cannot be compared with the value. */
  static final int INCOMPARABLE = Integer.MIN_VALUE;

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
  private static final DateReader DATES = DateReader.standard();

  final Condition condition;

  /** The column, canonical name or the extra column's header. */
  final String column;

  private final boolean emptyAlternative;

  Criterion(Condition condition, String column) {
    this.condition = condition;
    this.column = column;
    this.emptyAlternative = condition.alternatives().contains("");
  }

  /**
   * Whether case {@code c} passes: an empty cell only {@code COLUMN=} (with an empty alternative)
   * and {@code !=} values; another cell {@code =} when it equals an alternative, {@code !=} when it
   * equals none, an order when it compares so with the value.
   */
  final boolean matches(CaseRecord c) {
    Operator op = condition.operator();
    if (empty(c)) {
      return op.equality() && emptyAlternative == (op == Operator.EQUAL);
    }
    if (!op.equality()) {
      int comparison = compare(c, 0);
      return comparison != INCOMPARABLE && op.orders(comparison);
    }
    boolean equal = false;
    List<String> alternatives = condition.alternatives();
    for (int a = 0; a < alternatives.size() && !equal; a++) {
      equal = !alternatives.get(a).isEmpty() && compare(c, a) == 0;
    }
    return equal == (op == Operator.EQUAL);
  }

  /** Whether {@code c}'s cell is empty. */
  abstract boolean empty(CaseRecord c);

  /** {@code c}'s non-empty cell as text, to suggest values from; null where none is suggested. */
  String text(CaseRecord c) {
    return null;
  }

  /**
   * The sign of {@code c}'s non-empty cell compared with alternative {@code a} (0 when equal), or
   * {@link #INCOMPARABLE}.
   */
  abstract int compare(CaseRecord c, int a);

  /**
   * {@code condition} resolved against the canonical columns (by any header that names them) and
   * {@code extraColumns}; a {@link ConditionException} when it names neither or its value does not
   * fit the column.
   */
  static Criterion of(Condition condition, List<String> extraColumns) {
    String canonical = ColumnNames.canonicalOf(condition.column()).orElse(null);
    if (canonical != null) {
      Optional<Milestone> m = Milestone.byColumn(canonical);
      if (m.isPresent()) {
        return new Dates(condition, m.get());
      }
      return switch (canonical) {
        case CaseColumns.CLOCK_STOP_DAYS -> new Days(condition);
        case CaseColumns.DECISION ->
            new CodeCriterion(
                condition,
                canonical,
                c -> c.decision() == null ? "" : c.decision().code(),
                Criterion::decisionCode,
                Arrays.stream(Decision.values()).map(Decision::code).toList());
        case CaseColumns.ID -> new TextCriterion(condition, canonical, CaseRecord::id);
        case CaseColumns.INDICATION ->
            new TextCriterion(condition, canonical, CaseRecord::indication);
        default ->
            CaseColumns.FLAGS.contains(canonical)
                ? new CodeCriterion(
                    condition,
                    canonical,
                    c -> c.column(canonical),
                    v -> YesNo.read(v).filter(f -> !f.isEmpty()).orElse(null),
                    List.of("yes", "no"))
                : new TextCriterion(condition, canonical, c -> c.column(canonical));
      };
    }
    for (String extra : extraColumns) {
      if (ColumnNames.normalize(extra).equals(ColumnNames.normalize(condition.column()))) {
        return new TextCriterion(condition, extra, c -> c.column(extra));
      }
    }
    List<String> choices = new ArrayList<>(ColumnNames.canonical());
    choices.addAll(extraColumns);
    String suggestion = Suggestions.didYouMean(condition.column(), choices);
    throw new ConditionException(
        condition.text(),
        "no column '"
            + condition.column()
            + "'"
            + (suggestion.isEmpty() ? "; columns: " + String.join(", ", choices) : suggestion));
  }

  /** The decision code {@code value} names (as the cells are read), or null. */
  private static String decisionCode(String value) {
    Decision d = DecisionCell.read(value);
    boolean other = ColumnNames.normalize(value).equals(Decision.OTHER.code());
    return d == null || (d == Decision.OTHER && !other) ? null : d.code();
  }

  /** The epoch day {@code text} is a date of, or null. */
  static Integer day(String text) {
    return DATES.read(text) instanceof DateReader.Day d ? d.epochDay() : null;
  }

  /** The number {@code text} writes (digits, optionally a point and decimals), or null. */
  static BigDecimal number(String text) {
    return NUMBER.matcher(text).matches() ? new BigDecimal(text) : null;
  }

  ConditionException unfit(String reason) {
    return new ConditionException(condition.text(), reason);
  }

  /** A milestone: dates compare as dates. */
  private static final class Dates extends Criterion {
    private final Milestone milestone;
    private final int[] days;

    Dates(Condition condition, Milestone milestone) {
      super(condition, milestone.column());
      this.milestone = milestone;
      List<String> alternatives = condition.alternatives();
      days = new int[alternatives.size()];
      for (int a = 0; a < days.length; a++) {
        String v = alternatives.get(a);
        Integer d = v.isEmpty() ? Integer.valueOf(CaseRecord.ABSENT) : day(v);
        if (d == null) {
          throw unfit("'" + v + "' is not a date (2024-01-05 or 05.01.2024)");
        }
        days[a] = d;
      }
    }

    @Override
    boolean empty(CaseRecord c) {
      return !c.has(milestone);
    }

    @Override
    int compare(CaseRecord c, int a) {
      return Integer.compare(c.day(milestone), days[a]);
    }
  }

  /** The clock stop: days compare as numbers. */
  private static final class Days extends Criterion {
    private final BigDecimal[] numbers;

    Days(Condition condition) {
      super(condition, CaseColumns.CLOCK_STOP_DAYS);
      List<String> alternatives = condition.alternatives();
      numbers = new BigDecimal[alternatives.size()];
      for (int a = 0; a < numbers.length; a++) {
        String v = alternatives.get(a);
        BigDecimal n = v.isEmpty() ? BigDecimal.ZERO : number(v);
        if (n == null) {
          throw unfit("'" + v + "' is not a number of days");
        }
        numbers[a] = n;
      }
    }

    @Override
    boolean empty(CaseRecord c) {
      return !c.clockStopRecorded();
    }

    @Override
    int compare(CaseRecord c, int a) {
      return BigDecimal.valueOf(c.clockStopDays()).compareTo(numbers[a]);
    }
  }
}

package no.nmstat.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import no.nmstat.filter.Condition;
import no.nmstat.filter.ConditionException;
import no.nmstat.filter.Where;
import no.nmstat.format.Plural;
import no.nmstat.io.ColumnNames;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.Coverage;
import no.nmstat.model.CaseList;
import no.nmstat.model.CaseRecord;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --where}: the cases a command computes on, selected by their columns (method.md §10). */
final class WhereOption {
  // The command this mixin is part of: usage errors name it.
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--where",
      paramLabel = "COLUMN<OP>VALUE",
      description =
          "Compute on the cases where COLUMN compares so with VALUE (operators = != < <= > >=;"
              + " a|b for alternatives; repeat for conditions that must all hold), e.g."
              + " --where area=Blodkreft --where decision_date>=2024-01-01.")
  List<String> where = new ArrayList<>();

  /** The conditions as read; a usage error, before anything is read, for one that cannot be. */
  List<Condition> conditions() {
    List<Condition> conditions = new ArrayList<>();
    for (String w : where) {
      try {
        conditions.add(Condition.parse(w));
      } catch (ConditionException e) {
        throw usage(e);
      }
    }
    return conditions;
  }

  /**
   * The text columns reading keeps: {@code used} (canonical names, or normalised headers; null for
   * all) and those the conditions read. A usage error, before anything is read, for a condition
   * that cannot be read.
   */
  Set<String> keeping(Set<String> used) {
    List<Condition> conditions = conditions();
    if (used == null) {
      return null;
    }
    Set<String> names = new HashSet<>(used);
    for (Condition c : conditions) {
      names.add(ColumnNames.canonicalOf(c.column()).orElse(ColumnNames.normalize(c.column())));
    }
    return names;
  }

  /**
   * The cases of {@code result} that pass every condition as they stood on {@code asOf}, with a
   * note of how many it kept and of each condition whose column no case records; {@code result}
   * itself without conditions.
   */
  ReadResult select(Environment env, ReadResult result, LocalDate asOf) {
    Where filter = resolve(result);
    if (filter == null) {
      return result;
    }
    // Reading always gives a CaseList: the cases by table, which the selection keeps.
    Where.Selection s = filter.select((CaseList) result.cases(), (int) asOf.toEpochDay());
    s.unrecorded()
        .forEach(
            (condition, column) ->
                env.err()
                    .println(
                        "nmstat: note: --where "
                            + condition
                            + ": "
                            + Coverage.noCaseRecords(List.of(column))));
    s.unmatched().forEach(sentence -> env.err().println("nmstat: note: --where " + sentence));
    env.err()
        .println(
            "nmstat: note: --where kept "
                + s.cases().size()
                + " of "
                + Plural.count(s.total(), "case", "cases")
                + " ("
                + String.join("; ", where)
                + ")");
    return result.withCases(s.cases());
  }

  /** Whether --where is given. */
  boolean given() {
    return !where.isEmpty();
  }

  /**
   * The conditions resolved against {@code result}'s columns, null when there are none; a usage
   * error for one that names no column or whose value does not fit it.
   */
  Where resolve(ReadResult result) {
    List<Condition> conditions = conditions();
    if (conditions.isEmpty()) {
      return null;
    }
    try {
      return Where.of(conditions, result.extraColumns());
    } catch (ConditionException e) {
      throw usage(e);
    }
  }

  /**
   * Whether a case of {@code result} passes every condition: every case does when there are none.
   * For the commands that model every case and show those selected (forecast, tracker, check's
   * expected_wait, the report's queue and open cases).
   */
  Predicate<CaseRecord> selects(ReadResult result) {
    Where w = resolve(result);
    return w == null ? c -> true : w::matches;
  }

  private ParameterException usage(ConditionException e) {
    return new ParameterException(mixee.commandLine(), "--where " + e.getMessage());
  }
}

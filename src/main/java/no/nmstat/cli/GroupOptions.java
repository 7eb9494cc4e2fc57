package no.nmstat.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.nmstat.io.ColumnNames;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.Period;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.Milestone;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How results are split: by calendar period (year, tertial, ...) of a milestone and/or by columns.
 */
final class GroupOptions {
  // The command this mixin is part of: usage errors name it.
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--by",
      split = ",",
      paramLabel = "PERIOD|COLUMN",
      description =
          "Group by calendar period (year, half, tertial, quarter or month; of each"
              + " interval's end unless --of) and/or columns, e.g. --by year,area.")
  List<String> by = new ArrayList<>();

  @Option(
      names = {"--of", "--year-of"},
      paramLabel = "MILESTONE",
      completionCandidates = CompletionCommand.MilestoneNames.class,
      description =
          "Milestone whose period --by year (tertial, ...) uses, e.g." + " documentation_received.")
  String yearOf;

  /** The columns --by names (canonical, or normalised headers), for reading to keep. */
  Set<String> columns() {
    Set<String> names = new HashSet<>();
    for (String b : by) {
      String name = b.strip();
      if (period(name) == null) {
        names.add(ColumnNames.canonicalOf(name).orElse(ColumnNames.normalize(name)));
      }
    }
    return names;
  }

  /** Checks what can be checked before the input is read. */
  void validate() {
    yearMilestone();
  }

  private Milestone yearMilestone() {
    if (yearOf == null) {
      return null;
    }
    Milestone m = IntervalOptions.milestone(mixee.commandLine(), yearOf, "--of " + yearOf);
    if (by.stream().allMatch(b -> period(b.strip()) == null)) {
      throw new ParameterException(
          mixee.commandLine(), "--of needs --by year, half, tertial, quarter or month");
    }
    return m;
  }

  /** The calendar period {@code name} names, or null. */
  static Period period(String name) {
    for (Period p : Period.values()) {
      if (p.key().equalsIgnoreCase(name)) {
        return p;
      }
    }
    return null;
  }

  /** The groups, with column names resolved against the input's extra columns. */
  List<GroupBy> groups(List<String> extraColumns) {
    Milestone yearMilestone = yearMilestone();
    List<GroupBy> groups = new ArrayList<>();
    for (String name : by) {
      GroupBy g = group(name.strip(), extraColumns, yearMilestone);
      if (groups.stream().anyMatch(x -> x.key().equals(g.key()))) {
        throw new ParameterException(mixee.commandLine(), "--by " + name + ": given twice");
      }
      groups.add(g);
    }
    return groups;
  }

  private GroupBy group(String name, List<String> extraColumns, Milestone yearMilestone) {
    Period period = period(name);
    if (period != null) {
      return new GroupBy.Calendar(period, yearMilestone);
    }
    String canonical = ColumnNames.canonicalOf(name).orElse(null);
    if (canonical != null) {
      if (CaseColumns.TEXT.contains(canonical) || canonical.equals(CaseColumns.DECISION)) {
        return new GroupBy.Column(canonical);
      }
      throw new ParameterException(
          mixee.commandLine(),
          "--by "
              + name
              + ": cannot group by "
              + canonical
              + (Milestone.byColumn(canonical).isPresent()
                  ? "; use --by year --of " + canonical
                  : ""));
    }
    for (String extra : extraColumns) {
      if (ColumnNames.normalize(extra).equals(ColumnNames.normalize(name))) {
        return new GroupBy.Column(extra);
      }
    }
    List<String> choices = new ArrayList<>(List.of("year", "half", "tertial", "quarter", "month"));
    choices.addAll(CaseColumns.TEXT);
    choices.add(CaseColumns.DECISION);
    choices.addAll(extraColumns);
    throw new ParameterException(
        mixee.commandLine(),
        "--by " + name + ": no such column; choose from " + String.join(", ", choices));
  }
}

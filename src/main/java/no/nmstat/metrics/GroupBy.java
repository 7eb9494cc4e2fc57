package no.nmstat.metrics;

import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;
import no.nmstat.model.Milestone;

/** One dimension results are split by: a calendar period, or the value of a column. */
public sealed interface GroupBy {

  /** The name of the group key in output, e.g. {@code year} or {@code area}. */
  String key();

  /** The group value of one case's observation of an interval; empty when it has none. */
  default String value(CaseRecord c, Interval interval, Observation o) {
    return value(c.table(), c.row(), o == null ? CaseRecord.ABSENT : o.endDay());
  }

  /**
   * As {@link #value(CaseRecord, Interval, Observation)} for row {@code row} of {@code table},
   * whose observation ends at {@code endDay} ({@link CaseRecord#ABSENT} when it has no end, or when
   * the value is {@link #byCase}).
   */
  String value(CaseTable table, int row, int endDay);

  /**
   * Whether the value depends on the case alone: then {@link #value} ignores the interval and the
   * observation (they may be null), and a case's value can be looked up once for all intervals.
   */
  boolean byCase();

  /**
   * The calendar period (year, half, tertial, quarter or month) of a milestone.
   *
   * @param period the period, whose {@link Period#key} names the group key
   * @param milestone the milestone, or {@code null} for the end of each interval (so that open
   *     cases, which have no end, form a group of their own with an empty period)
   */
  record Calendar(Period period, Milestone milestone) implements GroupBy {
    @Override
    public String key() {
      return period.key();
    }

    @Override
    public String value(CaseTable table, int row, int endDay) {
      int day = milestone == null ? endDay : table.day(row, milestone);
      return day == CaseRecord.ABSENT ? "" : period.label(day);
    }

    @Override
    public boolean byCase() {
      return milestone != null;
    }
  }

  /** The value of a column (canonical name, or an extra column's header). */
  record Column(String name) implements GroupBy {
    @Override
    public String key() {
      return name;
    }

    @Override
    public String value(CaseTable table, int row, int endDay) {
      return table.column(row, name);
    }

    @Override
    public boolean byCase() {
      return true;
    }
  }
}

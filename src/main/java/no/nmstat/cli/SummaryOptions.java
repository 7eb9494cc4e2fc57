package no.nmstat.cli;

import picocli.CommandLine.Mixin;

/**
 * The options of a command that summarises intervals, as summary and check do: which intervals and
 * targets, the quantile definition, the groups and the output.
 */
final class SummaryOptions {
  @Mixin IntervalOptions intervals;

  @Mixin QuantileOption quantile;

  @Mixin GroupOptions grouping;

  @Mixin FormatOption output;
}

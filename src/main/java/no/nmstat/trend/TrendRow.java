package no.nmstat.trend;

/**
 * One interval in one period, with its change from the period before and from the base.
 *
 * @param figures the period's figures
 * @param previous the change from the period just before (even an empty one); null for the first
 * @param base the change from the base period; null without one, and for the base itself
 */
public record TrendRow(PeriodFigures figures, Change previous, Change base) {}

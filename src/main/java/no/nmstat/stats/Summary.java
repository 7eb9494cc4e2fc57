package no.nmstat.stats;

/**
 * The statistics of method.md §4 for one set of completed values.
 *
 * <p>A figure that does not exist for the data (the mean of nothing, the sd of one value) is {@code
 * null}, never 0 or NaN.
 *
 * @param n completed observations
 * @param open open observations (not in the other figures)
 * @param mean arithmetic mean
 * @param sd sample standard deviation (n − 1)
 * @param min smallest value
 * @param p25 25th percentile
 * @param median 50th percentile
 * @param p75 75th percentile
 * @param p90 90th percentile
 * @param max largest value
 * @param meanCiLow lower end of the 95% Student-t interval of the mean
 * @param meanCiHigh upper end of that interval
 * @param target the target in days, or null when the interval has none
 * @param withinTarget share (0 to 1) of completed values at or below the target
 * @param quantileMethod how the percentiles were computed
 */
public record Summary(
    long n,
    long open,
    Double mean,
    Double sd,
    Integer min,
    Double p25,
    Double median,
    Double p75,
    Double p90,
    Integer max,
    Double meanCiLow,
    Double meanCiHigh,
    Integer target,
    Double withinTarget,
    QuantileMethod quantileMethod) {}

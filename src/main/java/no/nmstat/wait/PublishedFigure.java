package no.nmstat.wait;

/**
 * A headline figure of a published EFPIA W.A.I.T. survey (method.md §5). Figures the sources do not
 * give are null.
 *
 * @param survey the survey year, e.g. 2024
 * @param cohort the authorisation years, e.g. {@code 2020-2023}
 * @param cutoff the cut-off date as published (a date or a month)
 * @param medicines the cohort size
 * @param country the country code, or {@code EU} for the EU average
 * @param available medicines available
 * @param rate the availability rate, full and limited together
 * @param limitedRate the share available with limits
 * @param meanDays the mean days from authorisation to availability
 * @param medianDays median days to availability over the available medicines, if published
 * @param source where the figure was published
 */
public record PublishedFigure(
    int survey,
    String cohort,
    String cutoff,
    Integer medicines,
    String country,
    Integer available,
    Double rate,
    Double limitedRate,
    Integer meanDays,
    Integer medianDays,
    String source) {}

package no.nmstat.wait;

/**
 * The W.A.I.T. figures of one country for one medicine group.
 *
 * @param cohort the medicine group
 * @param country the country code
 * @param products medicines in the group (the same for every country)
 * @param available medicines available by the cut-off, fully or with limits
 * @param rate available / products, or null when there are no products
 * @param limited medicines available with limits
 * @param limitedRate limited / products, or null
 * @param meanDays mean days from EU authorisation to availability over the available ones
 * @param medianDays their median (R type 7)
 * @param kmMedianDays the Kaplan–Meier median with unavailable medicines censored at the cut-off,
 *     or null when fewer than half become available
 * @param rankByRate 1 for the highest rate (ties share a rank)
 * @param rankByDays 1 for the lowest mean, or null without a mean
 */
public record WaitFigures(
    WaitCohort cohort,
    String country,
    int products,
    int available,
    Double rate,
    int limited,
    Double limitedRate,
    Double meanDays,
    Double medianDays,
    Double kmMedianDays,
    Integer rankByRate,
    Integer rankByDays) {}

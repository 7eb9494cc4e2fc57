package no.nmstat.metrics;

import java.time.LocalDate;
import no.nmstat.model.CaseRecord;

/** The rule for an as-of date far after the data it ages (method.md §7, As-of date). */
public final class AsOfDate {
  /** More days than this between the file's latest date and today are worth a word. */
  public static final int FAR_DAYS = 60;

  private AsOfDate() {}

  /**
   * The sentence saying that open cases are aged to {@code today}, more than {@link #FAR_DAYS}
   * after the latest milestone day {@code latestDay} of the file, or null when it is not that far
   * (or no date is recorded).
   */
  public static String farFromData(int latestDay, LocalDate today) {
    if (latestDay == CaseRecord.ABSENT || today.toEpochDay() - latestDay <= FAR_DAYS) {
      return null;
    }
    return "the latest date in the file is "
        + LocalDate.ofEpochDay(latestDay)
        + "; open cases are aged to today, "
        + today
        + ": give --as-of to age them to another date";
  }
}

package no.nmstat.sample;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * What happens to a case before a handler takes it, drawn first from the case's stream so both
 * passes agree.
 *
 * @param queued the day it joins the queue (null without documentation)
 * @param order the day its place in the queue goes by: documentation received, or the day it
 *     rejoins after being set aside
 */
record Intake(
    LocalDate requested,
    LocalDate ma,
    LocalDate documentation,
    LocalDate queued,
    LocalDate order,
    boolean priority,
    int active) {

  /** The intake of a case commissioned on {@code commissioned}, drawn from its stream {@code r}. */
  static Intake draw(SplittableRandom r, LocalDate commissioned) {
    LocalDate requested = commissioned.minusDays(r.nextInt(20, 75));
    LocalDate ma =
        r.nextDouble() < 0.05
            ? null
            : commissioned.plusDays(Math.round(Gaussian.normal(r, 40, 110)));
    if (r.nextDouble() >= 0.96) {
      return new Intake(requested, ma, null, null, null, false, 0);
    }
    LocalDate documentation = commissioned.plusDays(Gaussian.logNormalDays(r, 75, 0.6));
    // Validation and registration before the case joins the queue: days to a few weeks.
    LocalDate queued = documentation.plusDays(Gaussian.logNormalDays(r, 10, 0.6));
    // A few cases go to the front of the queue; a few others are set aside for months while the
    // company completes the documentation, and rejoin at the back.
    boolean priority = r.nextDouble() < 0.05;
    boolean setAside = r.nextDouble() < 0.04 && !priority;
    if (setAside) {
      queued = queued.plusDays(Gaussian.logNormalDays(r, 240, 0.7));
    }
    LocalDate order = setAside ? queued : documentation;
    int active = Gaussian.logNormalDays(r, 110, 0.4);
    return new Intake(requested, ma, documentation, queued, order, priority, active);
  }
}

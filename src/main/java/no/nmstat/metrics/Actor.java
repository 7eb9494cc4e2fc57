package no.nmstat.metrics;

/** Who a phase's days are attributed to (method.md §3). */
public enum Actor {
  COMPANY("company"),
  DMP("DMP"),
  LIS("LIS"),
  RHF("RHF"),
  ALL("all");

  private final String label;

  Actor(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}

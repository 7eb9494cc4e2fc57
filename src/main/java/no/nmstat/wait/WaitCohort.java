package no.nmstat.wait;

import java.util.function.Predicate;

/** The medicine groups EFPIA W.A.I.T. reports separately. */
public enum WaitCohort {
  ALL("all", r -> true),
  ONCOLOGY("oncology", PanelRow::oncology),
  ORPHAN("orphan", PanelRow::orphan),
  NON_ONCOLOGY_ORPHAN("non_oncology_orphan", r -> r.orphan() && !r.oncology()),
  COMBINATION("combination", PanelRow::combination);

  private final String label;
  private final Predicate<PanelRow> member;

  WaitCohort(String label, Predicate<PanelRow> member) {
    this.label = label;
    this.member = member;
  }

  /** The name in output, e.g. {@code non_oncology_orphan}. */
  public String label() {
    return label;
  }

  /** Whether the medicine of {@code row} belongs to this group. */
  public boolean contains(PanelRow row) {
    return member.test(row);
  }
}

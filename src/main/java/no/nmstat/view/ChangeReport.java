package no.nmstat.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nmstat.changes.CaseListChanges;
import no.nmstat.changes.Change;
import no.nmstat.changes.ChangeKind;
import no.nmstat.format.Column;
import no.nmstat.format.Plural;
import no.nmstat.format.Table;
import no.nmstat.model.CaseColumns;

/** What changed between two versions of a case list, one row per change, and its words. */
public final class ChangeReport {
  private ChangeReport() {}

  /** One row per change, in the order given. */
  public static Table table(List<Change> changes) {
    List<Column> columns =
        List.of(
            Column.text(CaseColumns.ID),
            Column.text(CaseColumns.INDICATION),
            Column.integer("round"),
            Column.text("kind"),
            Column.text("field"),
            Column.text("old"),
            Column.text("new"));
    return Table.of(
        columns,
        changes,
        c ->
            new Object[] {
              c.id(), c.indication(), c.round(), c.kind().code(), c.field(), c.was(), c.now()
            });
  }

  /**
   * The count of each kind, every kind named, the corrections apart: {@code 5 changes: 1 new_case,
   * 3 milestone, …; 1 correction: 0 changed, 1 removed, 0 vanished}.
   */
  public static String summary(List<Change> changes) {
    Map<ChangeKind, Integer> n = CaseListChanges.count(changes);
    List<String> growth = new ArrayList<>();
    List<String> corrections = new ArrayList<>();
    int corrected = 0;
    for (Map.Entry<ChangeKind, Integer> e : n.entrySet()) {
      String part = e.getValue() + " " + e.getKey().code();
      if (e.getKey().correction()) {
        corrections.add(part);
        corrected += e.getValue();
      } else {
        growth.add(part);
      }
    }
    return Plural.count(changes.size(), "change", "changes")
        + ": "
        + String.join(", ", growth)
        + "; "
        + Plural.count(corrected, "correction", "corrections")
        + ": "
        + String.join(", ", corrections);
  }

  /**
   * The warning for a correction: a case list should only grow, so whoever reads the newer one
   * should know what it no longer says.
   */
  public static String warning(Change c) {
    String where = c.id() + " (" + c.indication() + "), round " + c.round() + ": ";
    return switch (c.kind()) {
      case VANISHED -> where + "the case is no longer in the list";
      case REMOVED -> where + c.field() + " " + c.was() + " removed";
      default -> where + c.field() + " changed from " + c.was() + " to " + c.now();
    };
  }
}

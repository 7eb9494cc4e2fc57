package no.nmstat.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.Milestone;
import no.nmstat.model.TextColumns;
import no.nmstat.table.ProblemLog;
import no.nmstat.table.ReadOptions;

/**
 * A case file's header: where each canonical column is, and the layout of the text values a case
 * keeps. This class is the one owner of that layout: {@link #slots} lists, for each value of a
 * case's {@link TextColumns} in order, the file column it comes from and how to read it.
 */
final class CaseHeader {
  /** How a text value is read. */
  enum Kind {
    /** Descriptive text, kept as it is. */
    TEXT,
    /**
     * Substance or trade name: kept when the caller uses it, and always for a row without an ID,
     * which they name.
     */
    IDENTITY,
    /** A yes/no column: checked, and written as {@code yes}, {@code no} or empty. */
    FLAG,
    /** The decision: its canonical code. */
    DECISION,
    /** A column beyond the canonical ones. */
    EXTRA
  }

  /**
   * One value of a case's text columns.
   *
   * @param column the file column it is read from, -1 when the file has none
   * @param kind how it is read
   * @param name the canonical name, or the extra column's header
   * @param kept whether the caller uses it (others are checked but not kept)
   */
  record Slot(int column, Kind kind, String name, boolean kept) {}

  private final String[] names;
  private final Map<String, Integer> canonical;
  private final int[] milestones;
  private final List<Slot> slots;
  private final TextColumns columns;

  private CaseHeader(String[] names, Map<String, Integer> canonical, List<Slot> slots) {
    this.names = names;
    this.canonical = canonical;
    this.milestones = new int[Milestone.COUNT];
    for (Milestone m : Milestone.all()) {
      milestones[m.ordinal()] = canonical.getOrDefault(m.column(), -1);
    }
    this.slots = List.copyOf(slots);
    this.columns = new TextColumns(slots.stream().map(Slot::name).toList());
  }

  /**
   * Maps {@code names} (the header of file {@code file}, on {@code line}) to canonical columns:
   * {@code --column} choices first, then the aliases; every other named column is an extra. Returns
   * null after logging why when the header cannot be used.
   */
  static CaseHeader of(
      String file, long line, String[] names, ReadOptions options, ProblemLog log) {
    Map<String, Integer> canonical = new LinkedHashMap<>();
    boolean[] claimed = new boolean[names.length];
    boolean ok = true;
    Map<String, Integer> byNormal = new HashMap<>();
    for (int i = names.length - 1; i >= 0; i--) {
      byNormal.put(ColumnNames.normalize(names[i]), i);
    }
    for (Map.Entry<String, String> o : options.columns().entrySet()) {
      Integer found = byNormal.get(ColumnNames.normalize(o.getValue()));
      if (found == null) {
        throw new UnknownColumnException(
            "--column "
                + o.getKey()
                + "="
                + o.getValue()
                + ": "
                + file
                + " has no such header; its headers: "
                + String.join(", ", names));
      } else {
        canonical.put(o.getKey(), found);
        claimed[found] = true;
      }
    }
    Map<Integer, String> extras = new LinkedHashMap<>();
    Set<String> extraNames = new HashSet<>();
    Map<String, Integer> nextSuffix = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      if (claimed[i] || names[i].isEmpty()) {
        continue;
      }
      String c = ColumnNames.canonicalOf(names[i]).orElse(null);
      if (c == null || options.columns().containsKey(c)) {
        extras.put(i, unique(extraNames, nextSuffix, names[i]));
      } else if (canonical.containsKey(c)) {
        log.fatal(
            file,
            line,
            names[i],
            names[i],
            "second column for "
                + c
                + " (first: \""
                + names[canonical.get(c)]
                + "\"); choose one with --column "
                + c
                + "=HEADER");
        ok = false;
      } else {
        canonical.put(c, i);
      }
    }
    if (!canonical.containsKey(CaseColumns.ID)) {
      log.fatal(file, line, "id", String.join(",", names), "no id column (id, ID-nr or ID-nummer)");
      ok = false;
    }
    return ok ? new CaseHeader(names, canonical, slots(canonical, extras, options.keep())) : null;
  }

  private static List<Slot> slots(
      Map<String, Integer> canonical, Map<Integer, String> extras, Set<String> keep) {
    List<Slot> slots = new ArrayList<>();
    for (String t : CaseColumns.TEXT) {
      Kind kind = CaseColumns.FLAGS.contains(t) ? Kind.FLAG : Kind.TEXT;
      // Substance and trade name tell a case without an ID apart: rows read them then.
      Kind k = kind == Kind.TEXT && CaseColumns.IDENTITY.contains(t) ? Kind.IDENTITY : kind;
      slots.add(new Slot(canonical.getOrDefault(t, -1), k, t, keep == null || keep.contains(t)));
    }
    slots.add(
        new Slot(
            canonical.getOrDefault(CaseColumns.DECISION, -1),
            Kind.DECISION,
            CaseColumns.DECISION,
            true));
    for (Map.Entry<Integer, String> e : extras.entrySet()) {
      boolean kept = keep == null || keep.contains(ColumnNames.normalize(e.getValue()));
      slots.add(new Slot(e.getKey(), Kind.EXTRA, e.getValue(), kept));
    }
    return slots;
  }

  /**
   * {@code header}, or {@code header (2)}, {@code (3)}, … when an extra already has it; the next
   * suffix to try is kept per header, so a header of many repeated names stays linear.
   */
  private static String unique(Set<String> taken, Map<String, Integer> next, String header) {
    String name = header;
    int n = next.getOrDefault(header, 2);
    while (!taken.add(name)) {
      name = header + " (" + n++ + ")";
    }
    next.put(header, n);
    return name;
  }

  /** The file column of canonical {@code column}, or -1. */
  int index(String column) {
    return canonical.getOrDefault(column, -1);
  }

  /** The file column of {@code m}, or -1. */
  int index(Milestone m) {
    return milestones[m.ordinal()];
  }

  /** The header as written in the file for column {@code i}. */
  String name(int i) {
    return names[i];
  }

  /** The header as written for canonical {@code column} (which the file has). */
  String label(String column) {
    return names[canonical.get(column)];
  }

  /** The text values a case keeps, in {@link #columns} order. */
  List<Slot> slots() {
    return slots;
  }

  /** The names of the text values, shared by every case of the file. */
  TextColumns columns() {
    return columns;
  }

  /** The headers of the extra columns, in file order. */
  List<String> extras() {
    return slots.stream().filter(s -> s.kind() == Kind.EXTRA).map(Slot::name).toList();
  }
}

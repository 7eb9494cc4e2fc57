package no.nmstat.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of typed cells under named columns, plus notes that human formats print below the rows
 * (machine formats carry the same facts in columns). A {@code null} cell is a figure that does not
 * exist.
 */
public final class Table {
  private final List<Column> columns;
  private final List<List<Object>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private int groupsAt = -1;

  public Table(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  /**
   * Marks the rows as per group, the group columns (none when ungrouped) starting at column {@code
   * index}: JSON then always has a {@code group} object there, empty when ungrouped.
   */
  public Table groupsAt(int index) {
    this.groupsAt = index;
    return this;
  }

  /** Where the group columns start, or -1 when the rows are not per group. */
  public int groupsAt() {
    return groupsAt;
  }

  /** Adds a row; it must have one cell per column. */
  public Table row(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells for " + columns.size() + " columns");
    }
    rows.add(java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(cells))));
    return this;
  }

  /** Adds a note for the human formats. */
  public Table note(String note) {
    notes.add(note);
    return this;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<List<Object>> rows() {
    return java.util.Collections.unmodifiableList(rows);
  }

  public List<String> notes() {
    return List.copyOf(notes);
  }
}

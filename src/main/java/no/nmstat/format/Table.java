package no.nmstat.format;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;

/**
 * Rows of typed cells under named columns, plus notes that human formats print below the rows
 * (machine formats carry the same facts in columns). A {@code null} cell is a figure that does not
 * exist.
 */
public final class Table {
  private final List<Column> columns;
  private final List<List<Object>> rows;
  private final List<String> notes = new ArrayList<>();
  private final List<String> provenance = new ArrayList<>();
  private int groupsAt = -1;
  private Set<String> answers = Set.of();

  public Table(List<Column> columns) {
    this.columns = List.copyOf(columns);
    this.rows = new ArrayList<>();
  }

  private Table(List<Column> columns, List<List<Object>> rows) {
    this.columns = List.copyOf(columns);
    this.rows = rows;
  }

  /**
   * A table with a row per item of {@code items}, made by {@code row} each time a writer reads it:
   * a table of many rows (one per group or case) then never stands whole in memory. Rows cannot be
   * added to it.
   */
  public static <T> Table of(
      List<Column> columns, List<T> items, Function<? super T, Object[]> row) {
    List<List<Object>> rows = new Rows<>(items, row, columns.size());
    return new Table(columns, rows);
  }

  /**
   * Marks the rows as per group, the group columns (none when ungrouped) starting at column {@code
   * index}: JSON then always has a {@code group} object there, empty when ungrouped.
   */
  public Table groupsAt(int index) {
    this.groupsAt = index;
    return this;
  }

  /**
   * Names the columns that answer the command's question (the interval asked for, its state): a
   * table too wide for the terminal leaves out the others first (method.md §6).
   */
  public Table answers(Collection<String> names) {
    this.answers = Set.copyOf(names);
    return this;
  }

  /** The columns named by {@link #answers}; empty when the table names none. */
  public Set<String> answers() {
    return answers;
  }

  /** Where the group columns start, or -1 when the rows are not per group. */
  public int groupsAt() {
    return groupsAt;
  }

  /** Adds a row; it must have one cell per column. */
  public Table row(Object... cells) {
    if (rows instanceof Rows) {
      throw new IllegalStateException("rows are made from items: none can be added");
    }
    rows.add(cells(cells.clone(), columns.size()));
    return this;
  }

  private static List<Object> cells(Object[] cells, int columns) {
    if (cells.length != columns) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells for " + columns + " columns");
    }
    return java.util.Collections.unmodifiableList(Arrays.asList(cells));
  }

  /** Adds a note for the human formats. */
  public Table note(String note) {
    notes.add(note);
    return this;
  }

  /**
   * Adds a line on how the table was made (program, command line, as-of date, inputs, the run's
   * notes), which the formats that stand alone as documents, Markdown and xlsx, end with.
   */
  public Table provenance(List<String> lines) {
    provenance.addAll(lines);
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

  /** The lines of {@link #provenance(List)}. */
  public List<String> provenance() {
    return List.copyOf(provenance);
  }

  /** The rows of {@link #of}: made from an item when read. */
  private static final class Rows<T> extends AbstractList<List<Object>> implements RandomAccess {
    private final List<T> items;
    private final Function<? super T, Object[]> row;
    private final int columns;

    Rows(List<T> items, Function<? super T, Object[]> row, int columns) {
      this.items = items;
      this.row = row;
      this.columns = columns;
    }

    @Override
    public int size() {
      return items.size();
    }

    @Override
    public List<Object> get(int index) {
      return cells(row.apply(items.get(index)), columns);
    }
  }
}

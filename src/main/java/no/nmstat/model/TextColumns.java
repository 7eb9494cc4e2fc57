package no.nmstat.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of a file's text columns and their positions, shared by all cases read from it so that
 * each case holds only an array of values.
 */
public final class TextColumns {
  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();

  public TextColumns(List<String> names) {
    this.names = List.copyOf(names);
    for (int i = 0; i < this.names.size(); i++) {
      index.putIfAbsent(this.names.get(i), i);
    }
  }

  /** The column names, in value order. */
  public List<String> names() {
    return names;
  }

  /** The position of {@code name}, or -1. */
  public int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }
}

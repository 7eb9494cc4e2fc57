package no.nmstat.model;

/** Where a case came from: the input's name and the line its row starts on (1-based). */
public record SourceLine(String file, long line) {
  @Override
  public String toString() {
    return file + ":" + line;
  }
}

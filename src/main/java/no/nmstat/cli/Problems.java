package no.nmstat.cli;

import java.io.PrintWriter;
import java.util.List;
import no.nmstat.format.Plural;
import no.nmstat.io.ReadResult;
import no.nmstat.table.InputProblem;

/** Prints input problems, one per line, with a count of those past the cap. */
final class Problems {
  private Problems() {}

  static void print(PrintWriter err, List<InputProblem> problems, long total) {
    problems.forEach(err::println);
    if (total > problems.size()) {
      long more = total - problems.size();
      boolean warnings = !problems.isEmpty() && problems.get(0).warning();
      String kind = warnings ? "warning" : "problem";
      err.println(
          "... and "
              + Plural.count(more, "more " + kind, "more " + kind + "s")
              + " (--max-errors shows more)");
    }
  }

  /**
   * Prints the values {@code result} could not read (formulas without a saved value): the figures
   * rest on them, so every command that computes on cases says where they are.
   */
  static void printUnread(PrintWriter err, ReadResult result) {
    print(err, result.unread(), result.unreadCount());
  }
}

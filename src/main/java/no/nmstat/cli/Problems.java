package no.nmstat.cli;

import java.io.PrintWriter;
import java.util.List;
import no.nmstat.io.InputProblem;

/** Prints input problems, one per line, with a count of those past the cap. */
final class Problems {
  private Problems() {}

  static void print(PrintWriter err, List<InputProblem> problems, long total) {
    problems.forEach(err::println);
    if (total > problems.size()) {
      long more = total - problems.size();
      err.println("... and " + more + " more " + (more == 1 ? "problem" : "problems")
          + " (--max-errors shows more)");
    }
  }
}

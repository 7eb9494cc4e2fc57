package no.nmstat.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * What {@code nmstat} alone prints on stderr: each command with what it does in one line, from
 * {@link Nmstat.Subcommand}, and the two commands to try first on a case file.
 */
final class Overview {
  private Overview() {}

  static void print(PrintWriter err) {
    int width = 0;
    for (Nmstat.Subcommand c : Nmstat.Subcommand.values()) {
      width = Math.max(width, c.commandName().length());
    }
    err.println("nmstat: a command is required. The commands:");
    for (Nmstat.Subcommand c : Nmstat.Subcommand.values()) {
      err.println(String.format(Locale.ROOT, "  %-" + width + "s  %s", c.commandName(), c.line()));
    }
    err.println();
    err.println("Try first, on a case file (nmstat sample > cases.csv writes one to try):");
    err.println("  nmstat validate cases.csv    what the file records, and every problem in it");
    err.println("  nmstat summary cases.csv     how long each interval takes");
    err.println();
    err.println("Try 'nmstat COMMAND --help' for its options and examples.");
  }
}

package no.nmstat.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exit codes of method.md §6, the one place they are defined: their codes, their meaning as
 * --help states it, and which commands can return them.
 */
public enum ExitStatus {
  OK(0, "ok", "ok"),
  CHECK_FAILED(
      1, "check failed", "a rule failed, or there were no cases to judge (see --allow-empty)"),
  USAGE(2, "usage", "usage: an unknown option, value or name"),
  DATA_ERROR(65, "bad input data", "bad input data (every problem is listed on stderr)"),
  NO_INPUT(66, "input missing or unreadable", "an input file is missing or unreadable"),
  INTERNAL_ERROR(
      70, "internal error", "internal error, or out of memory (NMSTAT_JAVA_OPTS=-Xmx4g)"),
  /** An output file cannot be created (EX_CANTCREAT). */
  CANNOT_CREATE(73, null, "the -o file cannot be created"),
  /** Output cannot be written: disk full, closed standard output (EX_IOERR). */
  OUTPUT_ERROR(74, null, "standard output cannot be written (disk full, closed)"),
  /** The reader of the output pipe has gone, as a process ended by SIGPIPE (128 + 13). */
  BROKEN_PIPE(141, null, "the reader of the output pipe went away");

  private final int code;
  // The words of nmstat --help's one-line summary, null for a code it leaves to the commands.
  private final String brief;
  private final String meaning;

  ExitStatus(int code, String brief, String meaning) {
    this.code = code;
    this.brief = brief;
    this.meaning = meaning;
  }

  /** The process exit code. */
  public int code() {
    return code;
  }

  /** The sentence of nmstat --help that sums up the exit codes every command shares. */
  static String summary() {
    List<String> codes = new ArrayList<>();
    for (ExitStatus s : values()) {
      if (s.brief != null) {
        codes.add(s.code + " " + s.brief);
      }
    }
    return "Exit codes: " + String.join(", ", codes) + ".";
  }

  /**
   * The exit codes {@code command} can return with their meaning, for its --help and man page;
   * {@code writesFile}: it takes {@code -o}.
   */
  static Map<String, String> helpList(String command, boolean writesFile) {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitStatus s : values()) {
      if (s.returnedBy(command, writesFile)) {
        list.put(Integer.toString(s.code), s.meaning(command));
      }
    }
    return list;
  }

  private boolean returnedBy(String command, boolean writesFile) {
    return switch (this) {
      case CHECK_FAILED -> command.equals("check") || command.equals("changes");
      // Only these two read no input.
      case DATA_ERROR, NO_INPUT ->
          !command.equals("sample") && !command.equals("generate-completion");
      case CANNOT_CREATE -> writesFile;
      default -> true;
    };
  }

  private String meaning(String command) {
    if (this == OK && command.equals("validate")) {
      return "ok: no errors (warnings allowed)";
    }
    if (this == CHECK_FAILED && command.equals("changes")) {
      return "--fail-on-correction, and the newer list corrects the older";
    }
    return meaning;
  }
}

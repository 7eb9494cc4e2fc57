package no.nmstat.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.nmstat.format.Format;
import no.nmstat.format.Table;
import no.nmstat.view.Words;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the output goes and in what format, one option type for every command (method.md §6):
 * {@code -o FILE}, written whole or not at all, or standard output; {@code -f FORMAT}, else the
 * format the file's extension names, else the command's default. Each command says which formats it
 * writes ({@link BaseCommand#formats}); {@link #describe} fits the help, the completion and the
 * errors to them.
 */
final class FormatOption {
  /**
   * The formats a command writes: those it accepts, its default on a terminal, and its default
   * otherwise (in a pipe, or to a file whose name has no extension).
   */
  record Formats(List<Format> accepted, Format onTerminal, Format otherwise) {
    /** A table of results: for people on a terminal, for programs elsewhere. */
    static final Formats TABLE =
        new Formats(
            List.of(
                Format.TABLE, Format.CSV, Format.TSV, Format.JSON, Format.MARKDOWN, Format.XLSX),
            Format.TABLE,
            Format.CSV);

    /** A table read by people first: a text table even in a pipe. */
    static final Formats TABLE_FOR_PEOPLE = new Formats(TABLE.accepted, Format.TABLE, Format.TABLE);

    /** A document: the report. */
    static final Formats DOCUMENT =
        new Formats(
            List.of(Format.HTML, Format.MARKDOWN, Format.PDF), Format.MARKDOWN, Format.MARKDOWN);

    /** The names {@code --format} takes, synonyms in brackets: "html, markdown (md) or pdf". */
    String names() {
      List<String> each = new ArrayList<>();
      for (Format f : accepted) {
        List<String> n = f.names();
        each.add(
            n.size() == 1
                ? n.get(0)
                : n.get(0) + " (" + String.join(", ", n.subList(1, n.size())) + ")");
      }
      return Words.or(each);
    }

    /** The names without synonyms: "html, markdown or pdf". */
    String primaryNames() {
      return Words.or(accepted.stream().map(f -> f.names().get(0)).toList());
    }

    /** The extensions that name an accepted format: ".csv, .tsv, … or .xlsx". */
    String extensions() {
      List<String> each = new ArrayList<>();
      for (Format f : accepted) {
        f.extensions().forEach(e -> each.add("." + e));
      }
      return Words.or(each);
    }
  }

  // The command (or the mixin of it) this option is part of: usage errors name the command.
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  // Read as text and checked against the command's formats in resolve (describe sets its help).
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "The output format.")
  String format;

  @Option(
      names = "--wide",
      description =
          "On a terminal, show every column of a table even when it is wider than"
              + " the terminal.")
  boolean wide;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write to FILE (whole or not at all) instead of standard output ('-': standard"
              + " output).")
  String output;

  private Formats formats = Formats.TABLE;

  /** The option of {@code command} (found among its mixins and theirs), or null. */
  static FormatOption of(CommandSpec command) {
    for (CommandSpec m : command.mixins().values()) {
      if (m.userObject() instanceof FormatOption o) {
        return o;
      }
      FormatOption nested = of(m);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }

  /**
   * Fits {@code --format} of {@code command} to the formats it writes: the help names them and the
   * default, completion offers them as users type them, and {@code --wide}, which only a text table
   * has, goes where there is none.
   */
  static void describe(CommandSpec command, Formats formats) {
    FormatOption o = of(command);
    if (o == null) {
      return;
    }
    o.formats = formats;
    OptionSpec f = command.findOption("--format");
    String onTerminal = formats.onTerminal.names().get(0);
    String otherwise = formats.otherwise.names().get(0);
    String fallback =
        onTerminal.equals(otherwise)
            ? otherwise
            : onTerminal + " on a terminal and " + otherwise + " otherwise";
    List<String> candidates = new ArrayList<>();
    formats.accepted.forEach(a -> candidates.add(a.names().get(0)));
    command.remove(f);
    command.addOption(
        OptionSpec.builder(f)
            .description(
                formats.names()
                    + " (default: from the -o file's extension, else "
                    + fallback
                    + ").")
            .completionCandidates(candidates)
            .build());
    if (!formats.accepted.contains(Format.TABLE)) {
      command.remove(command.findOption("--wide"));
    }
  }

  /** Whether the output goes to standard output (no {@code -o}, or {@code -o -}). */
  boolean toStdout() {
    return output == null || output.equals("-");
  }

  /**
   * The format of this run: {@code --format}, else the one the {@code -o} file's extension names,
   * else the command's default. A usage error for a format the command does not write, an extension
   * that names another format than {@code --format}, or (without {@code --format}) an extension
   * that names none the command writes; a file named .json never holds CSV.
   */
  Format resolve(Environment env) {
    Format given = format == null ? null : given();
    String extension = toStdout() ? null : Format.extensionOf(output).orElse(null);
    Format byName = extension == null ? null : Format.ofExtension(extension).orElse(null);
    Format chosen;
    if (given != null) {
      if (byName != null && byName != given) {
        throw usage(
            "-o "
                + output
                + ": the name says "
                + byName.names().get(0)
                + ", but --format is "
                + format.strip());
      }
      chosen = given;
    } else if (extension != null) {
      if (byName == null || !formats.accepted.contains(byName)) {
        throw usage(
            "-o "
                + output
                + ": "
                + command().name()
                + " writes "
                + formats.extensions()
                + "; name the file so, or give --format "
                + formats.primaryNames());
      }
      chosen = byName;
    } else {
      chosen = env.terminal() && output == null ? formats.onTerminal : formats.otherwise;
    }
    if (chosen.binary() && toStdout()) {
      if (chosen == Format.PDF) {
        throw usage("a PDF report needs -o FILE.pdf");
      }
      if (env.terminal() || env.binaryOut() == null) {
        throw usage(
            "--format "
                + chosen.names().get(0)
                + " is binary: give -o FILE."
                + chosen.extensions().get(0)
                + ", or redirect standard output to a file");
      }
    }
    return chosen;
  }

  private Format given() {
    return Format.named(format)
        .filter(formats.accepted::contains)
        .orElseThrow(
            () ->
                usage(
                    "Invalid value for option '--format': '"
                        + format
                        + "': "
                        + command().name()
                        + " writes "
                        + formats.names()));
  }

  /**
   * Writes {@code table} in the format of this run to the chosen place; Markdown and xlsx, which
   * stand alone as documents, end with how they were made.
   */
  void write(Table table, Environment env) {
    Format f = resolve(env);
    if (f == Format.MARKDOWN || f == Format.XLSX) {
      table.provenance(provenance(table.notes()));
    }
    try {
      if (f.binary()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        f.write(table, bytes);
        write(bytes.toByteArray(), env);
      } else if (toStdout()) {
        f.write(table, env.out(), env.terminal() && !wide ? env.width() : 0);
      } else {
        StringWriter text = new StringWriter();
        f.write(table, new PrintWriter(text));
        write(text.toString(), env);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a document already in the format of this run (Markdown, HTML) to the chosen place. */
  void write(String text, Environment env) {
    if (toStdout()) {
      env.out().print(text);
    } else {
      write(text.getBytes(StandardCharsets.UTF_8), env);
    }
  }

  /** Writes the bytes of a file in the format of this run to {@code -o}, or to standard output. */
  void write(byte[] bytes, Environment env) {
    if (toStdout()) {
      env.out().flush();
      try {
        env.binaryOut().write(bytes);
        env.binaryOut().flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      OutputFile.write(env.workingDirectory().resolve(output), output, bytes);
      env.err().println("nmstat: wrote " + output);
    }
  }

  /**
   * How the output of this run was made (version, command line, as-of date, inputs, the notes on
   * stderr), less the notes in {@code shown}.
   */
  List<String> provenance(List<String> shown) {
    Nmstat root = (Nmstat) command().parent().userObject();
    return root.provenance().lines(new Nmstat.Version().getVersion()[0], shown);
  }

  private ParameterException usage(String message) {
    return new ParameterException(command().commandLine(), message);
  }

  /** The command itself, also when this option is the mixin of a mixin. */
  private CommandSpec command() {
    return mixee.commandLine().getCommandSpec();
  }
}

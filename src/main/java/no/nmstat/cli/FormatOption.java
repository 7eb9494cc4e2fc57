package no.nmstat.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.nmstat.format.Format;
import no.nmstat.format.Table;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The output format, defaulting to a table on a terminal and CSV in a pipe, and where the output
 * goes: standard output, or a file written whole or not at all ({@code -o}).
 */
final class FormatOption {
  // The command this mixin is part of: usage errors name it.
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      converter = Converter.class,
      description =
          "table, csv, tsv, json, markdown or xlsx (default: table on a terminal,"
              + " else csv; xlsx when -o names a .xlsx file).")
  Format format;

  @Option(
      names = "--wide",
      description =
          "On a terminal, show every column of a table even when it is wider than"
              + " the terminal.")
  boolean wide;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (whole or not at all) instead of standard output.")
  String output;

  Format resolve(Environment env) {
    return resolve(env, env.terminal() && output == null ? Format.TABLE : Format.CSV);
  }

  /**
   * The format given, else xlsx for {@code -o} naming a .xlsx file, else {@code fallback} (a
   * command whose output is for people first passes {@link Format#TABLE}).
   */
  Format resolve(Environment env, Format fallback) {
    if (format != null) {
      return format;
    }
    if (output != null && output.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return Format.XLSX;
    }
    return fallback;
  }

  /** Writes {@code table} in the chosen format to the chosen place. */
  void write(Table table, Environment env) {
    write(table, env, resolve(env));
  }

  /** Writes {@code table} in format {@code f} to the chosen place. */
  void write(Table table, Environment env, Format f) {
    try {
      if (f.binary()) {
        if (output != null) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          f.write(table, bytes);
          OutputFile.write(env.workingDirectory().resolve(output), output, bytes.toByteArray());
          env.err().println("nmstat: wrote " + output);
        } else if (env.terminal() || env.binaryOut() == null) {
          throw new ParameterException(
              mixee.commandLine(),
              "--format "
                  + f.name().toLowerCase(Locale.ROOT)
                  + " is binary: give -o FILE.xlsx, or redirect standard output to a file");
        } else {
          env.out().flush();
          f.write(table, env.binaryOut());
        }
      } else if (output != null) {
        StringWriter text = new StringWriter();
        f.write(table, new PrintWriter(text));
        OutputFile.write(
            env.workingDirectory().resolve(output),
            output,
            text.toString().getBytes(StandardCharsets.UTF_8));
        env.err().println("nmstat: wrote " + output);
      } else {
        f.write(table, env.out(), env.terminal() && !wide ? env.width() : 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a format name in any case. */
  static final class Converter extends EnumConverter<Format> {
    Converter() {
      super(Format.class, "format");
    }
  }
}

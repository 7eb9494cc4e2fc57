package no.nmstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the AsciiDoc sources of the man pages, {@code nmstat.adoc} and one per subcommand ({@code
 * nmstat-summary.adoc}, ...), from the command model that {@code --help} prints. The build runs it
 * before the tests (pom.xml: exec-maven-plugin) and Asciidoctor turns the sources into {@code
 * target/man/*.1}. It lives with the tests so that picocli-codegen never reaches the nmstat jar.
 *
 * <p>picocli's generator writes the name, synopsis, description, options, arguments, commands and
 * exit status; the footer of --help is written here: its examples as preformatted text (as typed,
 * never filled), the rest as paragraphs.
 */
public final class ManPages {
  private ManPages() {}

  /** {@code args[0]}: the directory to write the {@code .adoc} files to. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (CommandSpec spec : pages()) {
      Path file = dir.resolve(spec.qualifiedName("-") + ".adoc");
      try (PrintWriter pw =
          new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
        write(pw, spec);
      }
    }
  }

  /** The commands that get a page: nmstat and its subcommands but {@code help}. */
  static List<CommandSpec> pages() {
    Environment quiet = InProcess.environment().build();
    CommandLine root = Nmstat.commandLine(quiet);
    // "help COMMAND" is what man nmstat-COMMAND is: no page of its own, not listed.
    root.getSubcommands().get("help").getCommandSpec().usageMessage().hidden(true);
    List<CommandSpec> pages = new ArrayList<>();
    pages.add(root.getCommandSpec());
    root.getSubcommands().values().stream()
        .map(CommandLine::getCommandSpec)
        .filter(spec -> !spec.usageMessage().hidden())
        .forEach(pages::add);
    return pages;
  }

  /**
   * One page: picocli's sections, with the synopsis as plain text (picocli's bold and italic markup
   * breaks on labels such as {@code NAME=FROM..TO[,minus-clock-stops]}), then the footer of --help.
   */
  static void write(PrintWriter pw, CommandSpec spec) {
    UsageMessageSpec usage = spec.usageMessage();
    String[] footer = usage.footer();
    usage.footer(new String[0]);
    usage.exitCodeListHeading("Exit status");
    String synopsis =
        new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
            .synopsis(0)
            .replaceAll("\\s+", " ")
            .strip();
    StringWriter generated = new StringWriter();
    try (PrintWriter out = new PrintWriter(generated)) {
      ManPageGenerator.writeSingleManPage(out, spec);
    }
    // As written: AsciiDoc would turn the "<=" of a rule into an arrow (the name line is taken
    // as written anyway).
    String page = generated.toString();
    int body = page.indexOf("// tag::picocli-generated-man-section-synopsis");
    page = page.substring(0, body) + page.substring(body).replaceAll("(<=|=>|<-|->)", "\\\\$1");
    Matcher m =
        Pattern.compile(
                "(?s)(== Synopsis\\R\\R).*?(\\R// end::picocli-generated-man-section-synopsis)")
            .matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no synopsis in the page of " + spec.qualifiedName());
    }
    pw.print(
        m.replaceFirst(
            Matcher.quoteReplacement(m.group(1) + "[subs=\"specialchars\"]\n" + synopsis + "\n")
                + "$2"));
    writeFooter(pw, footer);
  }

  /**
   * The footer of --help as AsciiDoc: a line such as {@code Examples:} starts a section, lines
   * indented by two spaces are one literal block (examples, verbatim), other lines are paragraphs
   * (in a section "Notes" when they follow the examples).
   */
  static void writeFooter(PrintWriter pw, String[] footer) {
    boolean inLiteral = false;
    boolean inExamples = false;
    for (String raw : footer) {
      String line = String.format(raw);
      boolean literal = line.startsWith("  ");
      if (inLiteral && !literal) {
        pw.println("....");
        inLiteral = false;
      }
      if (line.isBlank()) {
        pw.println();
      } else if (line.matches("[A-Z][a-z ]*:")) {
        pw.printf("%n== %s%n%n", line.substring(0, line.length() - 1));
        inExamples = line.equals("Examples:");
      } else if (literal) {
        if (!inLiteral) {
          pw.println("....");
          inLiteral = true;
        }
        pw.println(line.substring(2));
      } else {
        if (inExamples) {
          pw.printf("%n== Notes%n%n");
          inExamples = false;
        }
        // As written: no AsciiDoc quotes or replacements ("<=" would become an arrow).
        pw.printf("[subs=\"specialchars\"]%n%s%n%n", line);
      }
    }
    if (inLiteral) {
      pw.println("....");
    }
  }
}

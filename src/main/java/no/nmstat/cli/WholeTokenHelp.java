package no.nmstat.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * picocli's help with every token kept whole on wrapping (method.md §6). picocli breaks lines where
 * the JDK's line {@code BreakIterator} allows, and that allows a break after a dot followed by a
 * letter: "W.", "A.I.T." on two lines, "PERCENTILE." and "INC", "data/cases-sample." and "csv". The
 * texts go to the wrapping with each dot between two non-blank characters replaced by a private-use
 * character, which the iterator takes as a letter; every help section has it put back. Only help
 * pays for this: a run that prints no help renders none of it.
 */
final class WholeTokenHelp extends Help {
  // The characters around which the JDK breaks a line, inside a token too ("W.A.I.T.",
  // "year,area", "html|pdf", "NAME[,NAME...]"), and the private-use code points that stand for them
  // while help is
  // wrapped: no text of nmstat's holds those, and they wrap as letters do.
  private static final String BREAKING = ".,|[";
  private static final String KEPT = "\uE000\uE001\uE002\uE003";

  private IParamLabelRenderer labels;

  private WholeTokenHelp(CommandSpec spec, ColorScheme scheme) {
    super(spec, scheme);
  }

  /** Makes {@code cmd}'s help, and that of each of its subcommands, keep tokens whole. */
  static void install(CommandLine cmd) {
    cmd.setHelpFactory(new Factory());
    install(cmd.getHelpSectionMap());
    for (CommandLine sub : cmd.getSubcommands().values()) {
      install(sub.getHelpSectionMap());
    }
  }

  private static void install(Map<String, CommandLine.IHelpSectionRenderer> sections) {
    for (Map.Entry<String, CommandLine.IHelpSectionRenderer> e : sections.entrySet()) {
      if (!(e.getValue() instanceof Restored)) {
        e.setValue(new Restored(e.getValue()));
      }
    }
  }

  /**
   * {@code text} with each dot, comma, bar and opening bracket that a non-blank character follows
   * kept from a line break: after one followed by a blank, a line may still break.
   */
  static String keep(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length - 1; i++) {
      int k = BREAKING.indexOf(c[i]);
      if (k >= 0 && !Character.isWhitespace(c[i + 1])) {
        c[i] = KEPT.charAt(k);
      }
    }
    return new String(c);
  }

  /** {@code text} with the characters {@link #keep} replaced put back. */
  static String restore(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      int k = KEPT.indexOf(c[i]);
      if (k >= 0) {
        c[i] = BREAKING.charAt(k);
      }
    }
    return new String(c);
  }

  private static String[] keep(String[] lines) {
    String[] kept = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      kept[i] = keep(lines[i]);
    }
    return kept;
  }

  /** {@code text} with its kept dots, a plain text's, styled as the scheme styles plain text. */
  private static Text keep(Text text, ColorScheme scheme) {
    String plain = text.plainString();
    String kept = keep(plain);
    return kept.equals(plain) ? text : scheme.text(kept);
  }

  @Override
  public String header(Object... params) {
    return wrapped(commandSpec().usageMessage().header(), params);
  }

  @Override
  public String description(Object... params) {
    return wrapped(commandSpec().usageMessage().description(), params);
  }

  private String wrapped(String[] lines, Object... params) {
    UsageMessageSpec usage = commandSpec().usageMessage();
    return join(
            ansi(),
            usage.width(),
            usage.adjustLineBreaksForWideCJKCharacters(),
            keep(lines),
            new StringBuilder(),
            params)
        .toString();
  }

  @Override
  public String commandList(Map<String, Help> subcommands) {
    UsageMessageSpec usage = commandSpec().usageMessage();
    int width = usage.width();
    int longest = 0;
    for (String name : subcommands.keySet()) {
      longest = Math.max(longest, name.length());
    }
    int nameWidth = Math.min(longest, width / 2) + 2;
    TextTable table =
        TextTable.forColumns(
            colorScheme(),
            new Column(nameWidth, 2, Column.Overflow.SPAN),
            new Column(width - nameWidth, 2, Column.Overflow.WRAP));
    table.setAdjustLineBreaksForWideCJKCharacters(usage.adjustLineBreaksForWideCJKCharacters());
    for (Help help : subcommands.values()) {
      UsageMessageSpec sub = help.commandSpec().usageMessage();
      String[] first = sub.header().length > 0 ? sub.header() : sub.description();
      // As picocli's own list: the line is a format ("%%" for "%").
      Text[] lines =
          colorScheme().text(keep(String.format(first.length > 0 ? first[0] : ""))).splitLines();
      for (int i = 0; i < lines.length; i++) {
        table.addRowValues(i == 0 ? help.commandNamesText(", ") : colorScheme().text(""), lines[i]);
      }
    }
    return subcommands.isEmpty() ? "" : table.toString();
  }

  @Override
  public IOptionRenderer createDefaultOptionRenderer() {
    return new Options(super.createDefaultOptionRenderer());
  }

  @Override
  public IParameterRenderer createDefaultParameterRenderer() {
    return new Parameters(super.createDefaultParameterRenderer());
  }

  @Override
  public IParamLabelRenderer parameterLabelRenderer() {
    if (labels == null) {
      labels = new Labels(super.parameterLabelRenderer(), colorScheme());
    }
    return labels;
  }

  /** Rows of an option or parameter with their last column, the description, kept whole. */
  private static Text[][] keepDescriptions(Text[][] rows, ColorScheme scheme) {
    for (Text[] row : rows) {
      row[row.length - 1] = keep(row[row.length - 1], scheme);
    }
    return rows;
  }

  /** Makes the help. */
  private static final class Factory implements CommandLine.IHelpFactory {
    @Override
    public Help create(CommandSpec spec, ColorScheme scheme) {
      return new WholeTokenHelp(spec, scheme);
    }
  }

  /** A help section with its kept dots put back. */
  private static final class Restored implements CommandLine.IHelpSectionRenderer {
    private final CommandLine.IHelpSectionRenderer section;

    Restored(CommandLine.IHelpSectionRenderer section) {
      this.section = section;
    }

    @Override
    public String render(Help help) {
      return restore(section.render(help));
    }
  }

  /** The option rows with their descriptions kept whole. */
  private static final class Options implements IOptionRenderer {
    private final IOptionRenderer rows;

    Options(IOptionRenderer rows) {
      this.rows = rows;
    }

    @Override
    public Text[][] render(OptionSpec option, IParamLabelRenderer labels, ColorScheme scheme) {
      return keepDescriptions(rows.render(option, labels, scheme), scheme);
    }
  }

  /** The positional parameter rows with their descriptions kept whole. */
  private static final class Parameters implements IParameterRenderer {
    private final IParameterRenderer rows;

    Parameters(IParameterRenderer rows) {
      this.rows = rows;
    }

    @Override
    public Text[][] render(
        PositionalParamSpec param, IParamLabelRenderer labels, ColorScheme scheme) {
      return keepDescriptions(rows.render(param, labels, scheme), scheme);
    }
  }

  /** Parameter labels kept whole in the synopsis ({@code FIRST..LAST}). */
  private static final class Labels implements IParamLabelRenderer {
    private final IParamLabelRenderer labels;
    private final ColorScheme scheme;

    Labels(IParamLabelRenderer labels, ColorScheme scheme) {
      this.labels = labels;
      this.scheme = scheme;
    }

    @Override
    public Text renderParameterLabel(ArgSpec arg, Help.Ansi ansi, List<IStyle> styles) {
      return keep(labels.renderParameterLabel(arg, ansi, styles), scheme);
    }

    @Override
    public String separator() {
      return labels.separator();
    }
  }
}

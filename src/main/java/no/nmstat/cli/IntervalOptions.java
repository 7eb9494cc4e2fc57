package no.nmstat.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nmstat.io.ColumnNames;
import no.nmstat.metrics.Actor;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Intervals;
import no.nmstat.model.Milestone;
import no.nmstat.summary.SummaryRequest;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Which intervals to compute, user-defined intervals, and targets. */
final class IntervalOptions {
  // The command this mixin is part of: usage errors name it.
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  private static final Pattern DEFINITION =
      Pattern.compile("([a-z][a-z0-9_]*)=([^.,]+)\\.\\.([^.,]+)(,minus-clock-stops)?");
  private static final Pattern TARGET = Pattern.compile("([a-z][a-z0-9_]*)=(\\d{1,6}|none)");

  @Option(
      names = "--intervals",
      split = ",",
      paramLabel = "NAME",
      completionCandidates = CompletionCommand.IntervalNames.class,
      description =
          "Intervals to report, comma-separated (default: all). Standard: queue,"
              + " assessment, active, clock_stop, submission, negotiation, to_decision, total,"
              + " ma_to_decision, ma_to_availability.")
  List<String> names;

  @Option(
      names = "--interval",
      paramLabel = "NAME=FROM..TO[,minus-clock-stops]",
      description =
          "Define an interval between two milestones,"
              + " e.g. request_to_report=requested..report_completed.")
  List<String> definitions = new ArrayList<>();

  @Option(
      names = "--target",
      paramLabel = "NAME=DAYS",
      description = "Target days for an interval ('none' removes one; default assessment=180).")
  List<String> targets = new ArrayList<>();

  /** Every known interval by name: the standard ones, then the defined ones. */
  Map<String, Interval> known() {
    Map<String, Interval> known = Intervals.byName();
    for (String d : definitions) {
      Interval i = define(mixee.commandLine(), d, "--interval " + d);
      if (known.containsKey(i.name())) {
        throw new ParameterException(
            mixee.commandLine(), "--interval " + d + ": " + i.name() + " is already an interval");
      }
      known.put(i.name(), i);
    }
    return known;
  }

  /** The selected intervals: all known ones, or those --intervals names, in its order. */
  List<Interval> intervals() {
    Map<String, Interval> known = known();
    if (names == null || names.isEmpty()) {
      return List.copyOf(known.values());
    }
    List<Interval> chosen = new ArrayList<>();
    for (String n : names) {
      Interval i = lookup(mixee.commandLine(), known, n.strip(), "--intervals");
      if (!chosen.contains(i)) {
        chosen.add(i);
      }
    }
    return chosen;
  }

  /** The interval {@code name} among {@code known}, or a usage error naming the choices. */
  static Interval lookup(
      CommandLine cmd, Map<String, Interval> known, String name, String context) {
    Interval i = known.get(name);
    if (i == null) {
      // Like every other choice, interval names are case-insensitive.
      i =
          known.entrySet().stream()
              .filter(e -> e.getKey().equalsIgnoreCase(name))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(null);
    }
    if (i == null) {
      throw new ParameterException(
          cmd,
          context
              + ": unknown interval '"
              + name
              + "'; known: "
              + String.join(", ", known.keySet()));
    }
    return i;
  }

  /** Targets by interval name: the defaults, changed by --target. */
  Map<String, Integer> targets() {
    Map<String, Interval> known = known();
    Map<String, Integer> result = new HashMap<>(SummaryRequest.DEFAULT_TARGETS);
    for (String t : targets) {
      Matcher m = TARGET.matcher(t.strip());
      if (!m.matches()) {
        throw new ParameterException(
            mixee.commandLine(), "--target " + t + ": expected NAME=DAYS, e.g. assessment=180");
      }
      lookup(mixee.commandLine(), known, m.group(1), "--target " + t);
      if (m.group(2).equals("none")) {
        result.remove(m.group(1));
      } else {
        result.put(m.group(1), Integer.parseInt(m.group(2)));
      }
    }
    return result;
  }

  /** The interval a definition NAME=FROM..TO[,minus-clock-stops] describes. */
  static Interval define(CommandLine cmd, String text, String context) {
    Matcher m = DEFINITION.matcher(text.strip());
    if (!m.matches()) {
      throw new ParameterException(
          cmd,
          context + ": expected NAME=FROM..TO[,minus-clock-stops], e.g. wait=requested..assigned");
    }
    Milestone from = milestone(cmd, m.group(2), context);
    Milestone to = milestone(cmd, m.group(3), context);
    return Interval.between(
        m.group(1), from, to, m.group(4) != null, Actor.ALL, "user-defined: " + from + " to " + to);
  }

  /** The milestone a canonical name or header alias denotes. */
  static Milestone milestone(CommandLine cmd, String name, String context) {
    String canonical = ColumnNames.canonicalOf(name).orElse(name.strip());
    return Milestone.byColumn(canonical)
        .orElseThrow(
            () ->
                new ParameterException(
                    cmd,
                    context
                        + ": unknown milestone '"
                        + name
                        + "'; milestones: "
                        + milestoneNames()));
  }

  private static String milestoneNames() {
    List<String> names = new ArrayList<>();
    for (Milestone m : Milestone.all()) {
      names.add(m.column());
    }
    return String.join(", ", names);
  }
}

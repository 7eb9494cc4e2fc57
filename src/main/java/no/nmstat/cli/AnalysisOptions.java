package no.nmstat.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nmstat.io.ColumnNames;
import no.nmstat.io.DateReader;
import no.nmstat.metrics.Actor;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Intervals;
import no.nmstat.metrics.SummaryRequest;
import no.nmstat.model.Milestone;
import no.nmstat.stats.QuantileMethod;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Which intervals, targets, as-of date and quantile definition a computation uses. */
final class AnalysisOptions {
  private static final Pattern DEFINITION = Pattern.compile(
      "([a-z][a-z0-9_]*)=([^.,]+)\\.\\.([^.,]+)(,minus-clock-stops)?");
  private static final Pattern TARGET = Pattern.compile("([a-z][a-z0-9_]*)=(\\d{1,6}|none)");

  @Option(names = "--intervals", split = ",", paramLabel = "NAME",
      description = "Intervals to report, comma-separated (default: all). Standard: queue,"
          + " assessment, active, clock_stop, submission, negotiation, to_decision, total,"
          + " ma_to_decision, ma_to_availability.")
  List<String> names;

  @Option(names = "--interval", paramLabel = "NAME=FROM..TO[,minus-clock-stops]",
      description = "Define an interval between two milestones,"
          + " e.g. request_to_report=requested..report_completed.")
  List<String> definitions = new ArrayList<>();

  @Option(names = "--target", paramLabel = "NAME=DAYS",
      description = "Target days for an interval ('none' removes one; default assessment=180).")
  List<String> targets = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
      description = "Date at which open cases are aged and later milestones are not yet"
          + " reached (default: today).")
  LocalDate asOf;

  @Option(names = "--quantile-method", paramLabel = "TYPE", defaultValue = "7",
      converter = QuantileConverter.class,
      description = "R quantile type 1-9 (default ${DEFAULT-VALUE}: Excel PERCENTILE.INC,"
          + " numpy linear).")
  QuantileMethod quantileMethod;

  /** The as-of date: the option, else today. */
  LocalDate asOf(Environment env) {
    return asOf != null ? asOf : LocalDate.now(env.clock());
  }

  /** The selected intervals: standard and defined ones, in the order asked for. */
  List<Interval> intervals() {
    Map<String, Interval> known = new LinkedHashMap<>();
    Intervals.STANDARD.forEach(i -> known.put(i.name(), i));
    for (String d : definitions) {
      Interval i = define(d);
      if (known.containsKey(i.name())) {
        throw new UsageException("--interval " + d + ": " + i.name() + " is already an interval");
      }
      known.put(i.name(), i);
    }
    if (names == null || names.isEmpty()) {
      return List.copyOf(known.values());
    }
    List<Interval> chosen = new ArrayList<>();
    for (String n : names) {
      Interval i = known.get(n.strip());
      if (i == null) {
        throw new UsageException("unknown interval '" + n + "'; known: "
            + String.join(", ", known.keySet()));
      }
      if (!chosen.contains(i)) {
        chosen.add(i);
      }
    }
    return chosen;
  }

  /** Targets by interval name: the defaults, changed by --target. */
  Map<String, Integer> targets(List<Interval> intervals) {
    Map<String, Integer> result = new HashMap<>(SummaryRequest.DEFAULT_TARGETS);
    for (String t : targets) {
      Matcher m = TARGET.matcher(t.strip());
      if (!m.matches()) {
        throw new UsageException("--target " + t + ": expected NAME=DAYS, e.g. assessment=180");
      }
      String name = m.group(1);
      if (intervals.stream().noneMatch(i -> i.name().equals(name))
          && Intervals.standard(name).isEmpty()) {
        throw new UsageException("--target " + t + ": unknown interval '" + name + "'");
      }
      if (m.group(2).equals("none")) {
        result.remove(name);
      } else {
        result.put(name, Integer.parseInt(m.group(2)));
      }
    }
    return result;
  }

  private static Interval define(String text) {
    Matcher m = DEFINITION.matcher(text.strip());
    if (!m.matches()) {
      throw new UsageException("--interval " + text
          + ": expected NAME=FROM..TO[,minus-clock-stops], e.g. wait=requested..assigned");
    }
    Milestone from = milestone(m.group(2), text);
    Milestone to = milestone(m.group(3), text);
    return Interval.between(m.group(1), from, to, m.group(4) != null, Actor.ALL,
        "user-defined: " + from + " to " + to);
  }

  /** The milestone a name or header alias denotes. */
  static Milestone milestone(String name, String context) {
    String canonical = ColumnNames.canonicalOf(name).orElse(name.strip());
    return Milestone.byColumn(canonical).orElseThrow(() -> new UsageException(context
        + ": unknown milestone '" + name + "'; milestones: " + milestoneNames()));
  }

  private static String milestoneNames() {
    List<String> names = new ArrayList<>();
    for (Milestone m : Milestone.values()) {
      names.add(m.column());
    }
    return String.join(", ", names);
  }

  /** Reads dates in the formats of the input files. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      DateReader.Result r = DateReader.standard().read(value);
      if (r instanceof DateReader.Day d) {
        return LocalDate.ofEpochDay(d.epochDay());
      }
      throw new TypeConversionException("'" + value + "' is not a date (2024-01-05 or 05.01.2024)");
    }
  }

  /** Reads 7, R7 or type7. */
  static final class QuantileConverter implements ITypeConverter<QuantileMethod> {
    @Override
    public QuantileMethod convert(String value) {
      String digits = value.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^(r|type)", "");
      if (!digits.matches("[1-9]")) {
        throw new TypeConversionException("'" + value + "' is not a quantile type 1-9 (as R's type=)");
      }
      return QuantileMethod.ofType(Integer.parseInt(digits));
    }
  }
}

package no.nmstat.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.nmstat.format.Format;
import no.nmstat.format.Plural;
import no.nmstat.format.Table;
import no.nmstat.io.ReadResult;
import no.nmstat.model.YearRange;
import no.nmstat.view.WaitReport;
import no.nmstat.wait.PanelRow;
import no.nmstat.wait.PublishedFigure;
import no.nmstat.wait.PublishedFigures;
import no.nmstat.wait.WaitFromCases;
import no.nmstat.wait.WaitIndicator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code nmstat wait}: availability and time to availability in the style of EFPIA W.A.I.T. */
@Command(
    name = "wait",
    mixinStandardHelpOptions = true,
    description =
        "EFPIA Patients W.A.I.T. indicators from a medicine-by-country panel:"
            + " availability rate, limited availability, mean and median days from EU"
            + " authorisation to availability, Kaplan-Meier median, ranks.",
    footer = {
      "",
      "Examples:",
      "  nmstat wait data/wait-panel-sample.csv --cohort 2020..2023 \\",
      "      --cutoff 2025-01-05 --focus NO",
      "  nmstat wait panel.csv --cohort 2019..2022 --cutoff 2024-01-05 --format csv",
      "  nmstat wait --from-cases data/cases-sample.csv --country NO \\",
      "      --cohort 2020..2023 --cutoff 2025-01-05",
      "  nmstat wait panel.csv --from-cases cases.csv --country NO \\",
      "      --cohort 2020..2023 --cutoff 2025-01-05",
      "  nmstat wait panel.csv --cohort 2020..2023 --cutoff 2025-01-05 \\",
      "      --compare-published 2024",
      "  nmstat wait --published",
      "",
      "The cohort is the medicines with EU authorisation in the given years; each country is"
          + " measured against all of them, so a medicine without a row for a country counts"
          + " as not available there. Availability after the cut-off counts as not available."
          + " With a panel, --from-cases replaces the country's rows by the case file's (first"
          + " yes); without one, it shows the two Norwegian definitions side by side."
    })
final class WaitCommand extends BaseCommand {
  @Parameters(
      arity = "0..1",
      paramLabel = "PANEL",
      description =
          "Panel CSV: product, ma_date, country, available_date, availability,"
              + " oncology, orphan, combination.")
  String panel;

  @Mixin ReadingOptions reading;

  @Mixin FormatOption output;

  // Of the --from-cases file: a panel's problems always stop the run.
  @Mixin SkipInvalidOption skip;

  @Option(
      names = "--cohort",
      paramLabel = "FIRST..LAST",
      description = "Years of EU authorisation, e.g. 2020..2023.")
  String cohort;

  @Option(
      names = "--cutoff",
      paramLabel = "DATE",
      converter = AsOfOption.DateConverter.class,
      description = "Date availability is measured on, e.g. 2025-01-05.")
  LocalDate cutoff;

  @Option(
      names = "--focus",
      paramLabel = "COUNTRY",
      description =
          "Add the country's gap to every country, the best, the median and the" + " Nordic peers.")
  String focus;

  @Option(
      names = "--from-cases",
      paramLabel = "FILE",
      description = "Derive --country's rows from a Nye metoder case file.")
  String fromCases;

  @Option(
      names = "--country",
      paramLabel = "COUNTRY",
      defaultValue = "NO",
      description = "The country of --from-cases (default: ${DEFAULT-VALUE}).")
  String country;

  @Option(names = "--published", description = "Print the published headline figures.")
  boolean published;

  @Option(
      names = "--compare-published",
      paramLabel = "SURVEY",
      description = "Put the computed figures beside a published survey's, e.g. 2024.")
  Integer compareSurvey;

  @Override
  ExitStatus run() throws Exception {
    Format format = output.resolve(env());
    if (published) {
      output.write(WaitReport.published(PublishedFigures.load()), env());
      return ExitStatus.OK;
    }
    requireAll();
    YearRange years = WaitInputs.cohort(spec.commandLine(), cohort, "--cohort");
    WaitInputs.requireCutoffAfter(spec.commandLine(), cutoff, years);
    String code = country.strip().toUpperCase(Locale.ROOT);
    String focused = focus == null ? null : focus.strip().toUpperCase(Locale.ROOT);
    List<PublishedFigure> survey = compareSurvey == null ? null : survey(compareSurvey);
    List<PanelRow> rows = new ArrayList<>();
    if (panel != null) {
      rows.addAll(WaitInputs.panel(panel, reading, env()));
      provenance().read(List.of(panel), rows.size());
    }
    Table table;
    if (fromCases != null) {
      ReadResult read = InputOptions.readCases(List.of(fromCases), reading, env(), null);
      provenance().read(List.of(fromCases), read.rows());
      ReadResult cases = skip.valid(env(), read);
      WaitFromCases.Result yes =
          WaitFromCases.rows(cases.cases(), code, WaitFromCases.Definition.FIRST_YES);
      if (panel == null) {
        WaitFromCases.Result decision =
            WaitFromCases.rows(cases.cases(), code, WaitFromCases.Definition.FIRST_DECISION);
        table =
            WaitReport.definitions(
                WaitIndicator.compute(decision.rows(), years, cutoff),
                WaitIndicator.compute(yes.rows(), years, cutoff),
                code,
                years,
                cutoff);
        if (yes.withoutMaDate() > 0) {
          env()
              .err()
              .println(
                  "nmstat: note: "
                      + Plural.count(yes.withoutMaDate(), "method", "methods")
                      + " without an ma_date left out: fill the column ma_date (the EU"
                      + " marketing authorisation date) to count "
                      + Plural.word(yes.withoutMaDate(), "it", "them"));
        }
        output.write(table, env());
        return ExitStatus.OK;
      }
      rows.removeIf(r -> r.country().equals(code));
      rows.addAll(yes.rows());
      note(
          format,
          code
              + " rows derived from "
              + fromCases
              + " (first yes, "
              + yes.rows().size()
              + " method IDs)");
    }
    WaitIndicator.Result result = WaitIndicator.compute(rows, years, cutoff);
    if (focused != null && result.figures().stream().noneMatch(f -> f.country().equals(focused))) {
      throw new ParameterException(
          spec.commandLine(), "--focus " + focus + ": no such country in the panel");
    }
    if (result.outsideCohort() > 0) {
      note(
          format,
          Plural.count(result.outsideCohort(), "medicine", "medicines")
              + " authorised outside "
              + years
              + " left out");
    }
    result
        .missingRows()
        .forEach(
            (c, n) ->
                note(
                    format,
                    c
                        + ": "
                        + Plural.count(n, "cohort medicine", "cohort medicines")
                        + " without a row, counted as not available"));
    table =
        survey != null
            ? WaitReport.comparePublished(survey, result)
            : WaitReport.countries(result, years, cutoff, focused, format.human());
    output.write(table, env());
    return ExitStatus.OK;
  }

  /** Names every missing input in one message, so that one more run is enough. */
  private void requireAll() {
    List<String> missing = new ArrayList<>();
    if (panel == null && fromCases == null) {
      missing.add("a PANEL file (or --from-cases FILE, or --published)");
    }
    if (cohort == null) {
      missing.add("--cohort FIRST..LAST");
    }
    if (cutoff == null) {
      missing.add("--cutoff DATE");
    }
    if (!missing.isEmpty()) {
      int last = missing.size() - 1;
      String all =
          last == 0
              ? missing.get(0)
              : String.join(", ", missing.subList(0, last)) + " and " + missing.get(last);
      throw new ParameterException(
          spec.commandLine(),
          "missing "
              + all
              + ", e.g. nmstat wait panel.csv --cohort 2020..2023 --cutoff 2025-01-05");
    }
  }

  private List<PublishedFigure> survey(int year) {
    List<PublishedFigure> all = PublishedFigures.load();
    List<PublishedFigure> one = all.stream().filter(p -> p.survey() == year).toList();
    if (one.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "--compare-published "
              + year
              + ": no such survey; published: "
              + all.stream().map(p -> Integer.toString(p.survey())).distinct().toList());
    }
    return one;
  }

  // Machine formats have no notes under the table, so what was set aside goes to stderr.
  private void note(Format format, String text) {
    if (!format.human()) {
      env().err().println("nmstat: note: " + text);
    }
  }
}

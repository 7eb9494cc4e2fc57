package no.nmstat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import no.nmstat.io.CaseWriter;
import no.nmstat.model.CaseRecord;
import no.nmstat.sample.AsKnownOn;
import no.nmstat.sample.SyntheticCases;
import no.nmstat.sample.SyntheticPanel;
import no.nmstat.wait.PanelWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code nmstat sample}: a synthetic case file, the same for the same seed. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description =
        "Write a synthetic case file (invented substances, realistic phase lengths)"
            + " or W.A.I.T. panel to stdout, for demos, tests and benchmarks.",
    footer = {
      "",
      "Examples:",
      "  nmstat sample > demo.csv",
      "  nmstat sample --cases 1000000 --seed 7 > big.csv",
      "  nmstat sample --cut 2025-06-30 > june.csv   # as known on 30 June",
      "",
      "  nmstat sample --wait-panel --products 190 > panel.csv",
      "",
      "data/cases-sample.csv is: nmstat sample --cases 250 --seed 2025 --as-of 2025-10-31",
      "data/wait-panel-sample.csv is: nmstat sample --wait-panel --products 190 --seed 2025"
    })
final class SampleCommand extends BaseCommand {
  @Option(
      names = "--cases",
      paramLabel = "N",
      defaultValue = "250",
      description = "Number of cases (default: ${DEFAULT-VALUE}).")
  int cases;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "2025",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      defaultValue = "2025-10-31",
      converter = AsOfOption.DateConverter.class,
      description = "The data's date: later milestones are left empty (default: ${DEFAULT-VALUE}).")
  LocalDate asOf;

  @Option(
      names = "--cut",
      paramLabel = "DATE",
      converter = AsOfOption.DateConverter.class,
      description =
          "The same history as known on DATE (on or before --as-of): later milestones blank,"
              + " clock stops as recorded by then, cases with no milestone by then left out;"
              + " compare the two lists with nmstat changes.")
  LocalDate cut;

  @Option(
      names = "--wait-panel",
      description = "Write a W.A.I.T. panel (medicine x country) instead of a case file.")
  boolean waitPanel;

  @Option(
      names = "--products",
      paramLabel = "N",
      defaultValue = "190",
      description = "With --wait-panel: number of medicines (default: ${DEFAULT-VALUE}).")
  int products;

  @Override
  ExitStatus run() throws Exception {
    if (waitPanel) {
      if (cut != null) {
        throw new ParameterException(
            spec.commandLine(), "--cut is for case files, not --wait-panel");
      }
      if (products < 1) {
        throw new ParameterException(spec.commandLine(), "--products must be at least 1");
      }
      PanelWriter.write(SyntheticPanel.generate(products, seed), env().out());
      return ExitStatus.OK;
    }
    if (cases < 1) {
      throw new ParameterException(spec.commandLine(), "--cases must be at least 1");
    }
    if (asOf.getYear() < 2019) {
      throw new ParameterException(
          spec.commandLine(), "--as-of must be in 2019 or later: cases start in 2018");
    }
    if (cut != null && cut.isAfter(asOf)) {
      throw new ParameterException(
          spec.commandLine(), "--cut " + cut + " must be on or before --as-of " + asOf);
    }
    AsKnownOn known = cut == null ? null : new AsKnownOn(cut);
    CaseWriter writer = CaseWriter.open(env().out());
    try {
      SyntheticCases.generate(
          cases,
          seed,
          asOf,
          c -> {
            try {
              if (known == null) {
                writer.write(c);
              } else {
                Optional<CaseRecord> then = known.apply(c);
                if (then.isPresent()) {
                  writer.write(then.get());
                }
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    writer.flush();
    return ExitStatus.OK;
  }
}

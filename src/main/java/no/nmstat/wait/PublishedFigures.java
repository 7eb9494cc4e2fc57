package no.nmstat.wait;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The published W.A.I.T. headline figures shipped as {@code data/wait-published.csv} (copied into
 * the jar by the build).
 */
public final class PublishedFigures {
  private static final String RESOURCE = "/wait-published.csv";

  private PublishedFigures() {}

  /** All published figures, in file order. */
  public static List<PublishedFigure> load() {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (InputStream in = PublishedFigures.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      List<PublishedFigure> out = new ArrayList<>();
      for (CSVRecord r :
          CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
        out.add(
            new PublishedFigure(
                Integer.parseInt(r.get("survey")),
                r.get("cohort"),
                r.get("cutoff"),
                integer(r.get("medicines")),
                r.get("country"),
                integer(r.get("available")),
                decimal(r.get("availability_rate")),
                decimal(r.get("limited_rate")),
                integer(r.get("mean_days")),
                integer(r.get("median_days")),
                r.get("source")));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Integer integer(String s) {
    return s.isBlank() ? null : Integer.valueOf(s.strip());
  }

  private static Double decimal(String s) {
    return s.isBlank() ? null : Double.valueOf(s.strip());
  }
}

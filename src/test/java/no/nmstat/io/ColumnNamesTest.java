package no.nmstat.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ID-nr|id",
        "id|id",
        "  ID  |id",
        "Virkestoff|substance",
        "Handelsnavn|trade_name",
        "Handelsenavn|trade_name",
        "Bruksområde (indikasjon)|indication",
        "Bruksområde|indication",
        "BRUKSOMRÅDE  (INDIKASJON)|indication",
        "Fagområde|area",
        "Fagomrade|area",
        "Metodetype|method_type",
        "MT-dato|ma_date",
        "Innsendt|requested",
        "Anmodning mottatt|requested",
        "Oppdrag gitt|commissioned",
        "Dokumentasjon mottatt|documentation_received",
        "Påbegynt|assigned",
        "Tildelt saksbehandler|assigned",
        "Klokkestopp|clock_stop_days",
        "Klokkestopp (dager)|clock_stop_days",
        "Metodevurdering ferdigstilt|report_completed",
        "Prisforhandling ferdig|negotiation_completed",
        "Beslutningsdato|decision_date",
        "Dato siste beslutning|decision_date",
        "Innført dato|available_date",
        "INNFORT DATO|available_date",
        "Beslutning|decision",
        "Gjeldende beslutning Kortversjon|decision",
        "documentation_received|documentation_received",
        "Documentation Received|documentation_received",
        "trade name|trade_name",
      })
  void recognisesNorwegianAndEnglishHeaders(String header, String canonical) {
    assertThat(ColumnNames.canonicalOf(header)).contains(canonical);
  }

  /** The original normalisation, which normalize now skips for ASCII headers. */
  private static String throughUnicode(String header) {
    String s =
        header.strip().toLowerCase(java.util.Locale.ROOT).replace("æ", "ae").replace("ø", "o");
    s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return s.replace('_', ' ').replaceAll("\\s+", " ");
  }

  @org.junit.jupiter.api.Test
  void asciiHeadersNormaliseAsThroughUnicode() {
    java.util.Random random = new java.util.Random(14);
    String alphabet = "aZ_ 0\t\n\u000B\f\r\u001C\u001F-.(É";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        // Mostly ASCII; now and then a character beyond, which takes the Unicode path.
        int k = random.nextInt(n % 10 == 0 ? alphabet.length() : alphabet.length() - 1);
        b.append(alphabet.charAt(k));
      }
      String header = b.toString();
      assertThat(ColumnNames.normalize(header))
          .as("%s", header.chars().boxed().toList())
          .isEqualTo(throughUnicode(header));
    }
  }

  @ParameterizedTest
  @CsvSource({"Kommentar", "RHF", "saksnummer"})
  void otherHeadersAreExtraColumns(String header) {
    assertThat(ColumnNames.canonicalOf(header)).isEmpty();
  }
}

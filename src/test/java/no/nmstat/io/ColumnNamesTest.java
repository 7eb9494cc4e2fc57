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

  @ParameterizedTest
  @CsvSource({"Kommentar", "RHF", "saksnummer"})
  void otherHeadersAreExtraColumns(String header) {
    assertThat(ColumnNames.canonicalOf(header)).isEmpty();
  }
}

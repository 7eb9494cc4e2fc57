package no.nmstat.wait;

import no.nmstat.model.SourceLine;

/**
 * One medicine in one country, as in the EFPIA W.A.I.T. survey.
 *
 * @param product the medicine
 * @param maDay the EU marketing authorisation date, as epoch day
 * @param country the ISO 3166 alpha-2 country code, upper case
 * @param availableDay the date it became available in the country, as epoch day, or {@link
 *     CaseRecord#ABSENT}
 * @param availability full, limited, or none
 * @param oncology whether it treats cancer
 * @param orphan whether it has orphan designation
 * @param combination whether it is a combination therapy
 * @param source where the row was read
 */
public record PanelRow(
    String product,
    int maDay,
    String country,
    int availableDay,
    Availability availability,
    boolean oncology,
    boolean orphan,
    boolean combination,
    SourceLine source) {

  /** A medicine in a country: the panel holds at most one row for each. */
  public record Key(String product, String country) {}

  /** This row's medicine and country. */
  public Key key() {
    return new Key(product, country);
  }
}

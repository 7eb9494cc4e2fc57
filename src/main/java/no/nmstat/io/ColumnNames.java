package no.nmstat.io;

import static no.nmstat.model.CaseColumns.AREA;
import static no.nmstat.model.CaseColumns.CLOCK_STOP_DAYS;
import static no.nmstat.model.CaseColumns.DECISION;
import static no.nmstat.model.CaseColumns.ID;
import static no.nmstat.model.CaseColumns.INDICATION;
import static no.nmstat.model.CaseColumns.METHOD_TYPE;
import static no.nmstat.model.CaseColumns.SUBSTANCE;
import static no.nmstat.model.CaseColumns.TEXT;
import static no.nmstat.model.CaseColumns.TRADE_NAME;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import no.nmstat.model.Milestone;

/**
 * The canonical input columns and the headers (English and Norwegian) that name them.
 *
 * <p>Headers are compared after {@link #normalize}: case, accents, surrounding and repeated blanks,
 * and the underscore-versus-space difference do not matter.
 */
public final class ColumnNames {
  private static final Map<String, String> ALIASES = aliases();

  /**
   * What only a header beyond ASCII needs, made when first used: Unicode normalisation and the
   * patterns load tables that cost a run's start-up several milliseconds.
   */
  private static final class Unicode {
    static final Pattern MARKS = Pattern.compile("\\p{M}+");
    static final Pattern BLANKS = Pattern.compile("\\s+");
  }

  private ColumnNames() {}

  private static Map<String, String> aliases() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String c : canonical()) {
      m.put(normalize(c), c);
    }
    alias(m, ID, "ID-nr", "ID nr", "IDnr", "ID-nummer", "ID nummer");
    alias(m, SUBSTANCE, "Virkestoff");
    alias(m, TRADE_NAME, "Handelsnavn", "Handelsenavn");
    // Headers beyond ASCII in normalize's form (Bruksområde, Fagområde, Påbegynt, Innført dato),
    // so that making this table needs no Unicode normalisation; ColumnNamesTest reads them as
    // written.
    alias(m, INDICATION, "bruksomrade (indikasjon)", "bruksomrade", "Indikasjon");
    alias(m, AREA, "fagomrade");
    alias(m, METHOD_TYPE, "Metodetype");
    alias(m, Milestone.MA_DATE.column(), "MT-dato", "MT dato");
    alias(m, Milestone.REQUESTED.column(), "Innsendt", "Sendt inn", "Anmodning mottatt");
    alias(m, Milestone.COMMISSIONED.column(), "Oppdrag gitt");
    alias(m, Milestone.DOCUMENTATION_RECEIVED.column(), "Dokumentasjon mottatt");
    alias(m, Milestone.ASSIGNED.column(), "pabegynt", "Tildelt saksbehandler");
    alias(m, CLOCK_STOP_DAYS, "Klokkestopp", "Klokkestopp (dager)");
    alias(m, Milestone.REPORT_COMPLETED.column(), "Metodevurdering ferdigstilt", "Ferdigstilt");
    alias(m, Milestone.NEGOTIATION_COMPLETED.column(), "Prisforhandling ferdig");
    // The public sources give the latest decision, not necessarily the first (method doc §2).
    alias(
        m,
        Milestone.DECISION_DATE.column(),
        "Beslutningsdato",
        "Dato siste beslutning",
        "Beslutning tatt");
    alias(m, Milestone.AVAILABLE_DATE.column(), "innfort dato");
    alias(m, DECISION, "Beslutning", "Gjeldende beslutning Kortversjon");
    return Map.copyOf(m);
  }

  private static void alias(Map<String, String> m, String canonical, String... headers) {
    for (String h : headers) {
      m.put(normalize(h), canonical);
    }
  }

  /** Every canonical column name: id, text columns, milestones, clock stops, decision. */
  public static List<String> canonical() {
    List<String> all = new java.util.ArrayList<>();
    all.add(ID);
    all.addAll(TEXT);
    for (Milestone m : Milestone.all()) {
      all.add(m.column());
    }
    all.add(CLOCK_STOP_DAYS);
    all.add(DECISION);
    return List.copyOf(all);
  }

  /** Whether {@code name} is a canonical column name. */
  public static boolean isCanonical(String name) {
    return canonical().contains(name);
  }

  /** The canonical column a header names, if it is a known alias. */
  public static Optional<String> canonicalOf(String header) {
    return Optional.ofNullable(ALIASES.get(normalize(header)));
  }

  /**
   * The comparison form of a header: trimmed, lower case, without accents (æ as ae, ø as o),
   * underscores as spaces and blanks collapsed.
   */
  public static String normalize(String header) {
    String s = header.strip().toLowerCase(Locale.ROOT);
    if (ascii(s)) {
      return collapseBlanks(s.replace('_', ' '));
    }
    s = s.replace("æ", "ae").replace("ø", "o");
    s = Unicode.MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return Unicode.BLANKS.matcher(s.replace('_', ' ')).replaceAll(" ");
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code s} with each run of the blanks {@code \s} matches ({@code [ \t\n\x0B\f\r]}) as one
   * space: for ASCII, where normalisation changes nothing, the same as the patterns' path.
   */
  private static String collapseBlanks(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean blank = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        blank = true;
        continue;
      }
      if (blank) {
        b.append(' ');
        blank = false;
      }
      b.append(c);
    }
    if (blank) {
      b.append(' ');
    }
    return b.toString();
  }
}

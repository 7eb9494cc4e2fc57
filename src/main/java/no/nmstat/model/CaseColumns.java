package no.nmstat.model;

import java.util.List;

/** The canonical names of a case file's non-date columns (method.md §2). */
public final class CaseColumns {
  public static final String ID = "id";
  public static final String SUBSTANCE = "substance";
  public static final String TRADE_NAME = "trade_name";
  public static final String INDICATION = "indication";
  public static final String AREA = "area";
  public static final String METHOD_TYPE = "method_type";
  public static final String ORPHAN = "orphan";
  public static final String ONCOLOGY = "oncology";
  public static final String COMBINATION = "combination";
  public static final String CLOCK_STOP_DAYS = "clock_stop_days";
  public static final String DECISION = "decision";

  /** Descriptive text columns, in output order. */
  public static final List<String> TEXT =
      List.of(SUBSTANCE, TRADE_NAME, INDICATION, AREA, METHOD_TYPE, ORPHAN, ONCOLOGY, COMBINATION);

  /** What names a medicine when a row has no ID (compiled lists often have none). */
  public static final List<String> IDENTITY = List.of(SUBSTANCE, TRADE_NAME);

  /** The yes/no columns. */
  public static final List<String> FLAGS = List.of(ORPHAN, ONCOLOGY, COMBINATION);

  private CaseColumns() {}
}

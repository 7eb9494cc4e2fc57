package no.nmstat.wait;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;

/**
 * A country's W.A.I.T. rows derived from a Nye metoder case file, under either Norwegian
 * definition: to the first decision, yes or no (Nye metoder's and DMP's figure), or to the first
 * yes (W.A.I.T.'s). A medicine is a method ID: its cases (indications) share it, the earliest
 * authorisation and the earliest qualifying date count.
 */
public final class WaitFromCases {
  private WaitFromCases() {}

  /** Which date ends the wait. */
  public enum Definition {
    /** The first decision in Beslutningsforum, yes or no. */
    FIRST_DECISION("first_decision"),
    /** The first positive decision: availability, as W.A.I.T. counts it. */
    FIRST_YES("first_yes");

    private final String label;

    Definition(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * The rows and what was set aside.
   *
   * @param rows one per method ID with an authorisation date
   * @param withoutMaDate method IDs left out for want of an ma_date
   */
  public record Result(List<PanelRow> rows, int withoutMaDate) {
    public Result {
      rows = List.copyOf(rows);
    }
  }

  /** The rows of {@code country} from {@code cases} under {@code definition}. */
  public static Result rows(List<CaseRecord> cases, String country, Definition definition) {
    Map<String, List<CaseRecord>> byId = new LinkedHashMap<>();
    for (CaseRecord c : cases) {
      byId.computeIfAbsent(c.method(), k -> new ArrayList<>()).add(c);
    }
    List<PanelRow> rows = new ArrayList<>();
    int withoutMa = 0;
    for (Map.Entry<String, List<CaseRecord>> e : byId.entrySet()) {
      int ma = earliest(e.getValue(), c -> c.day(Milestone.MA_DATE));
      if (ma == CaseRecord.ABSENT) {
        withoutMa++;
        continue;
      }
      int end = earliest(e.getValue(), c -> end(c, definition));
      boolean oncology = any(e.getValue(), CaseColumns.ONCOLOGY);
      boolean orphan = any(e.getValue(), CaseColumns.ORPHAN);
      boolean combination = any(e.getValue(), CaseColumns.COMBINATION);
      rows.add(
          new PanelRow(
              e.getKey(),
              ma,
              country,
              end,
              end == CaseRecord.ABSENT ? Availability.NONE : Availability.FULL,
              oncology,
              orphan,
              combination,
              e.getValue().get(0).source()));
    }
    return new Result(rows, withoutMa);
  }

  private static int end(CaseRecord c, Definition definition) {
    if (definition == Definition.FIRST_DECISION) {
      return c.day(Milestone.DECISION_DATE);
    }
    return c.yesDay();
  }

  private static int earliest(
      List<CaseRecord> cases, java.util.function.ToIntFunction<CaseRecord> day) {
    int first = CaseRecord.ABSENT;
    for (CaseRecord c : cases) {
      int d = day.applyAsInt(c);
      if (d != CaseRecord.ABSENT && (first == CaseRecord.ABSENT || d < first)) {
        first = d;
      }
    }
    return first;
  }

  private static boolean any(List<CaseRecord> cases, String flag) {
    return cases.stream().anyMatch(c -> c.column(flag).equals("yes"));
  }
}

package no.nmstat.changes;

/**
 * One difference between two versions of a case list.
 *
 * @param id the method: its ID, or for a case without one its substance and trade name ({@link
 *     no.nmstat.model.CaseRecord#method()})
 * @param indication the indication
 * @param round the round of the method and indication, from 1
 * @param kind what the change is
 * @param field the column that changed (a milestone, {@code decision}, {@code clock_stop_days} or a
 *     descriptive column); null for a case that is new or vanished
 * @param was the older list's value (dates ISO), null when it had none
 * @param now the newer list's value, null when it has none
 */
public record Change(
    String id,
    String indication,
    int round,
    ChangeKind kind,
    String field,
    String was,
    String now) {}

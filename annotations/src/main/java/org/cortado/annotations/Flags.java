package org.cortado.annotations;

/**
 * Several boolean branches of the current event, read through one parameter: the event flags or
 * trigger paths a parameter lists. Bind it with a {@link Col} whose name expands over a list
 * parameter, such as {@code @Col("Flag_${event_flags.${year}}") Flags flags} or
 * {@code @Col("HLT_${HLT_triggers.${year}.SingleMuon}") Flags paths}: one branch per list item,
 * in list order, each checked against the schema at compile time.
 *
 * <p>With {@code @Col(on = EventKind.DATA)} the branches are read for data only and the set is
 * empty in simulation (and the other way round with {@code EventKind.MC}), so {@link #all()} is
 * true and {@link #any()} false there.
 */
public interface Flags {
  /** Number of branches in the set. */
  int size();

  /** Branch {@code k}'s value in the current event. */
  boolean get(int k);

  /** Whether every branch is true (true for an empty set), as an AND of event flags. */
  default boolean all() {
    for (int k = 0; k < size(); k++) {
      if (!get(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether any branch is true (false for an empty set), as an OR of trigger paths. */
  default boolean any() {
    for (int k = 0; k < size(); k++) {
      if (get(k)) {
        return true;
      }
    }
    return false;
  }
}

package org.cortado.processor.model;

/**
 * A {@code @Col} (or axis, or column output field) resolved against the schema and the object
 * collections. {@code branch} is the real NanoAOD branch read; {@code collection} is the raw or
 * selected collection for per-object kinds; {@code counter} its raw counter branch.
 */
public record ColumnRef(
    Kind kind, String requested, String branch, LeafType type, String collection, String counter,
    int pos, Problem problem, String detail) {

  /** How the kernel reads the value. */
  public enum Kind {
    /** One value per event: {@code b[e]}. */
    EVENT,
    /** The current object in an object loop: {@code b[i]}. */
    ELEMENT,
    /** The k-th object of a collection: {@code b[offsets[e] + k]} or {@code b[idx[k]]}. */
    POSITIONAL,
    /** The size of a selected collection: {@code nMuonGood}. */
    COUNT,
    /** Not resolvable; {@link #problem} says why. */
    INVALID
  }

  /** Why a column could not be resolved. */
  public enum Problem { NONE, UNKNOWN, NEEDS_POS, POS_ON_EVENT, WRONG_COLLECTION, NOT_YET_BUILT }

  /** An unresolvable column; {@code detail} carries a suggestion or the collection involved. */
  public static ColumnRef invalid(String requested, Problem problem, String detail, int pos) {
    return new ColumnRef(Kind.INVALID, requested, "", null, "", "", pos, problem, detail);
  }

  /** Whether the collection is a raw NanoAOD one (read through offsets), not a selection. */
  public boolean rawCollection() {
    return collection.isEmpty() || ("n" + collection).equals(counter);
  }
}

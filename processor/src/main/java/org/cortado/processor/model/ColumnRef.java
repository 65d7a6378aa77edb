package org.cortado.processor.model;

/**
 * A {@code @Col} (or axis field, or column-output field) resolved against the schema and the
 * analysis's own collections and derived columns. {@code field} says where the values live;
 * {@code collection} is the collection whose objects are read for the per-object kinds and views;
 * {@code choice} is set when the name was chosen by parameters.
 */
public record ColumnRef(
    Kind kind, String requested, LeafType type, Field field, String collection, int pos,
    ViewBinding view, PerPeriod flags, Choice choice, Problem problem, String detail) {

  /** How the kernel reads the value. */
  public enum Kind {
    /** One value per event: a branch, a derived column, or a collection's size. */
    EVENT,
    /** The current object in an object loop. */
    ELEMENT,
    /** The k-th object of a collection. */
    POSITIONAL,
    /** A whole collection, through a {@code CollectionView}. */
    VIEW,
    /** Several boolean branches, through {@code Flags}. */
    FLAGS,
    /** Not resolvable; {@link #problem} says why. */
    INVALID
  }

  /** Why a column could not be resolved; {@link #detail} completes the message. */
  public enum Problem {
    NONE, UNKNOWN, NEEDS_POS, POS_ON_EVENT, WRONG_COLLECTION, NOT_YET_BUILT, CHOICE_FAILED,
    PERIODS_DISAGREE, POS_IN_LOOP, NOT_A_VIEW, VIEW_OF_NON_COLLECTION, FLAGS_NOT_BOOLEAN,
    ON_WITHOUT_FLAGS
  }

  /** An unresolvable column. */
  public static ColumnRef invalid(String requested, Problem problem, String detail, int pos) {
    return new ColumnRef(Kind.INVALID, requested, null, null, "", pos, null, null, null, problem,
        detail);
  }

  /** The same reference, remembering the parameter choice that named it. */
  public ColumnRef withChoice(Choice c) {
    return new ColumnRef(kind, requested, type, field, collection, pos, view, flags, c, problem,
        detail);
  }

  /** Whether the value may be missing in an event (a positional read). */
  public boolean positional() {
    return kind == Kind.POSITIONAL;
  }
}

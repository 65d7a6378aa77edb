package org.cortado.processor.ir;

import org.cortado.annotations.EventKind;
import org.cortado.processor.model.ColumnRef;

/** An argument of a user method: a column (any kind of {@link ColumnRef}) or a parameter. */
public sealed interface Arg {
  /** A column, read as {@code ref} says; {@code on} is the {@code @Col(on)} of a {@code Flags}. */
  record Column(ColumnRef ref, EventKind on) implements Arg {}

  /** An analysis parameter's value. */
  record Param(ParamValue value) implements Arg {}
}

package org.cortado.annotations;

/** Kind of a histogram {@link Axis}, as PocketCoffea's {@code Axis(type=...)}. */
public enum AxisType {
  /** {@link #VARIABLE} if {@link Axis#edges} is given, otherwise {@link #REGULAR}. */
  AUTO,
  /** {@link Axis#bins} equal bins from {@link Axis#low} to {@link Axis#high}. */
  REGULAR,
  /** Bins between consecutive {@link Axis#edges}. */
  VARIABLE,
  /** One bin per integer from {@link Axis#low} (inclusive) to {@link Axis#high} (exclusive). */
  INTEGER,
  /** One bin per value listed in {@link Axis#values} (PocketCoffea {@code intcat}). */
  CATEGORICAL
}

package org.cortado.processor.ir;

import org.cortado.annotations.EventKind;

/**
 * Something the loop does to each event that reaches it: a cut, a category mask, a weight, a
 * histogram fill or a column export. {@code on} is the kind of events it acts on.
 */
public sealed interface Step extends Node
    permits CutStep, CategoryStep, WeightStep, FillStep, ExportStep {
  /** The kind of events it acts on. */
  EventKind on();
}

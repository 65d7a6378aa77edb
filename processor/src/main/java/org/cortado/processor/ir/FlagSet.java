package org.cortado.processor.ir;

import org.cortado.annotations.EventKind;
import org.cortado.processor.model.PerPeriod;

/**
 * A {@code Flags} argument: the name as written ({@code "Flag_${event_flags.${year}}"}), its
 * boolean branches per period, read for {@code on} events only (the set is empty for the others).
 */
public record FlagSet(String template, PerPeriod branches, EventKind on) {}

package org.cortado.processor.model;

/**
 * A name written with parameter choices ({@code "Muon_${object_preselection.Muon.id}"}) and what
 * it expanded to at compile time, per period: the kernel expands {@code template} again with the
 * run's parameters and refuses to start if the result differs.
 */
public record Choice(String template, PerPeriod expanded) {}

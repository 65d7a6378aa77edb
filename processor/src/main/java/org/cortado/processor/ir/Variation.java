package org.cortado.processor.ir;

/**
 * A weight variation: {@code weight} is the index of its {@link WeightStep}, -1 for nominal;
 * {@code source} is the index in the weight's sources, or -1 for a weight with one up/down pair.
 */
public record Variation(String name, int weight, boolean up, int source) {}

package org.cortado.rootio;

/**
 * A deserialized TLeaf: the element description of a branch. {@code count} is the leaf of the counter
 * branch for jagged branches ({@code Muon_pt[nMuon]}), and null otherwise.
 */
record Leaf(String className, String name, String title, int length, int lengthType, boolean unsigned,
    boolean isRange, Leaf count) {}

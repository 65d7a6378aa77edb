package org.cortado.rootio;

/**
 * A deserialized TLeaf: the element description of a branch. {@code count} is the leaf of the counter
 * branch for jagged branches ({@code Muon_pt[nMuon]}), and null otherwise. {@code elementType} is the
 * streamer type code of a TLeafElement (ROOT's TStreamerInfo::EReadWrite: 5 a float, 25 a fixed array
 * of floats, 45 a counted C array of floats), and {@link #NO_ELEMENT_TYPE} for other leaf classes.
 */
record Leaf(String className, String name, String title, int length, int lengthType, boolean unsigned,
    boolean isRange, Leaf count, int elementType) {

  static final int NO_ELEMENT_TYPE = Integer.MIN_VALUE;

  Leaf withElementType(int type) {
    return new Leaf(className, name, title, length, lengthType, unsigned, isRange, count, type);
  }
}

package org.cortado.rootio;

/**
 * One physical column of an RNTuple (BinaryFormatSpecification §Column Description): its type, its bits on
 * storage, the field it belongs to and its representation index. {@code firstElement} is the index of a
 * deferred column's first stored element (the elements before it read as zeros); {@code min} and
 * {@code max} are the range of a quantized real column.
 */
record RColumnRecord(int id, RColumnType type, int bits, int field, int flags, int representation,
    long firstElement, double min, double max) {
  static final int DEFERRED = 0x01;
  static final int RANGE = 0x02;

  boolean isDeferred() {
    return (flags & DEFERRED) != 0;
  }
}

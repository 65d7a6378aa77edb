package org.cortado.rootio;

/**
 * One field record of an RNTuple schema (BinaryFormatSpecification §Field Description). {@code parent}
 * equals {@code id} for a top-level field; {@code repetition} is the array size of a repetitive field
 * ({@code std::array}, {@code std::bitset}) and 0 otherwise; {@code source} is the field a projected field
 * shows, or -1.
 */
record RFieldRecord(int id, int parent, int role, int flags, String name, String typeName, long repetition,
    int source) {
  static final int LEAF = 0;
  static final int COLLECTION = 1;
  static final int RECORD = 2;
  static final int VARIANT = 3;
  static final int STREAMER = 4;

  static final int REPETITIVE = 0x01;
  static final int PROJECTED = 0x02;

  boolean isTopLevel() {
    return parent == id;
  }

  /** The field whose columns hold this field's data: the source of a projected field, else itself. */
  int dataField() {
    return source >= 0 ? source : id;
  }
}

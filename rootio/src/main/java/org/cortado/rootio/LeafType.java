package org.cortado.rootio;

/**
 * The element type of a branch, named by ROOT's leaf-list code ({@code O B b S s I i L l F D C}).
 * Unsigned types are stored as the raw bits of the signed Java type of the same width unless they are
 * read widened (see {@link Branch}).
 */
public enum LeafType {
  BOOL('O', 1, false, "Bool_t"),
  INT8('B', 1, false, "Char_t"),
  UINT8('b', 1, true, "UChar_t"),
  INT16('S', 2, false, "Short_t"),
  UINT16('s', 2, true, "UShort_t"),
  INT32('I', 4, false, "Int_t"),
  UINT32('i', 4, true, "UInt_t"),
  INT64('L', 8, false, "Long64_t"),
  UINT64('l', 8, true, "ULong64_t"),
  FLOAT32('F', 4, false, "Float_t"),
  FLOAT64('D', 8, false, "Double_t"),
  STRING('C', 1, false, "Char_t*");

  private final char code;
  private final int size;
  private final boolean unsigned;
  private final String rootName;

  LeafType(char code, int size, boolean unsigned, String rootName) {
    this.code = code;
    this.size = size;
    this.unsigned = unsigned;
    this.rootName = rootName;
  }

  /** ROOT's leaf-list type code, as in {@code "Muon_pt[nMuon]/F"}. */
  public char code() {
    return code;
  }

  /** Bytes per element on disk. */
  public int size() {
    return size;
  }

  public boolean isUnsigned() {
    return unsigned;
  }

  public boolean isInteger() {
    return this != FLOAT32 && this != FLOAT64 && this != STRING;
  }

  /** The C++ type name ROOT uses, e.g. {@code UInt_t}. */
  public String rootName() {
    return rootName;
  }

  public static LeafType ofCode(char code) {
    for (LeafType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    throw new IllegalArgumentException("no leaf type with code '" + code + "'");
  }

  /** Maps a TLeaf subclass name and its unsigned flag to a type, or null for classes we cannot read. */
  static LeafType ofLeafClass(String className, boolean unsigned) {
    return switch (className) {
      case "TLeafO" -> BOOL;
      case "TLeafB" -> unsigned ? UINT8 : INT8;
      case "TLeafS" -> unsigned ? UINT16 : INT16;
      case "TLeafI" -> unsigned ? UINT32 : INT32;
      case "TLeafL" -> unsigned ? UINT64 : INT64;
      case "TLeafF" -> FLOAT32;
      case "TLeafD" -> FLOAT64;
      case "TLeafC" -> STRING;
      default -> null;
    };
  }
}

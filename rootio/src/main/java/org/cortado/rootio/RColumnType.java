package org.cortado.rootio;

/**
 * The column types of RNTuple binary format 1.0 (BinaryFormatSpecification §Column Description) and how
 * each is stored in a page: its bits per element on disk, whether its bytes are split, zigzag or delta
 * encoded, and the element type it decodes to ({@code null} for offsets and the unsupported switch).
 */
enum RColumnType {
  BIT(0x00, 1, LeafType.BOOL),
  BYTE(0x01, 8, LeafType.UINT8),
  CHAR(0x02, 8, LeafType.UINT8),
  INT8(0x03, 8, LeafType.INT8),
  UINT8(0x04, 8, LeafType.UINT8),
  INT16(0x05, 16, LeafType.INT16),
  UINT16(0x06, 16, LeafType.UINT16),
  INT32(0x07, 32, LeafType.INT32),
  UINT32(0x08, 32, LeafType.UINT32),
  INT64(0x09, 64, LeafType.INT64),
  UINT64(0x0A, 64, LeafType.UINT64),
  REAL16(0x0B, 16, LeafType.FLOAT32),
  REAL32(0x0C, 32, LeafType.FLOAT32),
  REAL64(0x0D, 64, LeafType.FLOAT64),
  INDEX32(0x0E, 32, null),
  INDEX64(0x0F, 64, null),
  SWITCH(0x10, 96, null),
  SPLIT_INT16(0x11, 16, LeafType.INT16),
  SPLIT_UINT16(0x12, 16, LeafType.UINT16),
  SPLIT_INT32(0x13, 32, LeafType.INT32),
  SPLIT_UINT32(0x14, 32, LeafType.UINT32),
  SPLIT_INT64(0x15, 64, LeafType.INT64),
  SPLIT_UINT64(0x16, 64, LeafType.UINT64),
  SPLIT_REAL16(0x17, 16, LeafType.FLOAT32),
  SPLIT_REAL32(0x18, 32, LeafType.FLOAT32),
  SPLIT_REAL64(0x19, 64, LeafType.FLOAT64),
  SPLIT_INDEX32(0x1A, 32, null),
  SPLIT_INDEX64(0x1B, 64, null),
  REAL32_TRUNC(0x1C, 32, LeafType.FLOAT32),
  REAL32_QUANT(0x1D, 32, LeafType.FLOAT32);

  private static final RColumnType[] BY_ID = values();

  private final int id;
  private final int bits;
  private final LeafType decoded;

  RColumnType(int id, int bits, LeafType decoded) {
    this.id = id;
    this.bits = bits;
    this.decoded = decoded;
  }

  /** The type with this id, or null for an id this reader does not know. */
  static RColumnType ofId(int id) {
    return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
  }

  /** Bits per element in memory; {@link #BIT}, the truncated and the quantized reals store fewer. */
  int bits() {
    return bits;
  }

  /** The element type of a data column, or null for an index or switch column. */
  LeafType decoded() {
    return decoded;
  }

  boolean isIndex() {
    return this == INDEX32 || this == INDEX64 || this == SPLIT_INDEX32 || this == SPLIT_INDEX64;
  }

  boolean isSplit() {
    return id >= SPLIT_INT16.id && id <= SPLIT_INDEX64.id;
  }

  boolean isZigzag() {
    return this == SPLIT_INT16 || this == SPLIT_INT32 || this == SPLIT_INT64;
  }

  /** Bytes per element once decoded: offsets become 8-byte longs, halves 4-byte floats, bits 1-byte bools. */
  int decodedBytes() {
    if (isIndex()) {
      return 8;
    }
    if (decoded == LeafType.FLOAT32) {
      return 4;
    }
    return Math.max(1, bits / 8);
  }

  @Override
  public String toString() {
    return name() + " (0x" + Integer.toHexString(id) + ")";
  }
}

package org.cortado.runtime.exec;

import java.io.IOException;
import java.util.Locale;
import org.cortado.rootio.EventColumn;
import org.cortado.rootio.LeafType;
import org.cortado.runtime.kernel.ColumnChunk;

/**
 * The Java array a leaf is read into. It follows the processor's schema rule (same-width signed
 * type, unsigned leaves keep their raw bits), so a kernel compiled against a schema gets exactly
 * the arrays it asks for when the file agrees with that schema.
 */
public enum ColumnKind {
  BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE;

  /** The kind for a leaf type, or null for leaves we cannot read (strings). */
  public static ColumnKind of(LeafType type) {
    if (type == null) {
      return null;
    }
    return switch (type) {
      case BOOL -> BOOLEAN;
      case INT8, UINT8 -> BYTE;
      case INT16, UINT16 -> SHORT;
      case INT32, UINT32 -> INT;
      case INT64, UINT64 -> LONG;
      case FLOAT32 -> FLOAT;
      case FLOAT64 -> DOUBLE;
      case STRING -> null;
    };
  }

  /** The Java primitive type's name, as schemas and {@code cortado schema} write it. */
  public String javaType() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A new array of this kind holding {@code n} values. */
  public Object allocate(int n) {
    return switch (this) {
      case BOOLEAN -> new boolean[n];
      case BYTE -> new byte[n];
      case SHORT -> new short[n];
      case INT -> new int[n];
      case LONG -> new long[n];
      case FLOAT -> new float[n];
      case DOUBLE -> new double[n];
    };
  }

  /** The length of an array of any kind. */
  public static int length(Object array) {
    return java.lang.reflect.Array.getLength(array);
  }

  /** Reads the values of entries {@code [start, stop)} of {@code b} into {@code dst}. */
  public void read(EventColumn b, long start, long stop, Object dst) throws IOException {
    switch (this) {
      case BOOLEAN -> b.readBooleans(start, stop, (boolean[]) dst);
      case BYTE -> b.readBytes(start, stop, (byte[]) dst);
      case SHORT -> b.readShorts(start, stop, (short[]) dst);
      case INT -> b.readInts(start, stop, (int[]) dst);
      case LONG -> b.readLongs(start, stop, (long[]) dst);
      case FLOAT -> b.readFloats(start, stop, (float[]) dst);
      case DOUBLE -> b.readDoubles(start, stop, (double[]) dst);
    }
  }

  void put(ColumnChunk.Builder chunk, String name, Object array) {
    switch (this) {
      case BOOLEAN -> chunk.booleans(name, (boolean[]) array);
      case BYTE -> chunk.bytes(name, (byte[]) array);
      case SHORT -> chunk.shorts(name, (short[]) array);
      case INT -> chunk.ints(name, (int[]) array);
      case LONG -> chunk.longs(name, (long[]) array);
      case FLOAT -> chunk.floats(name, (float[]) array);
      case DOUBLE -> chunk.doubles(name, (double[]) array);
    }
  }
}

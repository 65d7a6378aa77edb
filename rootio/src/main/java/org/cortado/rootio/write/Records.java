package org.cortado.rootio.write;

/** Serialization of the small records every ROOT file needs: key headers, TObject, TNamed, arrays. */
final class Records {
  /** 1 Jan 2026 00:00:00 packed as ROOT's TDatime: fixed so that equal inputs give equal files. */
  static final int DATIME = (2026 - 1995) << 26 | 1 << 22 | 1 << 17;
  static final int KEY_VERSION_64 = 1004;
  static final int KEY_FIXED_BYTES_64 = 18 + 16;
  static final byte[] IO_FEATURES = {0x40, 0, 0, 7, 0, 0, 0x1a, (byte) 0xa1, 0x2f, 0x10, 0};
  private static final int BITS_ON_HEAP = 0x03000000;

  private Records() {}

  static int keyLength64(String className, String name, String title) {
    return KEY_FIXED_BYTES_64 + Out.stringSize(className) + Out.stringSize(name) + Out.stringSize(title);
  }

  /** A TKey header with 64-bit seeks, as ROOT writes for baskets and as is valid for any key. */
  static void keyHeader64(Out out, int nbytes, int objlen, int keylen, long seekKey, long seekPdir, String className,
      String name, String title) {
    out.i4(nbytes).i2(KEY_VERSION_64).i4(objlen).i4(DATIME).i2(keylen).i2(1).i8(seekKey).i8(seekPdir);
    out.string(className).string(name).string(title);
  }

  static void tobject(Out out, int bits) {
    out.i2(1).i4(0).i4(BITS_ON_HEAP | bits);
  }

  static void tnamed(Out out, String name, String title, int bits) {
    int mark = out.begin(1);
    tobject(out, bits);
    out.string(name).string(title);
    out.end(mark);
  }

  static void emptyObjArray(Out out) {
    int mark = out.begin(3);
    tobject(out, 0);
    out.string("").i4(0).i4(0);
    out.end(mark);
  }
}

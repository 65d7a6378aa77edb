package org.cortado.runtime.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Just enough of a ROOT reader to check {@code histograms.root} against {@code histograms.json}
 * without trusting the writer's own code: walks the file's records one after the other (a freshly
 * written file has no gaps to speak of, and gaps are skipped), follows each TH1D/TH2D key up its
 * directories to a path, inflates the zlib blocks and reads the TH1 members that matter here.
 * Only what {@code RootWriter} produces is supported.
 */
public final class RootHistograms {
  /** One TAxis: bin count, range and (for variable binning) the edges. */
  public record Axis(String title, int bins, double low, double high, double[] edges) {}

  /** One histogram; {@code sumw} and {@code sumw2} with flow, x fastest. */
  public record Hist(String className, Axis x, Axis y, double entries, double[] sumw, double[] sumw2) {}

  private record Dir(String name, long parent) {}

  private record Pending(String className, String name, long parent, byte[] payload) {}

  private RootHistograms() {}

  /** Every TH1D and TH2D of {@code file} by its path, in file order. */
  public static Map<String, Hist> read(Path file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
    if (b.getInt(0) != 0x726f6f74) {
      throw new IOException(file + " is not a ROOT file");
    }
    boolean bigFile = b.getInt(4) >= 1_000_000;
    long begin = b.getInt(8);
    long end = bigFile ? b.getLong(12) : b.getInt(12);
    Map<Long, Dir> dirs = new HashMap<>();
    dirs.put(begin, new Dir("", -1));
    java.util.List<Pending> found = new java.util.ArrayList<>();
    long pos = begin;
    while (pos < end) {
      b.position((int) pos);
      int nbytes = b.getInt();
      if (nbytes < 0) {
        pos -= nbytes;
        continue;
      }
      int version = b.getShort();
      int objlen = b.getInt();
      b.getInt(); // datime
      int keylen = b.getShort();
      b.getShort(); // cycle
      long seek = version > 1000 ? b.getLong() : b.getInt();
      long parent = version > 1000 ? b.getLong() : b.getInt();
      String className = string(b);
      String name = string(b);
      if (className.equals("TDirectory")) {
        dirs.put(seek, new Dir(name, parent));
      } else if (className.equals("TH1D") || className.equals("TH2D")) {
        byte[] stored = new byte[nbytes - keylen];
        b.get((int) pos + keylen, stored);
        found.add(new Pending(className, name, parent, stored.length == objlen ? stored : inflate(stored, objlen)));
      }
      pos += nbytes;
    }
    Map<String, Hist> out = new LinkedHashMap<>();
    for (Pending p : found) {
      StringBuilder path = new StringBuilder(p.name());
      for (Dir d = dirs.get(p.parent()); d.parent() >= 0; d = dirs.get(d.parent())) {
        path.insert(0, d.name() + "/");
      }
      out.put(path.toString(), hist(p.className(), ByteBuffer.wrap(p.payload())));
    }
    return out;
  }

  private static String string(ByteBuffer b) {
    int n = b.get() & 0xff;
    if (n == 255) {
      n = b.getInt();
    }
    byte[] s = new byte[n];
    b.get(s);
    return new String(s, StandardCharsets.UTF_8);
  }

  /** ROOT's compressed blocks: a 9-byte header ("ZL", method, sizes) before each zlib stream. */
  private static byte[] inflate(byte[] stored, int objlen) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(objlen);
    int at = 0;
    while (at < stored.length) {
      if (stored[at] != 'Z' || stored[at + 1] != 'L') {
        throw new IOException("not a zlib block: " + (char) stored[at] + (char) stored[at + 1]);
      }
      int compressed = (stored[at + 3] & 0xff) | (stored[at + 4] & 0xff) << 8 | (stored[at + 5] & 0xff) << 16;
      int raw = (stored[at + 6] & 0xff) | (stored[at + 7] & 0xff) << 8 | (stored[at + 8] & 0xff) << 16;
      Inflater inflater = new Inflater();
      inflater.setInput(stored, at + 9, compressed);
      byte[] block = new byte[raw];
      try {
        if (inflater.inflate(block) != raw) {
          throw new IOException("short zlib block");
        }
      } catch (DataFormatException e) {
        throw new IOException(e);
      } finally {
        inflater.end();
      }
      out.write(block, 0, raw);
      at += 9 + compressed;
    }
    return out.toByteArray();
  }

  /** The end of the versioned object starting here (byte count, then version), having read both. */
  private static int objectEnd(ByteBuffer b) {
    int start = b.position();
    int count = b.getInt() & ~0x40000000;
    b.getShort();
    return start + 4 + count;
  }

  private static void skipObject(ByteBuffer b) {
    b.position(objectEnd(b));
  }

  private static double[] doubles(ByteBuffer b) {
    double[] d = new double[b.getInt()];
    for (int i = 0; i < d.length; i++) {
      d[i] = b.getDouble();
    }
    return d;
  }

  private static Axis axis(ByteBuffer b) {
    int end = objectEnd(b);
    int named = objectEnd(b);
    b.position(b.position() + 2 + 4 + 4); // TObject: version, fUniqueID, fBits
    string(b); // name
    String title = string(b);
    b.position(named);
    skipObject(b); // TAttAxis
    Axis a = new Axis(title, b.getInt(), b.getDouble(), b.getDouble(), doubles(b));
    b.position(end);
    return a;
  }

  /** TH1D v3 / TH2D v4 over TH2 and TH1, the layout uproot writes. */
  private static Hist hist(String className, ByteBuffer b) {
    objectEnd(b);
    int th2End = className.equals("TH2D") ? objectEnd(b) : -1;
    int th1End = objectEnd(b);
    for (int i = 0; i < 4; i++) {
      skipObject(b); // TNamed, TAttLine, TAttFill, TAttMarker
    }
    b.getInt(); // fNcells
    Axis x = axis(b);
    Axis y = axis(b);
    axis(b);
    b.getShort(); // fBarOffset
    b.getShort(); // fBarWidth
    double entries = b.getDouble();
    b.position(b.position() + 7 * 8); // fTsumw ... fNormFactor
    doubles(b); // fContour
    double[] sumw2 = doubles(b);
    b.position(th2End >= 0 ? th2End : th1End);
    double[] sumw = doubles(b);
    return new Hist(className, x, th2End >= 0 ? y : null, entries, sumw, sumw2);
  }
}

package org.cortado.rootio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an RNTuple's anchor and its header, footer and page-list envelopes (RNTuple binary format 1.0,
 * BinaryFormatSpecification) into an {@link RNTupleLayout}. Every size, count, offset and id is checked
 * against the file, the enclosing frame and the rest of the metadata before it is used, so a corrupt
 * anchor or envelope ends in a {@link RootFormatException} naming the file and the RNTuple. Checksums are
 * not recomputed; the footer's and page lists' copies of the header checksum are compared with it.
 */
final class RNTupleParser {
  private static final int HEADER = 0x01;
  private static final int FOOTER = 0x02;
  private static final int PAGE_LIST = 0x03;
  /** Bytes of an envelope's type-and-length word plus its trailing checksum. */
  private static final int ENVELOPE_OVERHEAD = 16;
  private static final int MAX_ENVELOPE = Integer.MAX_VALUE - 64;
  /** The anchor's fields in format 1.0: four 16-bit versions and seven 64-bit sizes and offsets. */
  private static final int ANCHOR_BYTES = 64;

  private final RootFile file;
  private final String where;
  private long maxKeySize;

  private RNTupleParser(RootFile file, String where) {
    this.file = file;
    this.where = where;
  }

  static RNTupleLayout parse(RootFile file, ByteReader record, String where) throws IOException {
    return new RNTupleParser(file, where).read(record);
  }

  private RNTupleLayout read(ByteReader record) throws IOException {
    record.i4(); // byte count and version of the streamed ROOT::RNTuple object
    record.u2();
    byte[] anchorBytes = new byte[ANCHOR_BYTES];
    for (int i = 0; i < anchorBytes.length; i++) {
      anchorBytes[i] = record.i1();
    }
    long checksum = record.i8();
    if (checksum != Xxh3.hash(anchorBytes, 0, anchorBytes.length)) {
      throw new RootFormatException(where + ": the anchor's checksum does not match its contents (corrupt file)");
    }
    ByteReader anchor = ByteReader.of(anchorBytes, where + ", anchor");
    int epoch = anchor.u2();
    int major = anchor.u2();
    anchor.u2(); // minor and patch versions add only optional features
    anchor.u2();
    long seekHeader = anchor.i8();
    long nbytesHeader = anchor.i8();
    long lenHeader = anchor.i8();
    long seekFooter = anchor.i8();
    long nbytesFooter = anchor.i8();
    long lenFooter = anchor.i8();
    maxKeySize = anchor.i8();
    if (epoch != 1) {
      throw new RootFormatException(where + ": RNTuple format version " + epoch + "." + major
          + " is not supported (only epoch 1, as ROOT 6.34 and later write)");
    }
    byte[] header = envelope(seekHeader, nbytesHeader, lenHeader, HEADER, "header");
    LittleEndianReader h = new LittleEndianReader(header, 8, header.length - 8, where + ", header");
    featureFlags(h, "header");
    h.string("RNTuple name");
    String description = h.string("RNTuple description");
    h.string("writer");
    List<RFieldRecord> fields = new ArrayList<>();
    List<RColumnRecord> columns = new ArrayList<>();
    schema(h, fields, columns);
    long headerChecksum = checksum(header);

    byte[] footer = envelope(seekFooter, nbytesFooter, lenFooter, FOOTER, "footer");
    LittleEndianReader f = new LittleEndianReader(footer, 8, footer.length - 8, where + ", footer");
    featureFlags(f, "footer");
    checkHeaderChecksum(f, headerChecksum, "footer");
    int extensionEnd = f.record("schema extension");
    schema(f, fields, columns);
    f.leave(extensionEnd, "schema extension");
    checkSchema(fields, columns);

    List<RCluster> clusters = new ArrayList<>();
    LittleEndianReader.Frame groups = f.list("cluster groups", 8);
    for (int g = 0; g < groups.items(); g++) {
      int groupEnd = f.record("cluster group");
      f.i64("cluster group minimum entry");
      f.i64("cluster group entry span");
      long count = f.i32("cluster group cluster count") & 0xFFFFFFFFL;
      long uncompressed = f.i64("page list size");
      long[] locator = locator(f, "page list");
      f.leave(groupEnd, "cluster group");
      String what = "page list " + g;
      byte[] pages = envelope(locator[1], locator[0], uncompressed, PAGE_LIST, what);
      pageList(new LittleEndianReader(pages, 8, pages.length - 8, where + ", " + what), headerChecksum, count,
          columns.size(), clusters);
    }
    f.leave(groups.end(), "cluster groups");
    long entries = 0;
    for (RCluster c : clusters) {
      if (c.firstEntry() != entries) {
        throw new RootFormatException(where + ": cluster starting at entry " + c.firstEntry() + " should start at "
            + entries + " (clusters overlap or leave a gap)");
      }
      entries += c.entries();
    }
    return new RNTupleLayout(description, List.copyOf(fields), List.copyOf(columns), List.copyOf(clusters), entries);
  }

  /**
   * Reads and, if need be, decompresses one envelope, then checks its type and length. The stored bytes
   * are checked against the file before they are read, and a compressed envelope grows only as fast as
   * its blocks really decompress.
   */
  private byte[] envelope(long seek, long nbytes, long length, int type, String what) throws IOException {
    String at = where + ", " + what + " envelope";
    if (nbytes <= 0 || length < ENVELOPE_OVERHEAD || length > MAX_ENVELOPE || nbytes > length) {
      throw new RootFormatException(at + ": sizes are inconsistent (" + nbytes + " bytes stored, " + length
          + " bytes long)");
    }
    if (nbytes > maxKeySize) {
      throw new RootFormatException(at + ": " + nbytes + " bytes span several keys (above the RNTuple's maximum "
          + "key size " + maxKeySize + "), which is not supported");
    }
    file.checkSpan(seek, nbytes, at);
    byte[] raw = file.readAt(seek, (int) nbytes, at);
    byte[] data = raw;
    if (nbytes < length) {
      long declared = Decompressor.declaredSize(raw, 0, raw.length, at);
      if (declared != length) {
        throw new RootFormatException(at + ": compressed blocks declare " + declared + " bytes, the RNTuple says "
            + length);
      }
      data = ThreadBuffers.get().decompressor.decompressGrowing(raw, 0, raw.length, (int) length, at);
    }
    if (checksum(data) != Xxh3.hash(data, 0, data.length - 8)) {
      throw new RootFormatException(at + ": its checksum does not match its contents (corrupt file)");
    }
    long word = new LittleEndianReader(data, 0, 8, at).i64("envelope type and length");
    int foundType = (int) (word & 0xFFFF);
    long foundLength = word >>> 16;
    if (foundType != type || foundLength != length) {
      throw new RootFormatException(at + ": envelope type " + foundType + " and length " + foundLength
          + ", expected type " + type + " and length " + length);
    }
    return data;
  }

  /** The XXH3 checksum that ends an envelope. */
  private long checksum(byte[] envelope) throws RootFormatException {
    return new LittleEndianReader(envelope, envelope.length - 8, envelope.length, where).i64("envelope checksum");
  }

  private void featureFlags(LittleEndianReader r, String what) throws RootFormatException {
    long flags = r.i64(what + " feature flags");
    if (flags != 0) {
      throw new RootFormatException(where + ": the " + what + " sets feature flags 0x" + Long.toHexString(flags)
          + ", which this reader does not know");
    }
  }

  private void checkHeaderChecksum(LittleEndianReader r, long expected, String what) throws RootFormatException {
    long found = r.i64(what + " header checksum");
    if (found != expected) {
      throw new RootFormatException(where + ": the " + what + " belongs to another header (header checksum 0x"
          + Long.toHexString(found) + ", the header's is 0x" + Long.toHexString(expected) + ")");
    }
  }

  /** Reads the four lists of a schema description, appending its fields and physical columns. */
  private void schema(LittleEndianReader r, List<RFieldRecord> fields, List<RColumnRecord> columns)
      throws RootFormatException {
    LittleEndianReader.Frame list = r.list("field list", 8);
    for (int i = 0; i < list.items(); i++) {
      int end = r.record("field record");
      r.i32("field version");
      r.i32("type version");
      int parent = r.i32("parent field id");
      int role = r.u16("structural role");
      int flags = r.u16("field flags");
      String name = r.string("field name");
      String type = r.string("field type");
      r.string("field type alias");
      r.string("field description");
      long repetition = (flags & RFieldRecord.REPETITIVE) != 0 ? r.i64("array size") : 0;
      int source = (flags & RFieldRecord.PROJECTED) != 0 ? r.i32("source field id") : -1;
      r.leave(end, "field record");
      fields.add(new RFieldRecord(fields.size(), parent, role, flags, name, type, repetition, source));
    }
    r.leave(list.end(), "field list");
    list = r.list("column list", 8);
    for (int i = 0; i < list.items(); i++) {
      int end = r.record("column record");
      int typeId = r.u16("column type");
      int bits = r.u16("column bits");
      int field = r.i32("column field id");
      int flags = r.u16("column flags");
      int representation = r.u16("column representation");
      long first = (flags & RColumnRecord.DEFERRED) != 0 ? r.i64("first element index") : 0;
      double min = 0;
      double max = 0;
      if ((flags & RColumnRecord.RANGE) != 0) {
        min = r.f64("column minimum");
        max = r.f64("column maximum");
      }
      r.leave(end, "column record");
      RColumnType type = RColumnType.ofId(typeId);
      int id = columns.size();
      if (type == null) {
        throw new RootFormatException(where + ": column " + id + " has column type 0x" + Integer.toHexString(typeId)
            + ", which RNTuple format 1.0 does not define");
      }
      checkBits(id, type, bits);
      columns.add(new RColumnRecord(id, type, bits, field, flags, representation, first, min, max));
    }
    r.leave(list.end(), "column list");
    // Alias columns only repeat a projected field's source columns, which projected fields read directly.
    r.leave(r.list("alias column list", 8).end(), "alias column list");
    r.leave(r.list("extra type information list", 8).end(), "extra type information list");
  }

  private void checkBits(int id, RColumnType type, int bits) throws RootFormatException {
    boolean ok = switch (type) {
      case REAL32_TRUNC -> bits >= 10 && bits <= 31;
      case REAL32_QUANT -> bits >= 1 && bits <= 32;
      // Index columns may be stored with 32 bits whatever their type says.
      default -> bits == type.bits();
    };
    if (!ok) {
      throw new RootFormatException(where + ": column " + id + " of type " + type + " claims " + bits
          + " bits per element");
    }
  }

  private void checkSchema(List<RFieldRecord> fields, List<RColumnRecord> columns) throws RootFormatException {
    for (RFieldRecord f : fields) {
      if (f.parent() < 0 || f.parent() >= fields.size() || f.source() >= fields.size() || f.source() < -1
          || f.repetition() < 0 || f.parent() > f.id() && !f.isTopLevel()) {
        throw new RootFormatException(where + ": field " + f.id() + " '" + f.name() + "' names parent "
            + f.parent() + ", source " + f.source() + " and array size " + f.repetition() + ", outside the "
            + fields.size() + " fields");
      }
    }
    for (RColumnRecord c : columns) {
      if (c.field() < 0 || c.field() >= fields.size() || c.firstElement() < 0 && !c.isDeferred()) {
        throw new RootFormatException(where + ": column " + c.id() + " belongs to field " + c.field() + ", outside the "
            + fields.size() + " fields");
      }
    }
  }

  /** Reads a locator and returns {stored bytes, file offset}. */
  private long[] locator(LittleEndianReader r, String what) throws RootFormatException {
    int size = r.i32(what + " locator size");
    if (size >= 0) {
      return new long[] {size, r.i64(what + " locator offset")};
    }
    int type = (-size >> 24) & 0x7F;
    if (type != 1) {
      throw new RootFormatException(where + ": " + what + " has a locator of type " + type
          + ", which is not a file locator");
    }
    long bytes = r.i64(what + " large locator size");
    return new long[] {bytes, r.i64(what + " large locator offset")};
  }

  private void pageList(LittleEndianReader r, long headerChecksum, long expectedClusters, int columnCount,
      List<RCluster> out) throws IOException {
    checkHeaderChecksum(r, headerChecksum, "page list");
    LittleEndianReader.Frame summaries = r.list("cluster summaries", 8);
    if (summaries.items() != expectedClusters) {
      throw new RootFormatException(where + ": a page list holds " + summaries.items() + " clusters, its cluster "
          + "group says " + expectedClusters);
    }
    long[] first = new long[summaries.items()];
    long[] entries = new long[summaries.items()];
    for (int i = 0; i < summaries.items(); i++) {
      int end = r.record("cluster summary");
      first[i] = r.i64("cluster first entry");
      long word = r.i64("cluster entries");
      entries[i] = word & 0x00FF_FFFF_FFFF_FFFFL;
      if ((word >>> 56 & 0x01) != 0) {
        throw new RootFormatException(where + ": cluster " + (out.size() + i) + " is sharded, which is not supported");
      }
      if (first[i] < 0) {
        throw new RootFormatException(where + ": cluster " + (out.size() + i) + " starts at entry " + first[i]);
      }
      r.leave(end, "cluster summary");
    }
    r.leave(summaries.end(), "cluster summaries");
    LittleEndianReader.Frame clusters = r.list("page locations", 8);
    if (clusters.items() != summaries.items()) {
      throw new RootFormatException(where + ": a page list locates pages of " + clusters.items() + " clusters but "
          + "summarizes " + summaries.items());
    }
    for (int i = 0; i < clusters.items(); i++) {
      String cluster = "cluster " + (out.size());
      LittleEndianReader.Frame cols = r.list(cluster + " columns", 8);
      if (cols.items() > columnCount) {
        throw new RootFormatException(where + ": " + cluster + " has pages for " + cols.items() + " columns, the "
            + "schema has " + columnCount);
      }
      RPageRange[] ranges = new RPageRange[cols.items()];
      for (int c = 0; c < cols.items(); c++) {
        ranges[c] = pages(r, cluster + ", column " + c);
      }
      r.leave(cols.end(), cluster + " columns");
      out.add(new RCluster(first[i], entries[i], ranges));
    }
    r.leave(clusters.end(), "page locations");
  }

  private RPageRange pages(LittleEndianReader r, String what) throws IOException {
    LittleEndianReader.Frame list = r.list(what + " pages", 12);
    int n = list.items();
    int[] starts = new int[n + 1];
    long[] seeks = new long[n];
    int[] bytes = new int[n];
    boolean[] checksummed = new boolean[n];
    long total = 0;
    for (int p = 0; p < n; p++) {
      int count = r.i32(what + " page element count");
      if (count == Integer.MIN_VALUE) {
        throw new RootFormatException(where + ": " + what + " page " + p + " has an invalid element count");
      }
      int elements = Math.abs(count);
      checksummed[p] = count < 0;
      long[] loc = locator(r, what + " page " + p);
      if (loc[0] < 0 || loc[0] > Integer.MAX_VALUE - 64 || loc[0] > maxKeySize) {
        throw new RootFormatException(where + ": " + what + " page " + p + " claims " + loc[0] + " stored bytes");
      }
      file.checkSpan(loc[1], loc[0] + (checksummed[p] ? 8 : 0), where + ", " + what + " page " + p);
      seeks[p] = loc[1];
      bytes[p] = (int) loc[0];
      total += elements;
      if (total > Integer.MAX_VALUE / 8) {
        throw new RootFormatException(where + ": " + what + " holds more than " + (Integer.MAX_VALUE / 8)
            + " elements in one cluster, more than this reader handles");
      }
      starts[p + 1] = (int) total;
    }
    long offset = r.i64(what + " element offset");
    boolean suppressed = offset < 0;
    int compression = suppressed ? 0 : r.i32(what + " compression");
    if (suppressed && n > 0) {
      throw new RootFormatException(where + ": " + what + " is suppressed but has " + n + " pages");
    }
    r.leave(list.end(), what + " pages");
    return new RPageRange(offset, suppressed, compression, starts, seeks, bytes, checksummed);
  }
}

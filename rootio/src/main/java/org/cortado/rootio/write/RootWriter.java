package org.cortado.rootio.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one ROOT file atomically. Nothing appears at the target path until {@link #commit()};
 * closing without committing (for example when an exception leaves a try-with-resources block)
 * deletes the temporary file.
 *
 * <pre>{@code
 * try (RootWriter out = RootWriter.create(path, WriteOptions.of(Compression.LZ4, 4))) {
 *   TreeWriter events = out.tree("Events", "Events");
 *   ... declare branches, fill entries ...
 *   out.commit();
 * }
 * }</pre>
 */
public final class RootWriter implements AutoCloseable {
  /** ROOT switches to 64-bit header fields for files past this size (kStartBigFile). */
  static final long BIG_FILE = 2_000_000_000L;
  private static final int BEGIN = 100;
  private static final int ROOT_VERSION = 62400;
  private static final int DIRECTORY_RECORD = 60;

  private final Path path;
  private final WriteOptions options;
  private final Sink sink;
  private final BlockCompressor compressor;
  private final Out scratch = new Out(1 << 16);
  private final Map<String, TreeWriter> trees = new LinkedHashMap<>();
  private final Directory top = new Directory("", null, BEGIN, 0);
  private final String fileName;
  private final int topKeyLength;
  private final int nbytesName;
  private final long bigFileThreshold;
  private boolean failed;
  private boolean committed;

  private RootWriter(Path path, WriteOptions options, long bigFileThreshold) throws IOException {
    this.path = path;
    this.bigFileThreshold = bigFileThreshold;
    this.options = options;
    this.fileName = path.getFileName().toString();
    this.sink = new Sink(path);
    this.compressor = new BlockCompressor(options.compression(), options.level());
    this.topKeyLength = smallKeyLength("TFile", fileName, "");
    this.nbytesName = topKeyLength + Out.stringSize(fileName) + Out.stringSize("");
    sink.reserve(BEGIN + nbytesName + DIRECTORY_RECORD);
  }

  public static RootWriter create(Path path, WriteOptions options) throws IOException {
    return new RootWriter(path, options, BIG_FILE);
  }

  /** Lets tests exercise the 64-bit layout without writing two gigabytes. */
  static RootWriter createWithBigFileThreshold(Path path, WriteOptions options, long threshold) throws IOException {
    return new RootWriter(path, options, threshold);
  }

  public WriteOptions options() {
    return options;
  }

  /** Bytes written so far. */
  public long bytesWritten() {
    return sink.end();
  }

  public TreeWriter tree(String name, String title) {
    checkWritable();
    if (name.contains("/") || top.names.contains(name) || trees.containsKey(name)) {
      throw new IllegalArgumentException("tree name '" + name + "' is already used or contains '/'");
    }
    TreeWriter tree = new TreeWriter(this, name, title);
    trees.put(name, tree);
    return tree;
  }

  /**
   * Writes a histogram as TH1D or TH2D at {@code path} ("mll", or "mll/DY/baseline/nominal" inside
   * nested directories, which are created as needed).
   */
  public void histogram(String path, HistogramData histogram) throws IOException {
    checkWritable();
    String[] parts = path.split("/");
    Directory dir = top;
    for (int i = 0; i < parts.length - 1; i++) {
      dir = subdirectory(dir, parts[i]);
    }
    String name = parts[parts.length - 1];
    if (name.isEmpty() || dir.names.contains(name) || (dir == top && trees.containsKey(name))) {
      throw new IllegalArgumentException(this.path + ": histogram path '" + path + "' is empty or already used");
    }
    String className = histogram.is2D() ? "TH2D" : "TH1D";
    byte[] payload = HistogramSerializer.serialize(name, histogram);
    dir.add(writeKeyed(className, name, histogram.title(), Records.keyLength64(className, name, histogram.title()),
        payload, true, dir.seek));
  }

  private Directory subdirectory(Directory parent, String name) throws IOException {
    Directory existing = parent.children.get(name);
    if (existing != null) {
      return existing;
    }
    if (name.isEmpty() || parent.names.contains(name)) {
      throw new IllegalArgumentException(path + ": directory name '" + name + "' is empty or already used");
    }
    // The directory's key is reserved now, so that objects written into it know its position.
    int keylen = Records.keyLength64("TDirectory", name, "");
    long seek = sink.end();
    sink.reserve(seek + keylen + DIRECTORY_RECORD);
    Directory dir = new Directory(name, parent, seek, keylen);
    parent.children.put(name, dir);
    parent.add(new Written("TDirectory", name, "", seek, keylen + DIRECTORY_RECORD, DIRECTORY_RECORD, keylen));
    return dir;
  }

  /** A directory being written: its own key position and the keys its key list must name. */
  private static final class Directory {
    final String name;
    final Directory parent;
    final long seek;
    final int keylen;
    final List<Written> keys = new ArrayList<>();
    final java.util.Set<String> names = new java.util.HashSet<>();
    final Map<String, Directory> children = new LinkedHashMap<>();

    Directory(String name, Directory parent, long seek, int keylen) {
      this.name = name;
      this.parent = parent;
      this.seek = seek;
      this.keylen = keylen;
    }

    void add(Written key) {
      keys.add(key);
      names.add(key.name());
    }
  }

  void checkWritable() {
    if (committed || failed) {
      throw new IllegalStateException(path + ": the writer is " + (committed ? "committed" : "failed") + "; start a new one");
    }
  }

  void fail() {
    failed = true;
  }

  void flush(BranchWriter branch, long firstEntry) throws IOException {
    try {
      branch.flush(sink, compressor, scratch, firstEntry, branch.tree().name(), BEGIN);
    } catch (IOException | RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  /** A record written by {@link #commit()} that the key list must name. */
  private record Written(String className, String name, String title, long seek, int nbytes, int objlen, int keylen) {}

  /** Writes the metadata, header and directories, then moves the file onto its target path. */
  public void commit() throws IOException {
    checkWritable();
    try {
      for (TreeWriter tree : trees.values()) {
        tree.finish();
        top.add(writeTree(tree));
      }
      Written streamers = writeStreamerInfo();
      finishSubdirectories(top);
      long seekKeys = sink.end();
      int listBytes = writeKeyList(top, fileName, seekKeys);

      long seekFree = sink.end();
      int freeKeyLength = Records.keyLength64("TFile", fileName, "");
      boolean big = seekFree + freeKeyLength + 64 > bigFileThreshold;
      int freeRecord = big ? 2 + 8 + 8 : 2 + 4 + 4;
      int freeBytes = freeKeyLength + freeRecord;
      long end = seekFree + freeBytes;
      Out free = new Out(freeBytes);
      Records.keyHeader64(free, freeBytes, freeRecord, freeKeyLength, seekFree, BEGIN, "TFile", fileName, "");
      if (big) {
        free.i2(1001).i8(end).i8(Math.max(BIG_FILE, end * 2));
      } else {
        free.i2(1).i4((int) end).i4((int) BIG_FILE);
      }
      sink.append(free.array(), 0, free.size());

      writeDirectory(seekKeys, listBytes, big);
      writeHeader(end, seekFree, freeBytes, streamers, big);
      sink.commit();
      committed = true;
    } catch (IOException | RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  /** Writes the key lists of all subdirectories, deepest first, and fills in their reserved keys. */
  private void finishSubdirectories(Directory dir) throws IOException {
    for (Directory child : dir.children.values()) {
      finishSubdirectories(child);
      long seekKeys = sink.end();
      int listBytes = writeKeyList(child, child.name, seekKeys);
      Out key = new Out(child.keylen + DIRECTORY_RECORD);
      Records.keyHeader64(key, child.keylen + DIRECTORY_RECORD, DIRECTORY_RECORD, child.keylen, child.seek, dir.seek,
          "TDirectory", child.name, "");
      // 64-bit seeks (version 1005) take the space the small layout pads, so the record is 60 bytes either way.
      key.i2(1005).i4(Records.DATIME).i4(Records.DATIME).i4(listBytes).i4(child.keylen).i8(child.seek).i8(dir.seek)
          .i8(seekKeys);
      uuid(key);
      sink.writeAt(child.seek, key.array(), 0, key.size());
    }
  }

  /** A directory's key list: a key header, the number of keys, and a copy of each key's header. */
  private int writeKeyList(Directory dir, String name, long seekKeys) throws IOException {
    int keylen = Records.keyLength64(dir == top ? "TFile" : "TDirectory", name, "");
    Out list = new Out(256);
    list.skip(keylen).i4(dir.keys.size());
    for (Written k : dir.keys) {
      Records.keyHeader64(list, k.nbytes(), k.objlen(), k.keylen(), k.seek(), dir.seek, k.className(), k.name(), k.title());
    }
    int bytes = list.size();
    Out head = new Out(keylen);
    Records.keyHeader64(head, bytes, bytes - keylen, keylen, seekKeys, dir.seek, dir == top ? "TFile" : "TDirectory",
        name, "");
    System.arraycopy(head.array(), 0, list.array(), 0, keylen);
    sink.append(list.array(), 0, bytes);
    return bytes;
  }

  private Written writeTree(TreeWriter tree) throws IOException {
    int keylen = Records.keyLength64("TTree", tree.name(), tree.title());
    byte[] payload = TreeSerializer.serialize(tree, keylen, options.setting(), options.basketBytes(), new Out(1 << 16));
    return writeKeyed("TTree", tree.name(), tree.title(), keylen, payload, true, BEGIN);
  }

  /**
   * An empty StreamerInfo list: TTree, TBranch and TLeaf layouts are built into ROOT and uproot, so
   * the list is only needed for schema evolution of user classes, which these files do not hold.
   */
  private Written writeStreamerInfo() throws IOException {
    Out list = new Out(32);
    int mark = list.begin(5);
    Records.tobject(list, 0);
    list.string("").i4(0);
    list.end(mark);
    byte[] payload = java.util.Arrays.copyOf(list.array(), list.size());
    String title = "Doubly linked list";
    return writeKeyed("TList", "StreamerInfo", title, Records.keyLength64("TList", "StreamerInfo", title), payload, false,
        BEGIN);
  }

  private Written writeKeyed(String className, String name, String title, int keylen, byte[] payload, boolean compress,
      long directory) throws IOException {
    Out record = new Out(keylen + payload.length);
    record.skip(keylen);
    if (!compress || !compressor.compress(payload, 0, payload.length, record)) {
      record.bytes(payload);
    }
    long seek = sink.end();
    Out head = new Out(keylen);
    Records.keyHeader64(head, record.size(), payload.length, keylen, seek, directory, className, name, title);
    System.arraycopy(head.array(), 0, record.array(), 0, keylen);
    sink.append(record.array(), 0, record.size());
    return new Written(className, name, title, seek, record.size(), payload.length, keylen);
  }

  private static int smallKeyLength(String className, String name, String title) {
    return 18 + 8 + Out.stringSize(className) + Out.stringSize(name) + Out.stringSize(title);
  }

  /** The top key at fBEGIN: a TFile key, the file's name and title, and the TDirectory record. */
  private void writeDirectory(long seekKeys, int nbytesKeys, boolean big) throws IOException {
    Out dir = new Out(nbytesName + DIRECTORY_RECORD);
    int objlen = nbytesName - topKeyLength + DIRECTORY_RECORD;
    dir.i4(topKeyLength + objlen).i2(4).i4(objlen).i4(Records.DATIME).i2(topKeyLength).i2(1).i4(BEGIN).i4(0);
    dir.string("TFile").string(fileName).string("");
    dir.string(fileName).string("");
    if (big) {
      dir.i2(1005).i4(Records.DATIME).i4(Records.DATIME).i4(nbytesKeys).i4(nbytesName).i8(BEGIN).i8(0).i8(seekKeys);
      uuid(dir);
    } else {
      dir.i2(5).i4(Records.DATIME).i4(Records.DATIME).i4(nbytesKeys).i4(nbytesName).i4(BEGIN).i4(0).i4((int) seekKeys);
      uuid(dir);
      dir.skip(12);
    }
    sink.writeAt(BEGIN, dir.array(), 0, dir.size());
  }

  private void writeHeader(long end, long seekFree, int nbytesFree, Written streamers, boolean big) throws IOException {
    Out h = new Out(BEGIN);
    h.bytes(new byte[] {'r', 'o', 'o', 't'});
    if (big) {
      h.i4(ROOT_VERSION + 1_000_000).i4(BEGIN).i8(end).i8(seekFree).i4(nbytesFree).i4(1).i4(nbytesName).u1(8)
          .i4(options.setting()).i8(streamers.seek()).i4(streamers.nbytes());
    } else {
      h.i4(ROOT_VERSION).i4(BEGIN).i4((int) end).i4((int) seekFree).i4(nbytesFree).i4(1).i4(nbytesName).u1(4)
          .i4(options.setting()).i4((int) streamers.seek()).i4(streamers.nbytes());
    }
    uuid(h);
    h.skip(BEGIN - h.size());
    sink.writeAt(0, h.array(), 0, BEGIN);
  }

  /** UUID version 1 with fixed content, so that identical inputs give identical files. */
  private static void uuid(Out out) {
    out.i2(1);
    for (int i = 0; i < 16; i++) {
      out.u1(0x43 + i);
    }
  }

  /** Without a prior {@link #commit()}, discards the temporary file. */
  @Override
  public void close() throws IOException {
    try {
      compressor.close();
    } finally {
      sink.close();
    }
  }
}

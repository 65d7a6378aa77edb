package org.cortado.rootio;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An open ROOT file. Lists the objects it holds and opens its TTrees; safe for concurrent use by many
 * threads, which may read different branches or entry ranges at the same time.
 *
 * <pre>{@code
 * try (RootFile file = RootFile.open(Path.of("nano_dy.root"))) {
 *   TTree events = file.tree("Events");
 *   Branch pt = events.branch("Muon_pt");
 *   float[] values = new float[(int) pt.countElements(0, 10)];
 *   pt.readFloats(0, 10, values);
 * }
 * }</pre>
 */
public final class RootFile implements AutoCloseable {
  /** Past this many nested directories a file is taken to loop back on itself. */
  private static final int MAX_DIRECTORY_DEPTH = 64;
  private static final int SMALL_HEADER = 63;
  private static final int BIG_HEADER = 75;
  private static final Pattern URL_SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+://|file:)", Pattern.CASE_INSENSITIVE);

  /** The local file, or null when the bytes come from elsewhere. */
  private final Path path;
  private final ByteSource source;
  private final long length;
  private final int rootVersion;
  private final int compression;
  private final List<KeyInfo> keys;
  private final Map<String, Key> treeKeys;
  private final Map<String, TTree> trees = new ConcurrentHashMap<>();
  private final Map<String, Key> rntupleKeys;
  private final Map<String, RNTuple> rntuples = new ConcurrentHashMap<>();
  private final long seekInfo;
  private final int nbytesInfo;
  /** The class descriptions of the StreamerInfo record, read when a split object's branch needs them. */
  private volatile Map<String, List<StreamerElement>> streamers;

  private RootFile(Path path, ByteSource source) throws IOException {
    this.path = path;
    this.source = source;
    this.length = source.length();
    ByteReader header = ByteReader.of(readAt(0, (int) Math.min(length, BIG_HEADER), "the file header"), describe("header"));
    if (length < SMALL_HEADER || header.u1() != 'r' || header.u1() != 'o' || header.u1() != 'o' || header.u1() != 't') {
      throw new RootFormatException(location() + " is not a ROOT file (no 'root' magic at its start)");
    }
    int version = header.i4();
    boolean big = version >= 1_000_000;
    this.rootVersion = version % 1_000_000;
    long begin = header.i4();
    long end = big ? header.i8() : header.u4();
    if (length < end) {
      throw new RootFormatException(location() + " is truncated: its header records " + end + " bytes but the file has "
          + length);
    }
    if (big) {
      header.skip(8 + 4 + 4); // fSeekFree, fNbytesFree, nfree
    } else {
      header.skip(4 + 4 + 4);
    }
    int nbytesName = header.i4();
    header.skip(1); // fUnits
    this.compression = header.i4();
    this.seekInfo = big ? header.i8() : header.u4();
    this.nbytesInfo = header.i4();
    List<KeyInfo> found = new ArrayList<>();
    Map<String, Key> treeKeysFound = new LinkedHashMap<>();
    Map<String, Key> rntupleKeysFound = new LinkedHashMap<>();
    readDirectory(begin + nbytesName, "", 0, new HashSet<>(), found, treeKeysFound, rntupleKeysFound);
    this.keys = Collections.unmodifiableList(found);
    this.treeKeys = Collections.unmodifiableMap(treeKeysFound);
    this.rntupleKeys = Collections.unmodifiableMap(rntupleKeysFound);
  }

  /** Opens a local file for reading, mapped into memory; the file is never written to. */
  public static RootFile open(Path path) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(path, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(path.toString(), null, "no such ROOT file");
    }
    try {
      if (Files.isDirectory(path)) {
        throw new RootFormatException(path + " is a directory, not a ROOT file");
      }
      return new RootFile(path, new MappedFileSource(path, channel));
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Opens a file by URI: {@code file:} as {@link #open(Path)}, and a relative URI (no scheme) as the
   * path it holds; {@code http:} and {@code https:} through range requests ({@link HttpRanges}, with
   * its default retries) behind the caches of a {@link RemoteSource}.
   *
   * @throws IllegalArgumentException for any other scheme, naming it
   */
  public static RootFile open(URI uri) throws IOException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    switch (scheme) {
      case "":
        if (uri.getAuthority() == null) {
          return open(Path.of(uri.getPath()));
        }
        throw new IllegalArgumentException(uri + ": a URI without a scheme names a local path, not a host");
      case "file":
        Path local;
        try {
          local = Path.of(uri);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(uri + " is not an absolute file: URI (" + e.getMessage() + ")", e);
        }
        return open(local);
      case "http":
      case "https":
        return open(new RemoteSource(HttpRanges.open(uri, HttpRanges.Options.defaults()),
            RemoteSource.Coalescing.defaults()));
      default:
        throw new IllegalArgumentException(uri + ": cannot read '" + scheme + ":' files; give a local path, a file:"
            + " URI or an http(s):// URL" + (scheme.equals("root") ? " (sites serve XRootD over https:// too)" : ""));
    }
  }

  /**
   * Opens a file named as users write it: a URL with a scheme ({@code https://host/f.root},
   * {@code file:/data/f.root}), else a local path.
   */
  public static RootFile open(String location) throws IOException {
    return hasScheme(location) ? open(URI.create(location)) : open(Path.of(location));
  }

  /**
   * True when {@code location} is a URL ({@code scheme://…}) or a {@code file:} URI, not a path; a
   * path may hold a colon ({@code C:\data}, {@code run:2/f.root}).
   */
  public static boolean hasScheme(String location) {
    return URL_SCHEME.matcher(location).lookingAt();
  }

  /**
   * Opens a file whose bytes {@code source} gives, such as a Hadoop FileSystem stream. The file
   * owns the source from here on and closes it with itself, also when opening fails.
   */
  public static RootFile open(ByteSource source) throws IOException {
    try {
      return new RootFile(null, source);
    } catch (IOException | RuntimeException e) {
      source.close();
      throw e;
    }
  }

  /**
   * The local file this was opened from.
   *
   * @throws UnsupportedOperationException for a file read from elsewhere; {@link #location()} names
   *     every file
   */
  public Path path() {
    if (path == null) {
      throw new UnsupportedOperationException(source.location() + " is not a local file; use location()");
    }
    return path;
  }

  /** True if the file was opened from a local path ({@link #path()} gives it). */
  public boolean isLocal() {
    return path != null;
  }

  /** Where the file is, for messages: its path, or its URL. */
  public String location() {
    return source.location();
  }

  /** Hands {@code ranges} about to be read to the source (see {@link ByteSource#prefetch}). */
  void prefetch(List<ByteRange> ranges) throws IOException {
    source.prefetch(ranges);
  }

  /** Size of the file in bytes. */
  public long length() {
    return length;
  }

  /** The ROOT version that wrote the file, e.g. 61800 for 6.18/00. */
  public int rootVersion() {
    return rootVersion;
  }

  /** The file's default compression setting, algorithm * 100 + level (e.g. 209 for LZMA level 9). */
  public int compressionSetting() {
    return compression;
  }

  /** Every key of the file, depth first, with directory paths joined by {@code /}. */
  public List<KeyInfo> keys() {
    return keys;
  }

  /** The paths of all TTrees, each once (its highest cycle). */
  public List<String> treeNames() {
    return List.copyOf(treeKeys.keySet());
  }

  /** Opens the tree at {@code treePath} ("Events", or "dir/sub/tree"); the result is cached. */
  public TTree tree(String treePath) throws IOException {
    return cached(trees, treeKeys, "TTree", "trees", treePath,
        key -> TreeParser.parse(readRecord(key, describe("tree '" + treePath + "'")), this, treePath, key.className()));
  }

  /** Reads what a key holds with {@code parser}; the first result stored for a path is kept and returned. */
  private <T> T cached(Map<String, T> cache, Map<String, Key> found, String kind, String plural, String objectPath,
      KeyParser<T> parser) throws IOException {
    T known = cache.get(objectPath);
    if (known != null) {
      return known;
    }
    Key key = found.get(objectPath);
    if (key == null) {
      throw new RootFormatException(location() + " has no " + kind + " '" + objectPath + "'; its " + plural + " are "
          + found.keySet());
    }
    T parsed = parser.parse(key);
    T previous = cache.putIfAbsent(objectPath, parsed);
    return previous == null ? parsed : previous;
  }

  private interface KeyParser<T> {
    T parse(Key key) throws IOException;
  }

  /** The paths of all TTrees and then all RNTuples: the tables {@link #table} opens. */
  public List<String> tableNames() {
    List<String> names = new ArrayList<>(treeKeys.keySet());
    names.addAll(rntupleKeys.keySet());
    return names;
  }

  /**
   * Opens the TTree or, if there is none of that name, the RNTuple at {@code tablePath}: an analysis reads
   * both alike.
   */
  public EventTable table(String tablePath) throws IOException {
    if (treeKeys.containsKey(tablePath)) {
      return tree(tablePath);
    }
    if (rntupleKeys.containsKey(tablePath)) {
      return rntuple(tablePath);
    }
    throw new RootFormatException(location() + " has no TTree or RNTuple '" + tablePath + "'; its trees and RNTuples are "
        + tableNames() + Suggestions.didYouMean(tablePath, tableNames()));
  }

  /** The paths of all RNTuples ({@code ROOT::RNTuple} keys), each once (its highest cycle). */
  public List<String> rntupleNames() {
    return List.copyOf(rntupleKeys.keySet());
  }

  /** Opens the RNTuple at {@code path}: reads its anchor, header, footer and page lists; the result is cached. */
  public RNTuple rntuple(String ntuplePath) throws IOException {
    return cached(rntuples, rntupleKeys, "RNTuple", "RNTuples", ntuplePath,
        key -> RNTuple.open(this, ntuplePath, readRecord(key, describe("RNTuple '" + ntuplePath + "' anchor"))));
  }

  /**
   * The members of each class the file's StreamerInfo record describes (its highest version).
   * NanoAOD never needs them; they are read once, on the first request.
   */
  Map<String, List<StreamerElement>> streamers() throws IOException {
    Map<String, List<StreamerElement>> known = streamers;
    if (known == null) {
      String where = describe("StreamerInfo record");
      checkSpan(seekInfo, nbytesInfo, where);
      byte[] raw = readAt(seekInfo, nbytesInfo, where);
      Key key = Key.read(ByteReader.of(raw, where));
      if (key.totalBytes() != nbytesInfo) {
        throw new RootFormatException(where + ": its key says " + key.totalBytes() + " bytes, the header "
            + nbytesInfo);
      }
      byte[] payload = payload(key, raw, 0, where, ThreadBuffers.get().decompressor);
      known = Map.copyOf(StreamerParser.parse(new ByteReader(payload, 0, payload.length, key.keyLength(), where)));
      streamers = known;
    }
    return known;
  }

  String describe(String what) {
    return location() + ", " + what;
  }

  private void readDirectory(long recordSeek, String prefix, int depth, Set<Long> seen, List<KeyInfo> out,
      Map<String, Key> treesOut, Map<String, Key> rntuplesOut) throws IOException {
    String where = describe(prefix.isEmpty() ? "top directory" : "directory '" + prefix + "'");
    if (depth > MAX_DIRECTORY_DEPTH || !seen.add(recordSeek)) {
      throw new RootFormatException(where + ": directories nest in a loop");
    }
    ByteReader dir = ByteReader.of(readAt(recordSeek, (int) Math.min(42, length - Math.min(length, recordSeek)), where), where);
    int version = dir.u2();
    dir.skip(4 + 4); // fDatimeC, fDatimeM
    int nbytesKeys = dir.i4();
    dir.skip(4); // fNbytesName
    boolean big = version > 1000;
    if (big) {
      dir.skip(8 + 8);
    } else {
      dir.skip(4 + 4);
    }
    long seekKeys = big ? dir.i8() : dir.u4();
    if (seekKeys == 0 || nbytesKeys == 0) {
      // ROOT writes a key list, if an empty one, for every directory of a closed file.
      throw new RootFormatException(where + " has no key list (fSeekKeys " + seekKeys + ", fNbytesKeys " + nbytesKeys
          + "): the file was not closed or is corrupt");
    }
    ByteReader list = ByteReader.of(readAt(seekKeys, nbytesKeys, where + " key list"), where + " key list");
    Key.read(list);
    int count = list.i4();
    list.arrayLength(count, 26, "key list");
    for (int i = 0; i < count; i++) {
      Key key = Key.read(list);
      String keyPath = prefix.isEmpty() ? key.name() : prefix + "/" + key.name();
      out.add(new KeyInfo(keyPath, key.className(), key.title(), key.cycle(), key.objectLength(), key.totalBytes()));
      switch (key.className()) {
        case "TTree", "TNtuple", "TNtupleD" -> keepHighestCycle(treesOut, keyPath, key);
        case "ROOT::RNTuple", "ROOT::Experimental::RNTuple" -> keepHighestCycle(rntuplesOut, keyPath, key);
        case "TDirectory", "TDirectoryFile" ->
            readDirectory(key.seekKey() + key.keyLength(), keyPath, depth + 1, seen, out, treesOut, rntuplesOut);
        default -> { }
      }
    }
    if (followingKey(list) != null) {
      // Lists may end in slack, but not in another whole key: the count was cut.
      throw new RootFormatException(where + " key list counts " + count + " keys, but another follows them");
    }
  }

  private static void keepHighestCycle(Map<String, Key> found, String keyPath, Key key) {
    Key other = found.get(keyPath);
    if (other == null || other.cycle() < key.cycle()) {
      found.put(keyPath, key);
    }
  }

  /** The key the rest of a key list holds, if it holds a plausible one, else null. */
  private Key followingKey(ByteReader list) {
    try {
      Key key = Key.read(list);
      boolean plausible = key.keyLength() > 0 && key.totalBytes() >= key.keyLength() && key.seekKey() > 0
          && key.seekKey() <= length - key.totalBytes() && !key.className().isEmpty();
      return plausible ? key : null;
    } catch (RootFormatException slack) {
      return null;
    }
  }

  /** Reads a whole keyed record (header and payload) and returns a reader over its decompressed payload. */
  ByteReader readRecord(Key listed, Object where) throws IOException {
    checkSpan(listed.seekKey(), listed.totalBytes(), where);
    byte[] raw = readAt(listed.seekKey(), listed.totalBytes(), where);
    ByteReader head = ByteReader.of(raw, where);
    Key key = Key.read(head);
    if (key.keyLength() != listed.keyLength() || key.totalBytes() != listed.totalBytes()
        || key.objectLength() != listed.objectLength()) {
      throw new RootFormatException(where + ": the key at offset " + listed.seekKey()
          + " does not match the directory entry that points to it");
    }
    byte[] payload = payload(key, raw, 0, where, ThreadBuffers.get().decompressor);
    return new ByteReader(payload, 0, key.objectLength(), key.keyLength(), where);
  }

  /** Returns the decompressed payload of a record whose bytes (key included) are at {@code raw[off]}. */
  static byte[] payload(Key key, byte[] raw, int off, Object where, Decompressor decompressor)
      throws RootFormatException {
    checkKey(key, where);
    int stored = key.storedPayloadBytes();
    if (!key.isCompressed()) {
      byte[] out = new byte[stored];
      System.arraycopy(raw, off + key.keyLength(), out, 0, stored);
      return out;
    }
    long declared = Decompressor.declaredSize(raw, off + key.keyLength(), stored, where);
    if (declared != key.objectLength()) {
      throw new RootFormatException(where + ": compressed blocks declare " + declared
          + " bytes, the key says " + key.objectLength());
    }
    return decompressor.decompressGrowing(raw, off + key.keyLength(), stored, key.objectLength(), where);
  }

  static void checkKey(Key key, Object where) throws RootFormatException {
    if (key.keyLength() <= 0 || key.totalBytes() < key.keyLength() || key.objectLength() < 0
        || key.objectLength() > Integer.MAX_VALUE - 64) {
      throw new RootFormatException(where + ": key sizes are inconsistent (total " + key.totalBytes()
          + ", key " + key.keyLength() + ", object " + key.objectLength() + ")");
    }
  }

  void checkSpan(long pos, long len, Object where) throws RootFormatException {
    // Compared without pos + len, which a corrupt offset near 2^63 would overflow.
    if (pos < 0 || len < 0 || pos > length || len > length - pos) {
      throw new RootFormatException(where + ": bytes [" + pos + ", " + (pos + len) + ") lie beyond the end of the "
          + length + "-byte file (truncated?)");
    }
  }

  byte[] readAt(long pos, int len, Object where) throws IOException {
    checkSpan(pos, len, where);
    byte[] out = new byte[len];
    readInto(pos, out, len, where);
    return out;
  }

  /** Copies {@code len} bytes at file offset {@code pos} into {@code dst}. */
  void readInto(long pos, byte[] dst, int len, Object where) throws IOException {
    checkSpan(pos, len, where);
    source.read(pos, dst, 0, len);
  }

  @Override
  public void close() throws IOException {
    source.close();
  }

  @Override
  public String toString() {
    return "RootFile[" + location() + "]";
  }
}

/**
 * A pure-Java reader of ROOT files holding flat and jagged TTrees, as CMS NanoAOD is written, and the
 * other branches physicists write that uproot reads into arrays: {@code std::vector} and {@code RVec}
 * of numbers (read like a NanoAOD collection, without a counter branch), strings, members of split
 * objects, {@code Double32_t}/{@code Float16_t}, leaf lists (one column per leaf) and TNtuples.
 *
 * <p>{@link org.cortado.rootio.RootFile} opens a file and lists its keys and trees;
 * {@link org.cortado.rootio.TTree} describes the branches of one tree; {@link org.cortado.rootio.Branch}
 * reads an entry range of one branch into primitive arrays owned by the caller, or its strings.
 * Everything needed to read NanoAOD is decoded from hard-wired layouts of TTree v5 and v16-20,
 * TBranch v8 and v10-13 and TLeaf, as in uproot; the file's StreamerInfo record is read only for
 * members of split objects, whose types and {@code Double32_t} ranges only it records. A branch
 * this reader cannot decode says why ({@link org.cortado.rootio.Branch#unsupportedReason}), and
 * reading it throws a {@link org.cortado.rootio.RootFormatException} naming its ROOT type. Every size, count and offset read from the file is
 * checked against the file length, the enclosing record, the other metadata and the baskets' own
 * headers before anything is sized from it, so a corrupt file costs at most a small constant amount of
 * memory beyond the baskets really read. Every malformed structure ends in a
 * {@link org.cortado.rootio.RootFormatException} that names the file, tree, branch and basket, never in
 * another exception or in a short read reported as success; only a caller's own mistakes (an entry
 * range outside the branch, a destination array smaller than {@code countElements}) throw
 * {@code IndexOutOfBoundsException} or {@code IllegalArgumentException}.
 *
 * <p>{@link org.cortado.rootio.RootFile#rntuple} opens an RNTuple (binary format 1.0, as ROOT 6.34 and
 * later write it): {@link org.cortado.rootio.RNTuple} lists its fields by dotted path and
 * {@link org.cortado.rootio.RNTupleField} reads one like a branch, numbers, booleans and strings at any
 * depth of records, collections and fixed-size arrays, in all column encodings (split, zigzag, delta,
 * bit, half, truncated and quantized reals) and compressions. Reads go cluster by cluster and page by page;
 * each thread decodes a page once and copies from it into the caller's arrays.
 *
 * <p>An open file may be read by many threads at once: all reads are positional and all decompression
 * state is per thread.
 *
 * <p>A file's bytes come from a {@link org.cortado.rootio.ByteSource}: a local file is memory-mapped;
 * an {@code http(s)://} URL is read with range requests ({@link org.cortado.rootio.HttpRanges}, which
 * retries transient failures with backoff and refuses servers that ignore ranges) behind the block
 * and prefetch caches of a {@link org.cortado.rootio.RemoteSource}; any other store (a Hadoop
 * FileSystem) plugs in through {@link org.cortado.rootio.RootFile#open(ByteSource)}. A reader of a
 * remote file calls {@link org.cortado.rootio.TTree#prefetch} per entry range, so that the baskets of
 * the branches it reads arrive in a few merged requests.
 *
 * <p>On JDK 22 or later {@link org.cortado.rootio.NativeDecoding} hands LZMA blocks to the system's
 * liblzma and zlib blocks to libdeflate through {@code java.lang.foreign} (the classes are compiled
 * from {@code src/main/java22} only by a build on JDK 22 or later), with the Java decoders as the
 * fallback; both give the same bytes, or the same {@link org.cortado.rootio.RootFormatException}.
 */
package org.cortado.rootio;

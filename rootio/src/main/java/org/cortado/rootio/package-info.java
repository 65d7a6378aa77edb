/**
 * A pure-Java reader of ROOT files holding flat and jagged TTrees, as CMS NanoAOD is written.
 *
 * <p>{@link org.cortado.rootio.RootFile} opens a file and lists its keys and trees;
 * {@link org.cortado.rootio.TTree} describes the branches of one tree; {@link org.cortado.rootio.Branch}
 * reads an entry range of one branch into primitive arrays owned by the caller. Everything needed to
 * read NanoAOD is decoded from hard-wired layouts of TTree v16-20, TBranch v10-13 and TLeaf; streamer
 * records are never consulted, as in uproot. Every size, count and offset read from the file is
 * checked against the file length, the enclosing record, the other metadata and the baskets' own
 * headers before anything is sized from it, so a corrupt file costs at most a small constant amount of
 * memory beyond the baskets really read. Every malformed structure ends in a
 * {@link org.cortado.rootio.RootFormatException} that names the file, tree, branch and basket, never in
 * another exception or in a short read reported as success; only a caller's own mistakes (an entry
 * range outside the branch, a destination array smaller than {@code countElements}) throw
 * {@code IndexOutOfBoundsException} or {@code IllegalArgumentException}.
 *
 * <p>An open file may be read by many threads at once: all reads are positional and all decompression
 * state is per thread.
 *
 * <p>On JDK 22 or later {@link org.cortado.rootio.NativeDecoding} hands LZMA blocks to the system's
 * liblzma and zlib blocks to libdeflate through {@code java.lang.foreign} (the classes are compiled
 * from {@code src/main/java22} only by a build on JDK 22 or later), with the Java decoders as the
 * fallback; both give the same bytes, or the same {@link org.cortado.rootio.RootFormatException}.
 */
package org.cortado.rootio;

/**
 * Writes ROOT files holding NanoAOD-style TTrees: flat branches, counters ({@code nMuon}) and jagged
 * branches ({@code Muon_pt[nMuon]}), compressed with zlib, LZMA, LZ4 or ZSTD in baskets of a chosen
 * size, to files of any size (64-bit seeks past 2 GB).
 *
 * <p>The layout follows what ROOT and uproot write (ROOT-FORMAT.md §6): baskets as keys of their
 * own, the TTree metadata (TTree v20, TBranch v13, TLeaf) with object references computed from
 * key-relative positions, the directory, a key list, an empty StreamerInfo list (TTree, TBranch and
 * TLeaf are built into every reader) and the free-segment record. Files are written to a temporary
 * sibling and moved into place by {@link org.cortado.rootio.write.RootWriter#commit()}; a writer that is
 * closed without committing deletes its temporary file, so a failure never leaves a partial output.
 * Timestamps and the UUID are fixed, so the same input always produces the same bytes.
 */
package org.cortado.rootio.write;

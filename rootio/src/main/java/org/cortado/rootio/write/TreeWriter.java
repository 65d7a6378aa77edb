package org.cortado.rootio.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cortado.rootio.LeafType;

/**
 * A TTree being written: declare its branches, then per entry put one value into every flat branch,
 * a count into every counter and that many values into each of its jagged branches, and call
 * {@link #endEntry()}.
 *
 * <pre>{@code
 * BranchWriter run = events.branch("run", LeafType.UINT32, "run/i");
 * BranchWriter nMuon = events.counter("nMuon", "slimmedMuons after basic selection");
 * BranchWriter pt = events.jagged("Muon_pt", LeafType.FLOAT32, nMuon, "pt");
 * run.putInt(1); nMuon.putCount(2); pt.putFloat(40.1f); pt.putFloat(31.7f); events.endEntry();
 * }</pre>
 */
public final class TreeWriter {
  private final RootWriter file;
  private final String name;
  private final String title;
  private final Map<String, BranchWriter> branches = new LinkedHashMap<>();
  private long entries;
  private long basketStart;
  /** Compressed bytes of the baskets written so far, which end the first cluster under a negative autoFlush. */
  private long zipped;
  /** Entries per cluster once known (see {@link WriteOptions}); 0 before then, and always when not clustering. */
  private long clusterEntries;

  TreeWriter(RootWriter file, String name, String title) {
    this.file = file;
    this.name = name;
    this.title = title;
    this.clusterEntries = Math.max(0, file.options().autoFlush());
  }

  public String name() {
    return name;
  }

  public long entries() {
    return entries;
  }

  /** A flat branch of one value per entry. */
  public BranchWriter branch(String branchName, LeafType type, String branchTitle) {
    return add(branchName, branchTitle, type, 1, null, false);
  }

  /** A fixed-size array branch ({@code x[3]}) of {@code length} values per entry. */
  public BranchWriter array(String branchName, LeafType type, int length, String branchTitle) {
    if (length < 1) {
      throw new IllegalArgumentException("array branch '" + branchName + "' needs a positive length");
    }
    return add(branchName, branchTitle, type, length, null, false);
  }

  /** A counter ({@code nMuon}: UInt_t as NanoAOD writes it) for jagged branches. */
  public BranchWriter counter(String branchName, String branchTitle) {
    return add(branchName, branchTitle, LeafType.UINT32, 1, null, true);
  }

  /** A jagged branch ({@code Muon_pt[nMuon]}) holding as many values per entry as its counter says. */
  public BranchWriter jagged(String branchName, LeafType type, BranchWriter counter, String branchTitle) {
    if (counter == null || !counter.isCounter() || counter.tree() != this) {
      throw new IllegalArgumentException("jagged branch '" + branchName + "' needs a counter of tree '" + name + "'");
    }
    return add(branchName, branchTitle, type, 1, counter, false);
  }

  private BranchWriter add(String branchName, String branchTitle, LeafType type, int perEntry, BranchWriter counter,
      boolean isCounter) {
    if (entries > 0 || basketStart > 0) {
      throw new IllegalStateException("tree '" + name + "': branches must be declared before the first entry");
    }
    if (type == LeafType.STRING) {
      throw new IllegalArgumentException("branch '" + branchName + "': string branches cannot be written");
    }
    if (branches.containsKey(branchName)) {
      throw new IllegalArgumentException("tree '" + name + "' already has a branch '" + branchName + "'");
    }
    BranchWriter b = new BranchWriter(this, branchName, branchTitle == null ? "" : branchTitle, type, perEntry,
        counter, isCounter, file.options().basketBytes());
    branches.put(branchName, b);
    return b;
  }

  /** Closes the current entry; throws, naming the branch, if one received the wrong number of values. */
  public void endEntry() throws IOException {
    file.checkWritable();
    for (BranchWriter b : branches.values()) {
      try {
        b.closeEntry(entries);
      } catch (IllegalStateException e) {
        file.fail();
        throw new IllegalStateException("tree '" + name + "': " + e.getMessage(), e);
      }
    }
    entries++;
    if (clusterEnds()) {
      finish();
      return;
    }
    int limit = file.options().basketBytes();
    for (BranchWriter b : branches.values()) {
      if (b.basketFull(limit)) {
        flush(b);
      }
    }
  }

  /**
   * True if the entry just closed ends a cluster, as ROOT's {@code TTree::Fill} decides: every
   * {@code clusterEntries} entries, or, under a negative autoFlush, as soon as the compressed baskets
   * pass its size, which then fixes {@code clusterEntries}.
   */
  private boolean clusterEnds() {
    if (clusterEntries > 0) {
      return entries % clusterEntries == 0;
    }
    long autoFlush = file.options().autoFlush();
    if (autoFlush < 0 && zipped > -autoFlush) {
      clusterEntries = entries;
      return true;
    }
    return false;
  }

  private void flush(BranchWriter b) throws IOException {
    long before = b.zippedBytes();
    file.flush(b, entries - b.pendingEntries());
    zipped += b.zippedBytes() - before;
  }

  /** Flushes every pending basket: at a cluster's end, and once when the file is committed. */
  void finish() throws IOException {
    for (BranchWriter b : branches.values()) {
      flush(b);
    }
  }

  /**
   * The {@code fAutoFlush} ROOT stores: the entries per cluster once the first cluster has ended,
   * else the option as given. ROOT's readers cut a tree into clusters from a positive value.
   */
  long autoFlush() {
    return clusterEntries > 0 ? clusterEntries : file.options().autoFlush();
  }

  List<BranchWriter> branchList() {
    return new ArrayList<>(branches.values());
  }

  String title() {
    return title;
  }
}

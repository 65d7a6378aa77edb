package org.cortado.rootio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A TTree: its entry count and its branches, each ready to be read. */
public final class TTree implements EventTable {
  private final RootFile file;
  private final String path;
  private final String title;
  private final long entries;
  private final List<Branch> branches;
  private final Map<String, Branch> byName;

  TTree(RootFile file, String path, String title, long entries, List<Branch> topLevel, List<Branch> all) {
    this.file = file;
    this.path = path;
    this.title = title;
    this.entries = entries;
    Set<Branch> top = Collections.newSetFromMap(new IdentityHashMap<>());
    top.addAll(topLevel);
    for (Branch b : all) {
      b.resolveKind(top.contains(b));
    }
    List<Branch> ordered = new ArrayList<>();
    flatten(topLevel, ordered);
    this.branches = Collections.unmodifiableList(ordered);
    Map<String, Branch> names = new LinkedHashMap<>();
    for (Branch b : ordered) {
      names.putIfAbsent(b.name(), b);
    }
    this.byName = Collections.unmodifiableMap(names);
    linkCounters(all);
  }

  private static void flatten(List<Branch> level, List<Branch> out) {
    for (Branch b : level) {
      out.add(b);
      out.addAll(b.leafColumns());
      flatten(b.subBranches(), out);
    }
  }

  /** Counter leaves are found by object identity first, then by the name in the leaf's title. */
  private void linkCounters(List<Branch> all) {
    Map<Leaf, Branch> owners = new IdentityHashMap<>();
    for (Branch b : all) {
      if (b.leaf() != null) {
        owners.put(b.leaf(), b);
      }
    }
    for (Branch b : all) {
      Leaf leaf = b.leaf();
      if (leaf == null || leaf.count() == null) {
        continue;
      }
      Branch counter = owners.get(leaf.count());
      if (counter == null) {
        counter = byName.get(leaf.count().name());
      }
      if (counter != null && counter.canCount(b)) {
        b.linkCounter(counter);
      }
    }
  }

  @Override
  public RootFile file() {
    return file;
  }

  /** The tree's path in its file, e.g. {@code Events}. */
  @Override
  public String name() {
    return path;
  }

  public String title() {
    return title;
  }

  @Override
  public long entries() {
    return entries;
  }

  /** All branches in file order, sub-branches and leaf-list columns after their parent. */
  public List<Branch> branches() {
    return branches;
  }

  public Optional<Branch> findBranch(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  @Override
  public List<Branch> columns() {
    return branches();
  }

  @Override
  public Optional<EventColumn> findColumn(String name) {
    return findBranch(name).map(EventColumn.class::cast);
  }

  @Override
  public Branch column(String name) throws RootFormatException {
    return branch(name);
  }

  /** The branch called {@code name}; the error for a missing one suggests the closest names. */
  public Branch branch(String name) throws RootFormatException {
    return Suggestions.named(byName, name, file.describe("tree '" + path + "'"), "branch");
  }

  /**
   * Announces that the entries {@code [start, stop)} of {@code branches} are about to be read. A
   * remote file fetches the baskets holding them (and their counters') in a few merged requests,
   * instead of one request per basket as the reads come; a local file ignores it. Readers of a
   * remote file should call it once per entry range, best per basket cluster, before reading the
   * branches. Reads are correct without it.
   *
   * <pre>{@code
   * events.prefetch(List.of(nMuon, muonPt, muonEta), start, stop);
   * nMuon.readInts(start, stop, counts);
   * muonPt.readFloats(start, stop, pt);
   * }</pre>
   */
  public void prefetch(Collection<Branch> branches, long start, long stop) throws IOException {
    if (start < 0 || stop < start || stop > entries) {
      throw new IndexOutOfBoundsException(file.describe("tree '" + path + "'") + ": entry range [" + start + ", "
          + stop + ") is outside [0, " + entries + ")");
    }
    List<ByteRange> ranges = new ArrayList<>();
    for (Branch b : branches) {
      b.basketRanges(start, stop, ranges);
    }
    file.prefetch(ranges);
  }

  @Override
  public String toString() {
    return "TTree[" + path + ", " + entries + " entries, " + branches.size() + " branches]";
  }
}

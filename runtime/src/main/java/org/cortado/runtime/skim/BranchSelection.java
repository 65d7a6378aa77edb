package org.cortado.runtime.skim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cortado.rootio.Branch;
import org.cortado.rootio.Globs;
import org.cortado.rootio.LeafType;
import org.cortado.rootio.TTree;

/**
 * The branches of a tree a skim keeps, in the tree's order: those matching any glob (all when
 * there is none), plus the counter of every kept jagged branch, without which it cannot be read.
 */
final class BranchSelection {
  private BranchSelection() {}

  /**
   * The kept branches of {@code tree}. A glob may match nothing in one file (a branch of
   * simulation only, in a data file); {@link SkimFiles#checkBranches} refuses one that matches
   * nothing anywhere.
   *
   * @throws IllegalArgumentException naming the file and a kept branch that cannot be written
   *     (strings, objects, jagged arrays of arrays)
   */
  static List<Branch> of(TTree tree, List<String> globs) {
    Set<Branch> chosen = new LinkedHashSet<>();
    for (String glob : globs) {
      chosen.addAll(matching(tree, glob));
    }
    if (globs.isEmpty()) {
      chosen.addAll(tree.branches());
    }
    for (Branch b : List.copyOf(chosen)) {
      if (b.counter() != null) {
        chosen.add(b.counter());
      }
    }
    List<Branch> out = new ArrayList<>();
    for (Branch b : tree.branches()) {
      if (chosen.contains(b)) {
        check(tree, b);
        out.add(b);
      }
    }
    return out;
  }

  /** The branches of {@code tree} that {@code glob} matches, in order. */
  static List<Branch> matching(TTree tree, String glob) {
    List<Branch> out = new ArrayList<>();
    for (Branch b : tree.branches()) {
      if (Globs.matches(glob, b.name())) {
        out.add(b);
      }
    }
    return out;
  }

  private static void check(TTree tree, Branch b) {
    String problem = null;
    if (b.unsupportedReason() != null) {
      problem = "cannot be read (" + b.unsupportedReason() + ")";
    } else if (b.type() == null || b.type() == LeafType.STRING || !b.subBranches().isEmpty()) {
      problem = "holds " + b.typeName() + ", which skims cannot write";
    } else if (b.isJagged() && (b.counter() == null || b.elementsPerEntry() > 1)) {
      problem = "is a jagged branch without a counter branch, or of arrays, which skims cannot"
          + " write";
    }
    if (problem != null) {
      throw new IllegalArgumentException(tree.file().path() + ": branch '" + b.name() + "' of tree '"
          + tree.name() + "' " + problem + "; leave it out with --skim-branches");
    }
  }
}

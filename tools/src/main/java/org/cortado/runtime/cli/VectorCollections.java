package org.cortado.runtime.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cortado.rootio.EventColumn;
import org.cortado.rootio.EventTable;
import org.cortado.rootio.LeafType;

/**
 * Groups the {@code std::vector}/{@code RVec} branches of a tree that have no counter branch (what an
 * RDataFrame {@code Define} such as {@code GoodJet_pt = Jet_pt[Jet_pt > 25]} writes) into collections,
 * so that the schema gives each a counter name {@code n<collection>} as NanoAOD's {@code nJet}. The
 * collection of {@code X_f} is the prefix the user declares, or else the shortest prefix ending before
 * an underscore whose vectors all have the same sizes over the first entries: {@code GoodJet_pt} and
 * {@code GoodJet_eta} group as {@code GoodJet}, apart from {@code GoodMuon_pt}, while
 * {@code Jet_pt_nom} stays with {@code Jet_eta}. A run checks the sizes of every entry it reads.
 */
final class VectorCollections {
  /** Entries whose sizes decide a grouping: enough to tell collections apart, cheap to read. */
  private static final int SAMPLED_ENTRIES = 10_000;

  private final EventTable tree;
  private final List<EventColumn> vectors;
  private final int sampled;
  private final Map<String, int[]> sizes = new HashMap<>();

  private VectorCollections(EventTable tree) {
    this.tree = tree;
    this.vectors = tree.columns().stream().filter(VectorCollections::isVector).map(EventColumn.class::cast).toList();
    this.sampled = (int) Math.min(tree.entries(), SAMPLED_ENTRIES);
  }

  /** A vector of one number per element with no counter branch. */
  static boolean isVector(EventColumn b) {
    return b.sizedByItself() && b.type() != null && b.type() != LeafType.STRING && b.elementsPerEntry() == 1;
  }

  /**
   * The counter name of every vector branch of {@code tree} that belongs to a collection, by branch
   * name; {@code declared} collections take precedence, the longest matching first.
   */
  static Map<String, String> counters(EventTable tree, List<String> declared) throws IOException {
    VectorCollections grouping = new VectorCollections(tree);
    List<String> longestFirst = declared.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    Map<String, String> counters = new TreeMap<>();
    for (EventColumn v : grouping.vectors) {
      String collection = longestFirst.stream().filter(c -> v.name().startsWith(c + "_")).findFirst().orElse(null);
      if (collection == null) {
        collection = grouping.inferred(v);
      }
      if (collection != null) {
        counters.put(v.name(), "n" + collection);
      }
    }
    return counters;
  }

  /** The shortest prefix of {@code v} whose vectors have equal sizes, or null. */
  private String inferred(EventColumn v) throws IOException {
    for (int cut = v.name().indexOf('_'); cut > 0; cut = v.name().indexOf('_', cut + 1)) {
      String prefix = v.name().substring(0, cut);
      if (tree.findColumn("n" + prefix).isPresent()) {
        continue; // a real counter of other branches: a vector must not borrow its name
      }
      boolean together = true;
      for (EventColumn other : vectors) {
        if (other.name().startsWith(prefix + "_") && !Arrays.equals(offsets(v), offsets(other))) {
          together = false;
          break;
        }
      }
      if (together) {
        return prefix;
      }
    }
    return null;
  }

  private int[] offsets(EventColumn b) throws IOException {
    int[] o = sizes.get(b.name());
    if (o == null) {
      o = new int[sampled + 1];
      b.readOffsets(0, sampled, o);
      sizes.put(b.name(), o);
    }
    return o;
  }
}

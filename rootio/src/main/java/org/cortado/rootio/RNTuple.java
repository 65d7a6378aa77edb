package org.cortado.rootio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An RNTuple (binary format 1.0, as ROOT 6.34 and later write it) opened from a {@link RootFile}: its
 * entries, clusters and the readable fields of its schema, each a {@link RNTupleField} named by its
 * dotted path as uproot names it ({@code "three_LV.pt"}; a record's {@code _0} member is {@code "0"};
 * members of base classes appear as the derived class's, prefixed by the base class where names clash).
 * Collections ({@code std::vector}, {@code RVec}, the {@code _collection0} of {@code RNTupleImporter}) and
 * fixed-size arrays are levels of the fields inside them; projected fields read their source's columns.
 * Variants and streamer fields are listed but refuse to be read.
 */
public final class RNTuple implements EventTable {
  private static final Pattern TUPLE_MEMBER = Pattern.compile("_[0-9]+");
  private static final Pattern BASE_CLASS = Pattern.compile(":_[0-9]+");

  private final RootFile file;
  private final String path;
  private final RNTupleLayout layout;
  private final long[] clusterStarts;
  private final List<RNTupleField> fields = new ArrayList<>();
  private final Map<String, RNTupleField> byName = new LinkedHashMap<>();
  private final List<List<Integer>> children = new ArrayList<>();
  private final ThreadLocal<RNTupleBuffers> buffers;

  private RNTuple(RootFile file, String path, RNTupleLayout layout) throws RootFormatException {
    this.file = file;
    this.path = path;
    this.layout = layout;
    List<RCluster> clusters = layout.clusters();
    clusterStarts = new long[clusters.size() + 1];
    for (int c = 0; c < clusters.size(); c++) {
      clusterStarts[c + 1] = clusterStarts[c] + clusters.get(c).entries();
    }
    int columnCount = layout.columns().size();
    buffers = ThreadLocal.withInitial(() -> new RNTupleBuffers(columnCount));
    for (int i = 0; i < layout.fields().size(); i++) {
      children.add(new ArrayList<>());
    }
    for (RFieldRecord f : layout.fields()) {
      if (!f.isTopLevel()) {
        children.get(f.parent()).add(f.id());
      }
    }
    for (RFieldRecord f : layout.fields()) {
      if (f.isTopLevel()) {
        walk(f.id(), f.name(), f.typeName(), List.of());
      }
    }
  }

  static RNTuple open(RootFile file, String path, ByteReader anchor) throws IOException {
    String where = file.describe("RNTuple '" + path + "'");
    return new RNTuple(file, path, RNTupleParser.parse(file, anchor, where));
  }

  @Override
  public String name() {
    return path;
  }

  public String description() {
    return layout.description();
  }

  @Override
  public long entries() {
    return clusterStarts[clusterStarts.length - 1];
  }

  /** The readable fields (and the unsupported ones, which say why), in schema order. */
  public List<RNTupleField> fields() {
    return Collections.unmodifiableList(fields);
  }

  public List<String> fieldNames() {
    return List.copyOf(byName.keySet());
  }

  @Override
  public List<RNTupleField> columns() {
    return fields();
  }

  @Override
  public Optional<EventColumn> findColumn(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  @Override
  public RNTupleField column(String name) throws RootFormatException {
    return field(name);
  }

  /** The field called {@code name}; the error for a missing one suggests the closest names. */
  public RNTupleField field(String name) throws RootFormatException {
    return Suggestions.named(byName, name, describe(), "field");
  }

  public int clusterCount() {
    return layout.clusters().size();
  }

  /** The first entry of each cluster, then the entry count: cluster {@code c} holds entries [b[c], b[c+1]). */
  public long[] clusterBoundaries() {
    return clusterStarts.clone();
  }

  String describe() {
    return file.describe("RNTuple '" + path + "'");
  }

  @Override
  public RootFile file() {
    return file;
  }

  RNTupleBuffers buffers() {
    return buffers.get();
  }

  RCluster cluster(int c) {
    return layout.clusters().get(c);
  }

  RColumnRecord column(int id) {
    return layout.columns().get(id);
  }

  long clusterStart(int c) {
    return clusterStarts[c];
  }

  /** The cluster holding {@code entry}. */
  int clusterOf(long entry) {
    int i = java.util.Arrays.binarySearch(clusterStarts, entry);
    int c = i >= 0 ? i : -i - 2;
    // Empty clusters share their start with the next one; pick the one that holds the entry.
    while (c + 1 < clusterCount() && clusterStarts[c + 1] <= entry) {
      c++;
    }
    return Math.max(0, c);
  }

  /** The columns of the representation that is active in cluster {@code c} (the others are suppressed there). */
  int[] representation(int c, int[][] reps) {
    RCluster cluster = cluster(c);
    for (int[] rep : reps) {
      if (!cluster.column(rep[0]).suppressed()) {
        return rep;
      }
    }
    return reps[0];
  }

  /** Physical columns of a field, grouped by representation index. */
  private int[][] columnsOf(int field) {
    Map<Integer, List<Integer>> reps = new TreeMap<>();
    for (RColumnRecord c : layout.columns()) {
      if (c.field() == field) {
        reps.computeIfAbsent(c.representation(), k -> new ArrayList<>()).add(c.id());
      }
    }
    return reps.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
  }

  private void walk(int id, String name, String typeName, List<RLevel> levels) {
    RFieldRecord f = layout.fields().get(id);
    int[][] cols = columnsOf(f.dataField());
    List<Integer> kids = children.get(id);
    switch (f.role()) {
      case RFieldRecord.LEAF -> {
        if (f.repetition() > 0) {
          List<RLevel> inner = append(levels, RLevel.array(f.repetition()));
          if (kids.isEmpty()) {
            leaf(name, typeName, inner, cols);
          } else if (kids.size() == 1) {
            walk(kids.get(0), name, typeName, inner);
          } else {
            unsupported(name, typeName, "an array field with " + kids.size() + " item fields");
          }
        } else if (cols.length > 0) {
          leaf(name, typeName, levels, cols);
        } else if (kids.size() == 1) {
          walk(kids.get(0), name, typeName, levels); // std::atomic<T> wraps one field of T
        } else {
          unsupported(name, typeName, "a leaf field without columns");
        }
      }
      case RFieldRecord.COLLECTION -> {
        if (cols.length == 0 || cols[0].length != 1 || !column(cols[0][0]).type().isIndex()) {
          unsupported(name, typeName, "a collection without an offset column");
        } else if (kids.size() == 1) {
          walk(kids.get(0), name, typeName, append(levels, RLevel.collection(cols)));
        } else {
          members(kids, name, append(levels, RLevel.collection(cols)), false);
        }
      }
      case RFieldRecord.RECORD -> members(kids, name, levels, true);
      case RFieldRecord.VARIANT -> unsupported(name, typeName, "a std::variant, which is not supported");
      case RFieldRecord.STREAMER -> unsupported(name, typeName, "stored by the ROOT streamer, which is not supported");
      default -> unsupported(name, typeName, "a field of unknown structural role " + f.role());
    }
  }

  /**
   * Walks the members of a record (or of an untyped collection), with the members of base classes
   * ({@code :_0}, ...) hoisted into it; a hoisted name that clashes is prefixed by its base class.
   */
  private void members(List<Integer> kids, String name, List<RLevel> levels, boolean record) {
    List<int[]> found = new ArrayList<>(); // {field id, id of the outermost base class or -1}
    hoist(kids, -1, found);
    Map<String, Integer> uses = new TreeMap<>();
    for (int[] m : found) {
      uses.merge(memberName(m[0], record), 1, Integer::sum);
    }
    for (int[] m : found) {
      RFieldRecord member = layout.fields().get(m[0]);
      String own = memberName(m[0], record);
      if (uses.get(own) > 1 && m[1] >= 0) {
        own = layout.fields().get(m[1]).typeName() + "::" + own;
      }
      walk(m[0], name + "." + own, member.typeName(), levels);
    }
  }

  private void hoist(List<Integer> kids, int base, List<int[]> out) {
    for (int k : kids) {
      RFieldRecord f = layout.fields().get(k);
      if (f.role() == RFieldRecord.RECORD && BASE_CLASS.matcher(f.name()).matches()) {
        hoist(children.get(k), base >= 0 ? base : k, out);
      } else {
        out.add(new int[] {k, base});
      }
    }
  }

  private String memberName(int id, boolean record) {
    String own = layout.fields().get(id).name();
    return record && TUPLE_MEMBER.matcher(own).matches() ? own.substring(1) : own;
  }

  private void leaf(String name, String typeName, List<RLevel> levels, int[][] cols) {
    RColumnRecord first = column(cols[0][0]);
    int width = cols[0].length;
    for (int[] rep : cols) {
      if (rep.length != width) {
        unsupported(name, typeName, "representations with different numbers of columns");
        return;
      }
    }
    if (typeName.startsWith("ROOT::RNTupleCardinality<") && width == 1 && first.type().isIndex()) {
      LeafType t = typeName.contains("64") ? LeafType.UINT64 : LeafType.UINT32;
      add(name, typeName, t, RNTupleField.Kind.CARDINALITY, levels, cols, null);
    } else if (width == 2 && first.type().isIndex() && column(cols[0][1]).type() == RColumnType.CHAR) {
      add(name, typeName, LeafType.STRING, RNTupleField.Kind.STRINGS, levels, cols, null);
    } else if (width == 1 && first.type().decoded() != null) {
      LeafType widest = first.type().decoded();
      for (int[] rep : cols) {
        LeafType t = column(rep[0]).type().decoded();
        if (t == null) {
          unsupported(name, typeName, "representations of different kinds");
          return;
        }
        if (t.size() > widest.size()) {
          widest = t;
        }
      }
      add(name, typeName, widest, RNTupleField.Kind.VALUES, levels, cols, null);
    } else {
      unsupported(name, typeName, "columns of type " + first.type() + (width > 1 ? " and " + (width - 1) + " more" : ""));
    }
  }

  private void unsupported(String name, String typeName, String why) {
    add(name, typeName, null, RNTupleField.Kind.VALUES, List.of(), new int[0][], "is " + why);
  }

  private void add(String name, String typeName, LeafType type, RNTupleField.Kind kind, List<RLevel> levels,
      int[][] cols, String unsupported) {
    RNTupleField f = new RNTupleField(this, name, typeName, type, kind, levels, cols, unsupported);
    fields.add(f);
    byName.putIfAbsent(name, f);
  }

  private static List<RLevel> append(List<RLevel> levels, RLevel level) {
    List<RLevel> out = new ArrayList<>(levels);
    out.add(level);
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "RNTuple[" + path + " in " + file.location() + "]";
  }
}

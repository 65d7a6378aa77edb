package org.cortado.runtime.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cortado.rootio.Branch;
import org.cortado.rootio.EventColumn;
import org.cortado.rootio.EventTable;
import org.cortado.rootio.RootFormatException;
import org.cortado.rootio.TTree;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.kernel.ChunkKernel;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * The branches of one file that a kernel reads, resolved and checked once per file: each value
 * branch with the array kind it is read into, each counter branch, and the file's cluster
 * boundaries over exactly these branches. The table may be a TTree or an RNTuple with the same
 * columns ({@link org.cortado.rootio.RootFile#table}).
 */
final class FileColumns {
  private static final Pattern QUOTED_BRANCH = Pattern.compile("branch '([^']+)'");

  /** A value branch and how it is read. */
  record Column(String name, EventColumn branch, ColumnKind kind) {}

  /**
   * What gives a collection's offsets: a counter branch such as {@code nMuon}, or, for a collection
   * {@code X} stored as {@code std::vector}/{@code RVec} branches {@code X_*} with no counter (the
   * columns an RDataFrame {@code Define} writes), those vectors, read with their offsets in one pass.
   * The first vector's sizes are the offsets; the others must have the same sizes in every entry,
   * which {@link ChunkReader} checks.
   */
  record Counter(String name, EventColumn branch, List<Column> vectors) {
    static Counter of(String name, EventColumn branch) {
      return new Counter(name, branch, List.of());
    }

    static Counter ofVectors(String name, List<Column> vectors) {
      return new Counter(name, vectors.get(0).branch(), List.copyOf(vectors));
    }

    boolean fromVectors() {
      return !vectors.isEmpty();
    }
  }

  /**
   * What the kernel's probe depends on: the dataset and the array kinds of the columns (counters
   * are read as offsets whatever their integer type). Files alike are probed once.
   */
  record Probed(String dataset, DatasetMetadata metadata, List<ColumnKind> kinds) {}

  private final EventTable tree;
  private final List<Column> columns;
  private final List<Counter> counters;
  /** The columns that are no vector of a collection, whose values are read on their own. */
  private final List<Column> plainColumns;
  /** The tree of a remote file, told ahead what each chunk reads; null for a local file. */
  private final TTree remote;
  /** The branches read, counters included: what a remote file is asked to prefetch. */
  private final List<Branch> prefetched;
  private final long[] clusters;

  private FileColumns(EventTable tree, List<Column> columns, List<Counter> counters, long[] clusters) {
    this.tree = tree;
    this.columns = List.copyOf(columns);
    this.counters = List.copyOf(counters);
    this.plainColumns = columns.stream()
        .filter(c -> counters.stream().noneMatch(k -> k.vectors().contains(c))).toList();
    this.clusters = clusters;
    List<Branch> read = new ArrayList<>();
    columns.forEach(c -> addBranch(read, c.branch()));
    counters.forEach(c -> addBranch(read, c.branch()));
    this.remote = !tree.file().isLocal() && tree instanceof TTree t ? t : null;
    this.prefetched = List.copyOf(read);
  }

  private static void addBranch(List<Branch> read, EventColumn c) {
    if (c instanceof Branch b) {
      read.add(b);
    }
  }

  /**
   * Tells a remote file which baskets the entries {@code range} are about to be read from, so that
   * they come in a few large range requests rather than one per basket; local files need not know.
   */
  void prefetch(Span range) throws IOException {
    if (remote != null) {
      remote.prefetch(prefetched, range.start(), range.stop());
    }
  }

  /**
   * Resolves the kernel's branches in {@code tree} and checks them by running the kernel on an
   * empty chunk made of the file's own types: a kernel fetches all its arrays before its event
   * loop, so a type the kernel was not compiled for fails there, before any work is done.
   *
   * @throws SchemaMismatchException naming the dataset, the file and the branch
   */
  static FileColumns resolve(ChunkKernel kernel, Dataset dataset, EventTable tree,
      Set<Probed> probed) {
    boolean mc = dataset.isMC();
    List<Column> columns = new ArrayList<>();
    List<EventColumn> all = new ArrayList<>();
    for (String name : kernel.branches(mc, dataset.metadata().year())) {
      EventColumn b = require(kernel, dataset, tree, name);
      ColumnKind kind = ColumnKind.of(b.type());
      if (kind == null) {
        throw new SchemaMismatchException(where(dataset, tree) + ": branch '" + name + "' holds "
            + b.typeName() + ", which analysis '" + kernel.name() + "' cannot read", null);
      }
      columns.add(new Column(name, b, kind));
      all.add(b);
    }
    List<Counter> counters = new ArrayList<>();
    for (String name : kernel.counters(mc, dataset.metadata().year())) {
      Optional<Counter> vectors = vectorCounter(tree, name, columns);
      if (vectors.isPresent()) {
        counters.add(vectors.get());
        vectors.get().vectors().forEach(v -> all.add(v.branch()));
        continue;
      }
      EventColumn b = require(kernel, dataset, tree, name);
      if (b.type() == null || !b.type().isInteger() || b.isJagged()) {
        throw new SchemaMismatchException(where(dataset, tree) + ": counter '" + name + "' holds "
            + b.typeName() + ", not one integer per event", null);
      }
      counters.add(Counter.of(name, b));
      all.add(b);
    }
    FileColumns resolved = new FileColumns(tree, columns, counters,
        Chunking.clusterBoundaries(all, tree.entries()));
    // The probe creates the kernel's whole outputs (58 MB for 200 categories of 50 histograms
    // with 7 variations): once per dataset and column types, not once per file.
    Probed signature = new Probed(dataset.name(), dataset.metadata(),
        columns.stream().map(Column::kind).toList());
    if (!probed.contains(signature)) {
      resolved.probe(kernel, dataset);
      probed.add(signature);
    }
    return resolved;
  }

  /**
   * {@code branches} and {@code counters} of {@code tree} as they are, without a kernel to check
   * them against: for reading a file outside a run ({@link Columns}).
   *
   * @throws IllegalArgumentException naming a branch the tree lacks or cannot be read as a column
   */
  static FileColumns of(EventTable tree, Collection<String> branches, Collection<String> counters) {
    List<Column> columns = new ArrayList<>();
    List<EventColumn> all = new ArrayList<>();
    for (String name : branches) {
      EventColumn b = tree.findColumn(name).orElseThrow(() -> new IllegalArgumentException(
          tree.file().location() + ": tree '" + tree.name() + "' has no branch '" + name + "'"));
      ColumnKind kind = ColumnKind.of(b.type());
      if (kind == null) {
        throw new IllegalArgumentException(tree.file().location() + ": branch '" + name + "' holds "
            + b.typeName() + ", which is not a column");
      }
      columns.add(new Column(name, b, kind));
      all.add(b);
    }
    List<Counter> out = new ArrayList<>();
    for (String name : counters) {
      Optional<Counter> vectors = vectorCounter(tree, name, columns);
      if (vectors.isPresent()) {
        out.add(vectors.get());
        vectors.get().vectors().forEach(v -> all.add(v.branch()));
        continue;
      }
      EventColumn b = tree.findColumn(name).orElseThrow(() -> new IllegalArgumentException(
          tree.file().location() + ": tree '" + tree.name() + "' has no counter '" + name + "'"));
      out.add(Counter.of(name, b));
      all.add(b);
    }
    return new FileColumns(tree, columns, out, Chunking.clusterBoundaries(all, tree.entries()));
  }

  /**
   * The vectors standing in for counter {@code n<X>} when the tree has no such branch: the vector
   * branches {@code X_*} without a counter that are read, or, when only the count is read, the first
   * such vector of the tree, read for its sizes.
   */
  private static Optional<Counter> vectorCounter(EventTable tree, String counter, List<Column> read) {
    if (tree.findColumn(counter).isPresent() || !counter.startsWith("n") || counter.length() < 2) {
      return Optional.empty();
    }
    String prefix = counter.substring(1) + "_";
    List<Column> members = read.stream().filter(c -> isVectorOf(c.branch(), prefix)).toList();
    if (members.isEmpty()) {
      members = tree.columns().stream().filter(b -> isVectorOf(b, prefix) && ColumnKind.of(b.type()) != null)
          .limit(1).map(b -> new Column(b.name(), b, ColumnKind.of(b.type()))).toList();
    }
    return members.isEmpty() ? Optional.empty() : Optional.of(Counter.ofVectors(counter, members));
  }

  private static boolean isVectorOf(EventColumn b, String prefix) {
    return b.name().startsWith(prefix) && b.sizedByItself();
  }

  private static EventColumn require(ChunkKernel kernel, Dataset dataset, EventTable tree, String name) {
    Optional<EventColumn> b = tree.findColumn(name);
    if (b.isEmpty()) {
      throw new SchemaMismatchException(where(dataset, tree) + ": tree '" + tree.name()
          + "' has no branch '" + name + "', which analysis '" + kernel.name() + "' reads;"
          + " the file's NanoAOD schema differs from the one the analysis was compiled against", null);
    }
    return b.get();
  }

  private void probe(ChunkKernel kernel, Dataset dataset) {
    ColumnChunk.Builder empty = ColumnChunk.builder(0).mc(dataset.isMC()).sample(dataset.sample())
        .year(dataset.metadata().year()).era(dataset.metadata().era());
    dataset.metadata().xsec().ifPresent(empty::xsec);
    for (Column c : columns) {
      c.kind().put(empty, c.name(), c.kind().allocate(0));
    }
    for (Counter c : counters) {
      empty.offsets(c.name(), new int[1]);
    }
    try {
      kernel.process(empty.build(), KernelOutputs.create(kernel.layout(), dataset.isMC()));
    } catch (IllegalArgumentException e) {
      Matcher m = QUOTED_BRANCH.matcher(String.valueOf(e.getMessage()));
      String stored = m.find() ? tree.findColumn(m.group(1)).map(b -> " (the file stores "
          + b.typeName() + ")").orElse("") : "";
      throw new SchemaMismatchException(where(dataset, tree) + ": analysis '" + kernel.name()
          + "' cannot read this file's columns: " + e.getMessage() + stored
          + "; the file's NanoAOD schema differs from the one the analysis was compiled against", e);
    }
  }

  private static String where(Dataset dataset, EventTable tree) {
    return "dataset '" + dataset.name() + "', file " + tree.file().location();
  }

  EventTable table() {
    return tree;
  }

  /** The TTree, for copying its branches into skims; an RNTuple's fields cannot be saved as a skim yet. */
  TTree tree() throws RootFormatException {
    if (tree instanceof TTree t) {
      return t;
    }
    throw new RootFormatException(tree.file().location() + ": saving skims of RNTuple '" + tree.name()
        + "' is not supported; skims are written from TTrees");
  }

  /**
   * Fails if the file was deleted or shrank since it was opened. Its pages are mapped: reading past
   * a new end would fault (the JVM throws an {@link InternalError}), and a file that went away
   * mid-run means the dataset is not what was planned.
   */
  void checkUnchanged() throws Changed {
    if (!tree.file().isLocal()) {
      return; // a remote file is read through range requests, not mapped: a change fails those reads
    }
    Path path = tree.file().path();
    long planned = tree.file().length();
    long now;
    try {
      now = Files.size(path);
    } catch (IOException e) {
      throw new Changed("the file was deleted during the run (" + e.getMessage() + ")");
    }
    if (now < planned) {
      throw new Changed("the file was truncated during the run, from " + planned + " to " + now
          + " bytes");
    }
  }

  /** The file changed under a run: retrying cannot bring back what was planned. */
  static final class Changed extends IOException {
    Changed(String message) {
      super(message);
    }
  }

  List<Column> columns() {
    return columns;
  }

  List<Counter> counters() {
    return counters;
  }

  List<Column> plainColumns() {
    return plainColumns;
  }

  /** Cluster boundaries over the branches read, 0 first and the entry count last. */
  long[] clusters() {
    return clusters;
  }
}

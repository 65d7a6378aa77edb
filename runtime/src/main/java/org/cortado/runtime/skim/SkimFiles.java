package org.cortado.runtime.skim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.cortado.rootio.Branch;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.rootio.write.RootWriter;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetCatalog;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.DatasetResult;
import org.cortado.runtime.exec.RunResult;
import org.cortado.runtime.exec.SkimSink;
import org.cortado.runtime.exec.Span;
import org.cortado.runtime.exec.Sources;
import org.cortado.runtime.exec.WorkItem;
import org.cortado.runtime.output.OutputWriter;

/**
 * Writes a run's skims into one folder: a ROOT file per work item as the run goes, then the
 * dataset JSON of the files ({@link #writeDatasets}), or, when the run fails, nothing
 * ({@link #discard}).
 *
 * <pre>{@code
 * SkimFiles skims = SkimFiles.create(new SkimOptions(dir, List.of(), WriteOptions.of(ZSTD, 5)));
 * RunResult result = run.withSkimSink(skims).run(datasets);
 * skims.writeDatasets(result);
 * }</pre>
 */
public final class SkimFiles implements SkimSink {
  /** The dataset JSON of the skims, written last. */
  public static final String DATASETS = "datasets.json";
  /** The trees copied unchanged from each input file beside the skimmed one. */
  private static final List<String> COPIED = List.of("LuminosityBlocks", "Runs");

  private final SkimOptions options;
  /** Per dataset, the committed parts by number. */
  private final Map<String, Map<Integer, Written>> written = new ConcurrentHashMap<>();
  /** The dataset each dataset of the run belongs to, by name: a subsample's is the one split. */
  private final Map<String, Dataset> belongsTo = new ConcurrentHashMap<>();

  /** A committed part: its path relative to the folder and its events. */
  private record Written(Path file, long events) {}

  private SkimFiles(SkimOptions options) {
    this.options = options;
  }

  /**
   * Skims into {@code options.dir()}, which is created if absent.
   *
   * @throws IllegalArgumentException if the folder is a file, is not empty, or cannot be created
   *     or written
   */
  public static SkimFiles create(SkimOptions options) {
    Path dir = options.dir();
    String where = "--save-skimmed " + dir + ": ";
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(where + "is a file, not a folder");
    }
    try {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> content = Files.list(dir)) {
          if (content.findAny().isPresent()) {
            throw new IllegalArgumentException(where + "is not empty; skims go to a new or empty"
                + " folder, so that they are never mixed with other files");
          }
        }
      }
      Files.createDirectories(dir);
      Files.delete(Files.createTempFile(dir, ".cortado-write-test", ""));
    } catch (IOException e) {
      throw new IllegalArgumentException(where + "cannot create or write the folder: " + e, e);
    }
    return new SkimFiles(options);
  }

  /**
   * Checks the branch globs of {@code options} against the first file of each dataset, before the
   * run starts: each must match a branch in one of them at least.
   *
   * @throws IllegalArgumentException naming the glob and the files, or a branch that cannot be
   *     written
   */
  public static void checkBranches(SkimOptions options, List<Dataset> datasets, String tree) {
    List<String> unmatched = new ArrayList<>(options.branches());
    List<String> checked = new ArrayList<>();
    for (Dataset d : datasets) {
      if (d.sources().isEmpty()) {
        continue;
      }
      try (RootFile file = Sources.open(d.sources().get(0))) {
        TTree t = file.tree(tree);
        BranchSelection.of(t, options.branches());
        unmatched.removeIf(glob -> !BranchSelection.matching(t, glob).isEmpty());
        checked.add(file.location());
      } catch (IOException e) {
        // A file that cannot be read is the run's to report, or to skip.
      }
    }
    if (!unmatched.isEmpty() && !checked.isEmpty()) {
      throw new IllegalArgumentException("--skim-branches '" + unmatched.get(0) + "' matches no branch of tree '"
          + tree + "' in " + String.join(", ", checked));
    }
  }

  @Override
  public void runs(Dataset dataset, List<Dataset> runAs) {
    runAs.forEach(d -> belongsTo.put(d.name(), dataset));
  }

  @Override
  public Part open(WorkItem item, int part, TTree tree) throws IOException {
    Dataset dataset = belongsTo.getOrDefault(item.dataset().name(), item.dataset());
    List<Branch> branches = BranchSelection.of(tree, options.branches());
    String stem = Sources.fileName(item.file()).replaceFirst("\\.root$", "");
    Path relative = Path.of(OutputWriter.fileName(dataset.name()),
        String.format(Locale.ROOT, "part-%05d_%s.root", part, stem));
    RootWriter writer = RootWriter.create(options.dir().resolve(relative), options.write());
    try {
      TreeCopy events = new TreeCopy(branches, writer.tree(tree.name(), tree.title()));
      if (item.range().start() == 0) {
        copyTrees(tree, writer);
      }
      return new ItemPart(dataset.name(), part, relative, writer, events);
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  /** Copies {@code Runs} and {@code LuminosityBlocks} of the file, whole. */
  private static void copyTrees(TTree events, RootWriter writer) throws IOException {
    RootFile file = events.file();
    for (String name : COPIED) {
      if (!name.equals(events.name()) && file.treeNames().contains(name)) {
        TTree tree = file.tree(name);
        new TreeCopy(BranchSelection.of(tree, List.of()), writer.tree(name, tree.title()))
            .copyAll(tree);
      }
    }
  }

  /** One item's file, committed into {@link #written}. */
  private final class ItemPart implements Part {
    private final String dataset;
    private final int part;
    private final Path relative;
    private final RootWriter writer;
    private final TreeCopy events;
    private long count;

    ItemPart(String dataset, int part, Path relative, RootWriter writer, TreeCopy events) {
      this.dataset = dataset;
      this.part = part;
      this.relative = relative;
      this.writer = writer;
      this.events = events;
    }

    @Override
    public void add(Span chunk, int[] passing, int n) throws IOException {
      events.copy(chunk.start(), chunk.stop(), passing, n);
      count += n;
    }

    @Override
    public void commit() throws IOException {
      writer.commit();
      written.computeIfAbsent(dataset, k -> new ConcurrentSkipListMap<>())
          .put(part, new Written(relative, count));
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }

  /**
   * Writes {@code datasets.json}: each dataset of the run with its skimmed files, {@code isSkim},
   * {@code nevents} the skimmed events and, for simulation normalised by its generator weights,
   * {@code sum_genweights} the sum the run normalised by (of the events it read), which a run on
   * the skims uses instead of the skimmed events' own. Returns its path.
   */
  public Path writeDatasets(RunResult result) throws IOException {
    List<Dataset> skims = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (DatasetResult r : result.datasets()) {
      Dataset d = belongsTo.getOrDefault(r.dataset().name(), r.dataset());
      if (!listed.add(d.name())) {
        continue; // another subsample of the same dataset
      }
      DatasetMetadata m = d.metadata();
      List<Path> files = new ArrayList<>();
      long events = 0;
      for (Written w : written.getOrDefault(d.name(), Map.of()).values()) {
        files.add(w.file());
        events += w.events();
      }
      OptionalDouble sum = !m.isMC() ? OptionalDouble.empty()
          : r.normalised() ? OptionalDouble.of(r.sumGenweights())
          : m.isSkim() ? m.sumGenweights() : OptionalDouble.empty();
      skims.add(new Dataset(d.name(), new DatasetMetadata(m.sample(), m.year(), m.isMC(),
          m.xsec(), m.era(), sum, OptionalLong.of(events), true, m.extra()), files));
    }
    Path json = options.dir().resolve(DATASETS);
    DatasetCatalog.of(skims).write(json);
    return json;
  }

  /** Deletes what this run wrote into the folder, leaving it empty: for a failed run. */
  public void discard() throws IOException {
    for (Map.Entry<String, Map<Integer, Written>> d : written.entrySet()) {
      for (Written w : d.getValue().values()) {
        Files.deleteIfExists(options.dir().resolve(w.file()));
      }
    }
    written.clear();
    try (Stream<Path> dirs = Files.list(options.dir())) {
      for (Path p : dirs.sorted(Comparator.reverseOrder()).toList()) {
        if (Files.isDirectory(p)) {
          try (Stream<Path> left = Files.list(p)) {
            if (left.findAny().isEmpty()) {
              Files.delete(p);
            }
          }
        }
      }
    }
  }

  /** The skimmed events so far, over all datasets. */
  public long events() {
    long n = 0;
    for (Map<Integer, Written> parts : written.values()) {
      for (Written w : parts.values()) {
        n += w.events();
      }
    }
    return n;
  }
}

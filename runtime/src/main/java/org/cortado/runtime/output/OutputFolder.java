package org.cortado.runtime.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.exec.ColumnSink;
import org.cortado.runtime.exec.PartsWriter;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * An output folder in the making, replaced whole or not at all. The outputs are written to a hidden
 * folder beside it, {@code .<name>.cortado-new-*}, which takes the folder's place only once
 * complete: the previous folder is renamed to {@code .<name>.cortado-old}, the new one renamed into
 * place, and whatever the previous folder held that Cortado does not write (inputs, plots) moved
 * over before the old one is deleted. A lock beside the folder ({@link OutputLock},
 * {@code .<name>.cortado-lock}, which stays) keeps a second run out for the whole time.
 *
 * <p>A run killed at any moment leaves Cortado's files either all old or all new, or, if killed
 * between the two renames, the folder absent and the old one beside it; the next run on the folder
 * finishes or rolls back that commit and deletes the staging folders of dead runs before it
 * starts. A failed write (a full disk) leaves the folder as it was.
 *
 * <pre>{@code
 * try (OutputFolder folder = OutputFolder.open(out)) {
 *   RunResult r = new AnalysisRun(kernel, params, options, progress).withColumnSink(folder.columns()).run(datasets);
 *   OutputWriter.write(folder, r, params, info);
 * }
 * }</pre>
 */
public final class OutputFolder implements AutoCloseable {
  /** The names Cortado writes in an output folder: replaced as a whole, the rest carried over. */
  private static final Set<String> OWN = Set.of(OutputWriter.HISTOGRAMS,
      OutputWriter.HISTOGRAMS_ROOT, OutputWriter.CUTFLOW, OutputWriter.CONFIG,
      OutputWriter.PARAMETERS, OutputWriter.METADATA, OutputWriter.COLUMNS, OutputWriter.RAW);
  private static final String STAGING = ".cortado-new-";
  private static final String OLD = ".cortado-old";
  private static final String LOCK = ".cortado-lock";
  /** Where task attempts write column parts before the one kept is adopted; never committed. */
  private static final String ATTEMPTS = ".attempts";

  /**
   * Accounts for the bytes of each file written, after it is written: the real disk needs nothing,
   * tests give one that fills up and fails as a full disk does.
   */
  @FunctionalInterface
  interface Space {
    Space UNLIMITED = file -> { };

    void wrote(Path file) throws IOException;
  }

  private final Path target;
  private final Path staging;
  private final OutputLock lock;
  private final Space space;
  private boolean committed;

  private OutputFolder(Path target, Path staging, OutputLock lock, Space space) {
    this.target = target;
    this.staging = staging;
    this.lock = lock;
    this.space = space;
  }

  /**
   * Locks {@code target}, puts right what a killed run left beside it, and starts an empty new
   * version of it.
   *
   * @throws OutputLockedException if another run is writing {@code target}
   * @throws IllegalArgumentException if {@code target} is a file or the file-system root
   */
  public static OutputFolder open(Path target) throws IOException {
    return open(target, Space.UNLIMITED);
  }

  static OutputFolder open(Path target, Space space) throws IOException {
    // A link to a folder stands for that folder: renaming the link would move it, not replace it.
    Path t = Files.isDirectory(target) ? target.toRealPath() : target.toAbsolutePath().normalize();
    Path parent = t.getParent();
    if (parent == null) {
      throw new IllegalArgumentException("the output cannot be the file-system root; choose another -o");
    }
    if (Files.exists(t) && !Files.isDirectory(t)) {
      throw new IllegalArgumentException("the output " + target + " exists and is not a folder;"
          + " choose another -o");
    }
    Files.createDirectories(parent);
    OutputLock lock = OutputLock.acquire(beside(t, LOCK), t);
    try {
      recover(t);
      Path staging = Files.createTempDirectory(parent, "." + t.getFileName() + STAGING);
      return new OutputFolder(t, staging, lock, space);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** The folder the outputs go to. */
  public Path target() {
    return target;
  }

  /**
   * Writes each work item's columns into the new version as the item is done; parts that tasks
   * wrote under {@link ColumnSink#scratch()} are moved in when adopted.
   */
  public ColumnSink columns() {
    return new ColumnSink() {
      @Override
      public List<String> accept(Dataset dataset, int part, KernelOutputs outputs)
          throws IOException {
        return OutputWriter.writeColumns(OutputFolder.this::write, dataset, outputs, part);
      }

      @Override
      public Path scratch() {
        return staging.resolve(ATTEMPTS);
      }

      @Override
      public PartsWriter writer() {
        return OutputWriter::writeColumnParts;
      }

      @Override
      public void adopt(Path dir, List<String> parts) throws IOException {
        for (String part : parts) {
          Path file = staging.resolve(part);
          Files.createDirectories(file.getParent());
          Files.move(dir.resolve(part), file, StandardCopyOption.REPLACE_EXISTING);
          space.wrote(file);
        }
      }
    };
  }

  /**
   * Lets {@code writer} write the file {@code relative} of the new version (its parent folders are
   * created); a file written again, as by a retried item, is replaced. The file gets its final
   * name at once (a ROOT file records its name): the staging folder is private, and deleted whole
   * if the run fails.
   */
  void write(Path relative, AtomicFiles.Writer writer) throws IOException {
    Path file = staging.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      writer.writeTo(file);
      space.wrote(file);
    } catch (IOException e) {
      throw new IOException("cannot write " + relative + " of the output " + target + ": "
          + e.getMessage() + "; the output folder is left as it was", e);
    }
  }

  /** Creates the folder {@code relative} in the new version, empty if nothing goes into it. */
  void createFolder(Path relative) throws IOException {
    Files.createDirectories(staging.resolve(relative));
  }

  /** Puts the new version in place of the folder, keeping what Cortado does not write. */
  void commit() throws IOException {
    deleteTree(staging.resolve(ATTEMPTS));
    Path old = beside(target, OLD);
    boolean replacing = Files.exists(target);
    if (replacing) {
      move(target, old);
    }
    move(staging, target);
    committed = true;
    if (replacing) {
      carryOver(old, target);
    }
  }

  /** Deletes the new version unless it was committed, and releases the folder. */
  @Override
  public void close() throws IOException {
    try {
      if (!committed) {
        deleteTree(staging);
      }
    } finally {
      lock.close();
    }
  }

  /**
   * Finishes or rolls back the commit of a killed run and deletes the staging folders of dead
   * runs; called with the lock held, so none of them belongs to a live run.
   */
  private static void recover(Path target) throws IOException {
    Path old = beside(target, OLD);
    if (Files.exists(old)) {
      if (Files.exists(target)) {
        carryOver(old, target);
      } else {
        move(old, target);
      }
    }
    String prefix = "." + target.getFileName() + STAGING;
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
        p -> p.getFileName().toString().startsWith(prefix))) {
      for (Path p : siblings) {
        deleteTree(p);
      }
    }
  }

  /**
   * Moves what Cortado did not write from the previous version {@code old} into {@code target},
   * then deletes {@code old}. A name taken in {@code target} meanwhile stays in {@code old}, which
   * is then kept and named in the error.
   */
  private static void carryOver(Path old, Path target) throws IOException {
    List<Path> clashes = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(old)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (OWN.contains(name)) {
          continue;
        }
        if (Files.exists(target.resolve(name))) {
          clashes.add(p);
        } else {
          move(p, target.resolve(name));
        }
      }
    }
    if (!clashes.isEmpty()) {
      throw new IOException("the previous version of " + target + " is kept in " + old
          + ": its " + clashes + " clash with new files of the same names; move them yourself"
          + " and delete " + old);
    }
    deleteTree(old);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Path beside(Path target, String suffix) {
    return target.resolveSibling("." + target.getFileName() + suffix);
  }

  private static void move(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
  }
}

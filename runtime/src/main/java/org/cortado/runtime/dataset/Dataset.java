package org.cortado.runtime.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One dataset: its name (the JSON key), metadata and input files, in the listed order. */
public record Dataset(String name, DatasetMetadata metadata, List<Path> files) {
  /** Joins a sample and its subsample ({@code DYJetsToLL__bb}), and a dataset and its subsample. */
  public static final String SUBSAMPLE_SEPARATOR = "__";

  /** Copies the file list. */
  public Dataset {
    Objects.requireNonNull(name);
    Objects.requireNonNull(metadata);
    files = List.copyOf(files);
  }

  /** Shortcut for {@code metadata().sample()}. */
  public String sample() {
    return metadata.sample();
  }

  /** Shortcut for {@code metadata().isMC()}. */
  public boolean isMC() {
    return metadata.isMC();
  }

  /**
   * This dataset split as the kernel's {@code subsamples} ({@code <sample>__<name>}) split its
   * sample: one dataset {@code <name>__<subsample>} per subsample, over the same files, or this one
   * alone when its sample is not split.
   */
  public List<Dataset> splitInto(String[] subsamples) {
    List<Dataset> out = new ArrayList<>();
    String prefix = sample() + SUBSAMPLE_SEPARATOR;
    for (String s : subsamples) {
      if (s.startsWith(prefix)) {
        out.add(new Dataset(name + SUBSAMPLE_SEPARATOR + s.substring(prefix.length()),
            metadata.withSample(s), files));
      }
    }
    return out.isEmpty() ? List.of(this) : out;
  }

  /** The same dataset with only its first {@code n} files. */
  public Dataset limitFiles(int n) {
    return n >= files.size() ? this : new Dataset(name, metadata, files.subList(0, n));
  }
}

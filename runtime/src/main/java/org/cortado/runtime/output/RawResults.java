package org.cortado.runtime.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cortado.runtime.exec.DatasetResult;
import org.cortado.runtime.kernel.KernelLayout;

/**
 * A run's typed results as they were before normalisation, {@code raw_results.bin} beside
 * {@code histograms.json}: the layout and, per dataset, its metadata, its merged raw outputs (Σw
 * and Σw² per bin, cut flow, generator-weight sums) and the inputs of its normalisation.
 * {@code cortado merge} adds these and normalises once, as a run does, so it needs no arithmetic
 * on the scaled JSON. Java serialisation of the result classes: read back by the same Cortado
 * version (an older or newer file is refused with a message, never misread).
 */
record RawResults(int format, KernelLayout layout, List<DatasetResult> datasets)
    implements Serializable {
  /** Raised when the classes or the layout of the results change. */
  static final int FORMAT = 1;

  /** Copies the list. */
  RawResults {
    datasets = new ArrayList<>(datasets);
  }

  static void write(Path file, KernelLayout layout, List<DatasetResult> datasets)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
         ObjectOutputStream objects = new ObjectOutputStream(out)) {
      objects.writeObject(new RawResults(FORMAT, layout, datasets));
    }
  }

  /** Reads {@code file}, accepting only Cortado's and the JDK's classes. */
  static RawResults read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
         ObjectInputStream objects = new ObjectInputStream(in)) {
      objects.setObjectInputFilter(
          ObjectInputFilter.Config.createFilter("org.cortado.**;java.**;!*"));
      RawResults r = (RawResults) objects.readObject();
      if (r.format() != FORMAT) {
        throw new IOException(file + ": raw results of format " + r.format() + ", this Cortado"
            + " reads format " + FORMAT + "; re-run with this version");
      }
      return r;
    } catch (InvalidClassException | ClassNotFoundException | ClassCastException e) {
      throw new IOException(file + ": not raw results this Cortado version can read (" + e
          + "); re-run with this version", e);
    }
  }
}

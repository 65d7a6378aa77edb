package org.cortado.processor.codegen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.cortado.processor.RuntimeNames;

/**
 * The generated kernels of a compilation, listed in
 * {@code META-INF/services/org.cortado.runtime.kernel.ChunkKernel} (as JMH lists its benchmarks),
 * so that {@code cortado run --analysis} finds a kernel by its analysis's name or class, nested
 * classes included, without guessing class names. Kernels already listed by an earlier,
 * incremental compilation into the same output are kept.
 */
public final class KernelRegistry {
  /** Where the list goes, a {@code ServiceLoader} file. */
  public static final String RESOURCE = "META-INF/services/" + RuntimeNames.CHUNK_KERNEL.canonicalName();

  private final Set<String> kernels = new TreeSet<>();

  /** Adds a kernel by its binary class name. */
  public void add(String kernel) {
    kernels.add(kernel);
  }

  /** Writes the list, once, at the end of the compilation; nothing when no kernel was written. */
  public void write(Filer filer) throws IOException {
    if (kernels.isEmpty()) {
      return;
    }
    Set<String> all = new TreeSet<>(kernels);
    try {
      FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE);
      try (BufferedReader in = new BufferedReader(new InputStreamReader(existing.openInputStream(),
          StandardCharsets.UTF_8))) {
        in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(all::add);
      }
    } catch (IOException | IllegalArgumentException noneYet) {
      // A first, full compilation has no list to extend.
    }
    FileObject out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE);
    try (Writer w = out.openWriter()) {
      w.write("# Cortado kernels generated in this output (cortado run --analysis NAME finds them here)\n");
      for (String k : all) {
        w.write(k + "\n");
      }
    }
  }
}

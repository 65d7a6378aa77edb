package org.cortado.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.cortado.rootio.Branch;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.runtime.exec.Sources;
import org.cortado.testing.BranchEntries;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Files read through a Hadoop file system: Hadoop's local one stands in for HDFS or S3A (the same
 * {@code FileSystem} API), and every branch reads as through the memory map. A scheme with no file
 * system gets a clear error.
 */
class HadoopSourceTest {
  @Test
  void aFileReadThroughHadoopEqualsTheMappedFile() throws IOException {
    Path local = SharedData.root("nano_dy.root").toAbsolutePath();
    HadoopSourceProvider hadoop = new HadoopSourceProvider();
    assertTrue(hadoop.reads("file"));
    assertFalse(hadoop.reads("nosuchfs"));
    try (RootFile mapped = RootFile.open(local);
        RootFile viaHadoop = RootFile.open(hadoop.open(local.toUri()))) {
      assertFalse(viaHadoop.isLocal());
      TTree a = mapped.tree("Events");
      TTree b = viaHadoop.tree("Events");
      int compared = 0;
      for (Branch x : a.branches()) {
        if (x.unsupportedReason() == null && x.type() != null && x.type() != org.cortado.rootio.LeafType.STRING) {
          assertEquals(BranchEntries.read(x), BranchEntries.read(b.branch(x.name())), x.name());
          compared++;
        }
      }
      assertTrue(compared > 1000, "branches compared: " + compared);
    }
  }

  @Test
  void aSchemeNothingReadsIsNamed() {
    IOException e = assertThrows(IOException.class, () -> Sources.open(URI.create("nosuchfs://host/x.root")));
    assertTrue(e.getMessage().contains("nosuchfs://host/x.root") && e.getMessage().contains("'nosuchfs://'"),
        e.getMessage());
  }
}

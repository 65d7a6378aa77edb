package org.cortado.bench.rootio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cortado.rootio.Branch;
import org.cortado.rootio.LeafType;
import org.cortado.rootio.RootFile;

/**
 * The benchmark input: every numeric branch of the fixtures in {@code ../shared/data/root} written with
 * one compression algorithm. Reading all of them is a few megabytes of decompressed data per pass.
 */
final class Corpus {
  private Corpus() {}

  static List<String> files(String compression) {
    return switch (compression) {
      case "zlib" -> List.of("nano_dy.root", "nano_dimuon.root", "uproot-HZZ-zlib.root", "uproot-Zmumu-zlib.root");
      case "lzma" -> List.of("pfnano.root", "uproot-HZZ-lzma.root", "uproot-Zmumu-lzma.root");
      case "lz4" -> List.of("uproot-HZZ-lz4.root", "uproot-Zmumu-lz4.root");
      case "zstd" -> List.of("uproot-HZZ-zstd.root", "uproot-Zmumu-zstd.root");
      default -> throw new IllegalArgumentException("unknown compression " + compression);
    };
  }

  static Path dataDir() {
    Path dir = Path.of(System.getProperty("cortado.data", "../shared/data/root"));
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("benchmark data not found at " + dir.toAbsolutePath()
          + "; run from the project root or pass -Dcortado.data=DIR");
    }
    return dir;
  }

  static List<RootFile> open(String compression) throws IOException {
    List<RootFile> files = new ArrayList<>();
    for (String name : files(compression)) {
      files.add(RootFile.open(dataDir().resolve(name)));
    }
    return files;
  }

  static List<Branch> numericBranches(List<RootFile> files) throws IOException {
    List<Branch> out = new ArrayList<>();
    for (RootFile f : files) {
      for (String tree : f.treeNames()) {
        for (Branch b : f.tree(tree).branches()) {
          if (b.type() != null && b.type() != LeafType.STRING && b.entries() > 0) {
            out.add(b);
          }
        }
      }
    }
    return out;
  }
}

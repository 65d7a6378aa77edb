package org.cortado.bench.rootio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cortado.rootio.Branch;
import org.cortado.rootio.Compression;
import org.cortado.rootio.LeafType;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;

/**
 * The benchmark input, one compression algorithm at a time: either every numeric branch of the
 * fixtures in {@code ../shared/data/root} (real NanoAOD and uproot files: many branches, small
 * baskets, about a megabyte per pass), or of a 100 000-event Drell-Yan file made by the generator
 * (NanoAOD-sized baskets of 64 kB, about 90 MB per pass), written once to the system's temporary
 * folder and reused.
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

  static List<RootFile> open(String corpus, String compression) throws IOException {
    if (corpus.equals("generated")) {
      return List.of(RootFile.open(generated(compression)));
    }
    List<RootFile> files = new ArrayList<>();
    for (String name : files(compression)) {
      files.add(RootFile.open(dataDir().resolve(name)));
    }
    return files;
  }

  private static final long GENERATED_EVENTS = 100_000;

  private static Path generated(String compression) throws IOException {
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "cortado-bench",
        "dy" + GENERATED_EVENTS + "-" + compression + ".root");
    if (!Files.isRegularFile(file)) {
      Files.createDirectories(file.getParent());
      Compression c = Compression.valueOf(compression.toUpperCase(Locale.ROOT));
      NanoGenerator.generate(Sample.DY, GENERATED_EVENTS, 1, WriteOptions.of(c, c == Compression.LZMA ? 9 : 4),
          file, n -> { });
    }
    return file;
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

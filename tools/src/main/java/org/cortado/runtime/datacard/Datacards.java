package org.cortado.runtime.datacard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cortado.rootio.Compression;
import org.cortado.rootio.write.HistogramData;
import org.cortado.rootio.write.RootWriter;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.output.AtomicFiles;
import org.cortado.runtime.plot.HistogramFile;

/**
 * {@code cortado datacard}: a run's cards written to a folder, per category
 * {@code datacard_<bin>.txt} and {@code shapes_<bin>.root}, and {@code combine_cards.sh}, which
 * combines them and builds the workspace as PocketCoffea's {@code combine_datacards} does. Every
 * card is made before anything is written, so that a configuration error leaves no files, and each
 * file is written atomically.
 */
public final class Datacards {
  /** zlib level 1, as uproot writes shapes: every ROOT version reads it. */
  private static final WriteOptions SHAPES = WriteOptions.of(Compression.ZLIB, 1);

  private Datacards() {}

  /**
   * Writes the cards of run folder {@code run} to {@code output}, returning the files written.
   *
   * @param config the YAML configuration, or null to take everything from the run
   * @param histogram the histogram to fit, overriding the configuration's (null: keep it)
   * @param categories categories overriding the configuration's (null: keep them)
   * @param years periods overriding the configuration's (null: keep them)
   * @param signals processes to take as signal besides those the configuration marks
   * @param warnings told of shapes PocketCoffea would warn about (clipped bins, large shifts)
   */
  public static List<Path> write(Path run, Path config, String histogram, List<String> categories,
      List<String> years, List<String> signals, Path output, Consumer<String> warnings) throws IOException {
    DatacardConfig c = (config == null ? DatacardConfig.defaults() : DatacardConfig.read(config))
        .override(histogram, categories, years);
    HistogramFile file = HistogramFile.open(run);
    Path folder = Files.isDirectory(run) ? run : file.path().toAbsolutePath().getParent();
    List<Datacard> cards = DatacardBuilder.build(file, RunDatasets.read(folder), c, signals, warnings);
    List<Path> written = new ArrayList<>();
    StringBuilder combine = new StringBuilder("#!/bin/bash\n# Combines the cards and builds the workspace (CMS combine).\ncombineCards.py");
    for (Datacard card : cards) {
      String shapes = "shapes_" + card.bin() + ".root";
      Path text = output.resolve("datacard_" + card.bin() + ".txt");
      writeShapes(output.resolve(shapes), card.shapes());
      AtomicFiles.writeString(text, card.text(shapes));
      written.add(text);
      written.add(output.resolve(shapes));
      combine.append(' ').append(card.bin()).append("=datacard_").append(card.bin()).append(".txt");
    }
    combine.append(" > datacard_combined.txt\ntext2workspace.py datacard_combined.txt -o workspace.root\n");
    Path script = output.resolve("combine_cards.sh");
    AtomicFiles.write(script, tmp -> {
      Files.writeString(tmp, combine);
      if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    });
    written.add(script);
    return written;
  }

  private static void writeShapes(Path file, Map<String, HistogramData> shapes) throws IOException {
    try (RootWriter out = RootWriter.create(file, SHAPES)) {
      for (Map.Entry<String, HistogramData> h : shapes.entrySet()) {
        out.histogram(h.getKey(), h.getValue());
      }
      out.commit();
    }
  }
}

package org.cortado.runtime.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetCatalog;
import org.cortado.runtime.dataset.DatasetFormatException;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutants of dataset JSON files as PocketCoffea's build-datasets and {@code cortado datasets}
 * write them. A mutant must fail with a {@link DatasetFormatException} naming the file and the
 * dataset or line, or load into datasets with usable metadata that write back unchanged.
 */
class DatasetMutationTest {
  /** As PocketCoffea's build-datasets writes it, every metadata value a string. */
  private static final String POCKET_COFFEA = """
      {
        "DYto2L-2Jets_MLL-50_2022_postEE": {
          "metadata": {"das_names": "['/DYto2L-2Jets_MLL-50/Run3Summer22EENanoAODv12/NANOAODSIM']",
            "sample": "DYto2L-2Jets_MLL-50", "year": "2022_postEE", "isMC": "True",
            "xsec": "6688.0", "nevents": "76580000", "size": "48120350211", "part": "0"},
          "files": ["dy/part0_1.root", "/store/mc/dy/part0_2.root"]
        },
        "DATA_Muon_2022_EraF": {
          "metadata": {"sample": "DATA_Muon", "year": "2022_postEE", "isMC": "False", "era": "F",
            "primaryDataset": "Muon", "nevents": "1000"},
          "files": ["data/F_1.root"]
        }
      }
      """;

  /** As {@code cortado datasets} writes it, with counts and a skim. */
  private static final String CORTADO = """
      {
        "TTTo2L2Nu_2022": {
          "metadata": {"sample": "TTTo2L2Nu", "year": "2022_postEE", "isMC": "True",
            "xsec": "88.29", "nevents": "120000", "sum_genweights": "3.5e7", "isSkim": "True"},
          "files": ["/data/tt/skim_0.root"]
        }
      }
      """;

  @TempDir Path tmp;

  @Test
  void mutantsFailCleanlyOrLoadUsableDatasets() {
    List<JsonNode> trees = List.of(Mutator.parseJson(POCKET_COFFEA), Mutator.parseJson(CORTADO));
    List<byte[]> texts = List.of(POCKET_COFFEA.getBytes(StandardCharsets.UTF_8),
        CORTADO.getBytes(StandardCharsets.UTF_8));
    Campaign.run("dataset JSON", 1000, 29, r -> {
      int s = r.nextInt(trees.size());
      return attempt(Mutator.jsonMutant(texts.get(s), trees.get(s), r), r);
    });
  }

  private Campaign.Outcome attempt(byte[] mutant, Random r) throws Exception {
    Path file = tmp.resolve("datasets-" + r.nextLong() + ".json");
    Files.write(file, mutant);
    DatasetCatalog catalog;
    try {
      catalog = Campaign.loadOrNull(() -> DatasetCatalog.read(file), DatasetFormatException.class,
          file.toString(), "dataset '", "line", "JSON object", "UTF-8");
    } finally {
      Files.delete(file);
    }
    if (catalog == null) {
      return Campaign.Outcome.CLEAN_ERROR;
    }
    for (Dataset d : catalog.datasets()) {
      DatasetMetadata m = d.metadata();
      Campaign.check(!m.sample().isBlank() && !m.year().isBlank(), "a sample or year is blank");
      Campaign.check(!m.isMC() || m.xsec().isPresent(), "simulation without xsec");
      m.xsec().ifPresent(x -> Campaign.check(Double.isFinite(x) && x >= 0, "xsec is " + x));
      m.sumGenweights().ifPresent(x -> Campaign.check(Double.isFinite(x), "sum_genweights " + x));
      m.nevents().ifPresent(n -> Campaign.check(n >= 0, "nevents is " + n));
      for (Path f : d.files()) {
        Campaign.check(f.isAbsolute() && f.getFileName() != null, "a file path is " + f);
      }
    }
    Path again = tmp.resolve("again-" + r.nextLong() + ".json");
    catalog.write(again);
    try {
      Campaign.check(DatasetCatalog.read(again).datasets().equals(catalog.datasets()),
          "the datasets do not write back unchanged");
    } finally {
      Files.delete(again);
    }
    return Campaign.Outcome.LOADED;
  }
}

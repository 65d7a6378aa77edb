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
  /** As PocketCoffea writes it: every metadata value a string. */
  private static final String POCKET_COFFEA = """
      {
        "DYJetsToLL_M-50_2018": {
          "metadata": {"das_names": "['/DYJetsToLL_M-50/RunIISummer20UL18NanoAODv9/NANOAODSIM']",
            "sample": "DYJetsToLL", "year": "2018", "isMC": "True", "xsec": "6077.22",
            "nevents": "195510810", "size": "257265865671"},
          "files": ["dy/a.root", "/abs/b.root"]
        },
        "DATA_SingleMuon_2018_EraA": {
          "metadata": {"sample": "DATA_SingleMuon", "year": "2018", "isMC": "False", "era": "A",
            "primaryDataset": "SingleMuon"},
          "files": ["data/A_1.root", "data/A_2.root"]
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
    Campaign.run("dataset JSON", 600, 29, r -> {
      int s = r.nextInt(trees.size());
      byte[] mutant = r.nextInt(3) == 0 ? Mutator.bytes(texts.get(s), r)
          : Mutator.json(trees.get(s), r).getBytes(StandardCharsets.UTF_8);
      return attempt(mutant, r);
    });
  }

  private Campaign.Outcome attempt(byte[] mutant, Random r) throws IOException {
    Path file = tmp.resolve("datasets-" + r.nextLong() + ".json");
    Files.write(file, mutant);
    DatasetCatalog catalog;
    try {
      catalog = DatasetCatalog.read(file);
    } catch (DatasetFormatException e) {
      return Campaign.cleanError(e, file.toString(), "dataset '", "line", "JSON object",
          "UTF-8");
    } finally {
      Files.delete(file);
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

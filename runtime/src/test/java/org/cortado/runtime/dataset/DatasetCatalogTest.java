package org.cortado.runtime.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCatalogTest {
  @TempDir Path tmp;

  /** As PocketCoffea's build-datasets writes it: every metadata value a string. */
  private static final String BUILT = """
      {
        "DYJetsToLL_M-50_2018": {
          "metadata": {"das_names": "['/DYJetsToLL_M-50/RunIISummer20UL18NanoAODv9/NANOAODSIM']",
            "sample": "DYJetsToLL", "year": "2018", "isMC": "True", "xsec": "6077.22",
            "nevents": "195510810", "size": "257265865671"},
          "files": ["dy/a.root", "/abs/b.root"]
        },
        "DATA_SingleMuon_2018_EraA": {
          "metadata": {"sample": "DATA_SingleMuon", "year": "2018", "isMC": false, "era": "A",
            "primaryDataset": "SingleMuon"},
          "files": []
        },
        "DATA_SingleMuon_2017_EraB": {
          "metadata": {"sample": "DATA_SingleMuon", "year": "2017", "isMC": "False", "era": "B"},
          "files": []
        }
      }
      """;

  @Test
  void readsStringMetadataLenientlyAndKeepsUnknownKeys() throws IOException {
    Path file = tmp.resolve("datasets.json");
    Files.writeString(file, BUILT);
    DatasetCatalog c = DatasetCatalog.read(file);
    Dataset dy = c.datasets().get(0);
    assertTrue(dy.isMC());
    assertEquals(6077.22, dy.metadata().xsec().getAsDouble());
    assertEquals(195510810L, dy.metadata().nevents().getAsLong());
    assertEquals(List.of(tmp.resolve("dy/a.root"), Path.of("/abs/b.root")), dy.files());
    assertEquals("257265865671", dy.metadata().extra().get("size"));
    assertEquals("SingleMuon", c.datasets().get(1).metadata().extra().get("primaryDataset"));

    assertEquals(2, c.filter(Set.of(), Set.of("2018")).datasets().size());
    assertEquals(List.of("DATA_SingleMuon_2018_EraA", "DATA_SingleMuon_2017_EraB"),
        c.filter(Set.of("DATA_SingleMuon"), Set.of()).datasets().stream().map(Dataset::name).toList());

    Path again = tmp.resolve("again.json");
    c.write(again);
    assertEquals(c.datasets(), DatasetCatalog.read(again).datasets());
  }

  @Test
  void badFilesNameTheFileAndTheDataset() throws IOException {
    assertProblem("{\"DY\": {\"metadata\": {\"sample\": \"DY\", \"isMC\": \"True\", \"xsec\": 1}, \"files\": []}}",
        "dataset 'DY': metadata has no 'year'");
    assertProblem("{\"DY\": {\"metadata\": {\"sample\": \"DY\", \"year\": \"2018\", \"isMC\": \"maybe\"}, \"files\": []}}",
        "dataset 'DY': metadata 'isMC' must be true or false");
    assertProblem("{\"DY\": {\"metadata\": {\"sample\": \"DY\", \"year\": \"2018\", \"isMC\": true, \"xsec\": \"lots\"},"
        + " \"files\": []}}", "dataset 'DY': metadata 'xsec' is not a number");
    assertProblem("{\"DY\": {\"metadata\": {\"sample\": \"DY\", \"year\": \"2018\", \"isMC\": false},"
        + " \"files\": [\"root://eos/x.root\"]}}", "dataset 'DY': remote file 'root://eos/x.root' is not supported");
    assertProblem("{\"DY\": {\"files\": []}}", "dataset 'DY': missing 'metadata' object");
    assertProblem("{\"DY\": ", "not valid JSON");
  }

  @Test
  void metadataOutsideItsRangeIsRefused() throws IOException {
    String head = "{\"DY\": {\"metadata\": {\"sample\": \"DY\", \"year\": \"2018\", \"isMC\": true, ";
    assertProblem(head + "\"xsec\": -1}, \"files\": []}}",
        "dataset 'DY': metadata 'xsec' must be a finite cross-section >= 0 in picobarns, found -1.0");
    assertProblem(head + "\"xsec\": \"NaN\"}, \"files\": []}}", "metadata 'xsec' must be a finite");
    assertProblem(head + "\"xsec\": 1, \"nevents\": 2.5}, \"files\": []}}",
        "dataset 'DY': metadata 'nevents' must be a whole number >= 0, found 2.5");
    assertProblem(head + "\"xsec\": 1, \"nevents\": \"1e30\"}, \"files\": []}}",
        "metadata 'nevents' must be a whole number >= 0");
    assertProblem(head + "\"xsec\": 1, \"sum_genweights\": \"Infinity\"}, \"files\": []}}",
        "metadata 'sum_genweights' must be finite");
    assertProblem(head + "\"xsec\": 1}, \"files\": [\"\"]}}", "'files' lists '', which names no file");
    assertProblem(head + "\"xsec\": 1}, \"files\": [\"a\\u0000.root\"]}}", "which is not a valid path");
    assertProblem("{\"DY\": {\"metadata\": {\"sample\": \" \", \"year\": \"2018\", \"isMC\": false}, "
        + "\"files\": []}}", "metadata 'sample' must be a non-blank string");
    assertProblem("{\"DY\": {\"metadata\": {}, \"files\": []}, \"DY\": {}}", "Duplicate field 'DY'");
    Path latin1 = tmp.resolve("bad.json");
    Files.write(latin1, new byte[] {'{', '"', (byte) 0xe9, '"', ':', '1', '}'});
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> DatasetCatalog.read(latin1));
    assertEquals(latin1 + ": not UTF-8 text", e.getMessage());
  }

  private void assertProblem(String json, String expected) throws IOException {
    Path file = tmp.resolve("bad.json");
    Files.writeString(file, json);
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> DatasetCatalog.read(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}

package org.cortado.runtime.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
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
  void urlsAndFileUrisAreListedBesidePaths() throws IOException {
    Path file = tmp.resolve("datasets.json");
    Files.writeString(file, """
        {"DY": {"metadata": {"sample": "DY", "year": "2018", "isMC": false},
                "files": ["https://eospublic.cern.ch:443/eos/opendata/cms/dy.root", "local/a.root",
                          "file:/abs/c.root", "http://127.0.0.1:8080/d%20e.root"]}}
        """);
    Dataset dy = DatasetCatalog.read(file).datasets().get(0);
    assertEquals(List.of(URI.create("https://eospublic.cern.ch:443/eos/opendata/cms/dy.root"),
        tmp.resolve("local/a.root").toUri(), Path.of("/abs/c.root").toUri(),
        URI.create("http://127.0.0.1:8080/d%20e.root")), dy.sources());
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, dy::files);
    assertTrue(e.getMessage().contains("https://eospublic.cern.ch:443/eos/opendata/cms/dy.root"), e.getMessage());

    Path again = tmp.resolve("again.json");
    DatasetCatalog.read(file).write(again);
    assertTrue(Files.readString(again).contains("\"https://eospublic.cern.ch:443/eos/opendata/cms/dy.root\""));
    assertTrue(Files.readString(again).contains("\"/abs/c.root\""), "local files are written as paths");
    assertEquals(dy, DatasetCatalog.read(again).datasets().get(0));

    String head = "{\"DY\": {\"metadata\": {\"sample\": \"DY\", \"year\": \"2018\", \"isMC\": false}, \"files\": ";
    assertProblem(head + "[\"https:///x.root\"]}}", "'files' lists 'https:///x.root', which names no host");
    assertProblem(head + "[\"https://h/a b.root\"]}}", "which is not a valid URL");
    assertProblem(head + "[\"file:rel.root\"]}}", "which is not an absolute file: URI");
    assertProblem(head + "[\"s3://bucket/x.root\"]}}", "remote file 's3://bucket/x.root' is not supported");
  }

  /** Skims list their parts relative to their folder, which must stay relative through the sources. */
  @Test
  void relativePathsStayRelative() {
    List<Path> files = List.of(Path.of("DY/part-0.root"), Path.of("odd:name.root"), Path.of("/abs/b c.root"));
    Dataset d = new Dataset("DY", DatasetMetadata.data("DY", "2018", ""), files);
    assertEquals(files, d.files());
    assertEquals(null, d.sources().get(0).getScheme());
    assertEquals(null, d.sources().get(1).getScheme());
    assertEquals("file", d.sources().get(2).getScheme());
    String json = DatasetCatalog.of(List.of(d)).toJson();
    assertTrue(json.contains("\"DY/part-0.root\"") && json.contains("\"odd:name.root\""), json);
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

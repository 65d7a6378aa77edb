package org.cortado.runtime.datacard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The datasets of a run as its {@code cutflow.json} lists them: a card needs each dataset's sample,
 * period and kind, which {@code histograms.json} does not hold.
 */
record RunDatasets(Map<String, Info> byName) {
  /** One dataset: its sample, its data-taking period and whether it is simulation. */
  record Info(String sample, String year, boolean mc) {}

  /** Reads {@code cutflow.json} from the run folder {@code run}. */
  static RunDatasets read(Path run) throws IOException {
    Path file = run.resolve("cutflow.json");
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null,
          "no cutflow.json: a datacard needs each dataset's sample, year and kind from it");
    }
    JsonNode datasets = new ObjectMapper().readTree(file.toFile()).path("datasets");
    if (!datasets.isObject()) {
      throw new IOException(file + ": no 'datasets' object (is this a cortado run output?)");
    }
    Map<String, Info> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = datasets.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> d = it.next();
      JsonNode v = d.getValue();
      if (!v.path("sample").isTextual() || !v.path("year").isTextual() || !v.path("isMC").isBoolean()) {
        throw new IOException(file + ": dataset '" + d.getKey() + "' lacks its sample, year or isMC");
      }
      out.put(d.getKey(), new Info(v.get("sample").asText(), v.get("year").asText(), v.get("isMC").asBoolean()));
    }
    return new RunDatasets(out);
  }
}

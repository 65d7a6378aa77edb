package org.cortado.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetCatalog;
import org.cortado.testing.RangeServer;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspect}, {@code dump} and {@code datasets} take http:// URLs and say what they say of the local file. */
class RemoteFilesCliTest {
  @TempDir Path tmp;

  @Test
  void urlsReadAsTheirLocalFiles() throws IOException {
    Path local = SharedData.root("nano_dy.root").toAbsolutePath().normalize();
    try (RangeServer server = RangeServer.serving(local.getParent())) {
      String url = server.url(local).toString();

      CliResult inspectLocal = CliResult.run("inspect", local.toString(), "--branches", "nMuon,Muon_*");
      CliResult inspectUrl = CliResult.run("inspect", url, "--branches", "nMuon,Muon_*");
      assertEquals(0, inspectUrl.exit(), inspectUrl.err());
      assertEquals(inspectLocal.out().replace(local.toString(), url), inspectUrl.out());

      CliResult dumpLocal = CliResult.run("dump", local.toString(), "--entries", "0:40", "--json");
      CliResult dumpUrl = CliResult.run("dump", url, "--entries", "0:40", "--json");
      assertEquals(0, dumpUrl.exit(), dumpUrl.err());
      ObjectMapper json = new ObjectMapper();
      ObjectNode fromLocal = (ObjectNode) json.readTree(dumpLocal.out());
      ObjectNode fromUrl = (ObjectNode) json.readTree(dumpUrl.out());
      assertEquals(url, fromUrl.get("file").asText());
      fromLocal.remove("file");
      fromUrl.remove("file");
      assertEquals(fromLocal, fromUrl);

      Path datasets = tmp.resolve("datasets.json");
      CliResult scanned = CliResult.run("datasets", "--glob", url, "--glob", local.toString(), "--name", "DY",
          "--sample", "DY", "--year", "2018", "--mc", "--xsec", "1", "-o", datasets.toString());
      assertEquals(0, scanned.exit(), scanned.err());
      Dataset dy = DatasetCatalog.read(datasets).datasets().get(0);
      assertEquals(List.of(local.toUri(), URI.create(url)), dy.sources());
      JsonNode one = json.readTree(CliResult.run("dump", local.toString(), "--branches", "genWeight",
          "--entries", "0:40", "--json").out()).get("branches").get("genWeight");
      double sum = 0;
      for (JsonNode w : one) {
        sum += (float) w.asDouble();
      }
      assertEquals(80, dy.metadata().nevents().getAsLong(), "40 events, listed twice");
      assertEquals(2 * sum, dy.metadata().sumGenweights().getAsDouble(), 1e-9 * Math.abs(sum));

      CliResult missing = CliResult.run("inspect", url.replace("nano_dy", "nope"));
      assertTrue(missing.exit() != 0);
      assertTrue(missing.err().contains(url.replace("nano_dy", "nope")) && missing.err().contains("HTTP 404"),
          missing.err());
    }
  }
}

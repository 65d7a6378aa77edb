package org.cortado.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cortado.testing.RangeServer;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cortado run} on a dataset whose file is an http:// URL, served from the loopback address:
 * the histograms, cut flow and column parts are those of the run over the local file, byte for byte,
 * and a server that drops every connection fails the run with an error naming the URL.
 */
class RemoteRunTest {
  private static final String ANALYSIS = "org.cortado.runtime.exec.fixture.DiMuon";

  @TempDir Path tmp;

  @Test
  void aRunOverHttpWritesWhatTheLocalRunWrites() throws IOException {
    Path local = SharedData.root("nano_dy.root").toAbsolutePath().normalize();
    try (RangeServer server = RangeServer.serving(local.getParent())) {
      String url = server.url(local).toString();
      Path localOut = run(datasets("local.json", local.toString()), "local");
      Path remoteOut = run(datasets("remote.json", url), "remote");
      for (String file : new String[] {"histograms.json", "cutflow.json", "columns/DY_2018/os/part-00000.parquet"}) {
        assertArrayEquals(Files.readAllBytes(localOut.resolve(file)), Files.readAllBytes(remoteOut.resolve(file)), file);
      }

      server.failAlways(RangeServer.Fault.DROP);
      CliResult dropped = CliResult.run("run", "--analysis", ANALYSIS, "--datasets", tmp.resolve("remote.json").toString(),
          "-o", tmp.resolve("dropped").toString(), "-q");
      assertTrue(dropped.exit() != 0, dropped.out());
      assertTrue(dropped.err().contains(url), dropped.err());
      assertFalse(Files.exists(tmp.resolve("dropped").resolve("histograms.json")), "no output from a failed run");
    }
  }

  private Path datasets(String name, String file) {
    Path json = tmp.resolve(name);
    CliResult r = CliResult.run("datasets", "--glob", file, "--name", "DY_2018", "--sample", "DYJetsToLL", "--year", "2018",
        "--mc", "--xsec", "6077.22", "-o", json.toString());
    assertEquals(0, r.exit(), r.err());
    return json;
  }

  private Path run(Path datasets, String name) {
    Path out = tmp.resolve(name);
    CliResult r = CliResult.run("run", "--analysis", ANALYSIS, "--datasets", datasets.toString(), "-o", out.toString(),
        "--threads", "2", "--chunk-size", "7", "-q");
    assertEquals(0, r.exit(), r.err());
    return out;
  }
}

package org.cortado.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tarball as a user gets it: unpacked with {@code tar}, {@code bin/cortado} run through a
 * symbolic link from another folder generates a file, inspects it and describes it as a dataset,
 * leaving a class-data-sharing archive for the next runs on Java 19 and later.
 */
class DistributionIT {
  @TempDir Path tmp;

  private String run(Path dir, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("CORTADO_CDS_DIR", tmp.resolve("cds").toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home")); // the Java of this test
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + String.join(" ", command));
    assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
    return out;
  }

  @Test
  void unpackedTarballRunsFromAnyFolder() throws Exception {
    Path tarball = Path.of(System.getProperty("cortado.tarball"));
    assertTrue(Files.isRegularFile(tarball), tarball + " was not built");
    Path install = Files.createDirectories(tmp.resolve("opt"));
    run(install, "tar", "xzf", tarball.toString());
    String name = tarball.getFileName().toString().replace(".tar.gz", "");
    Path launcher = install.resolve(name).resolve("bin/cortado");
    assertTrue(Files.isExecutable(launcher), launcher + " is not executable");
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("cortado"), launcher);
    Path work = Files.createDirectories(tmp.resolve("work"));
    String cortado = bin.resolve("cortado").toString();
    run(work, cortado, "generate", "--sample", "dy", "--events", "500", "--seed", "1", "--quiet", "-o", "dy.root");
    assertTrue(run(work, cortado, "inspect", "dy.root").contains("Muon_pt"));
    run(work, cortado, "datasets", "--glob", "dy.root", "--name", "DY", "--sample", "DYJetsToLL", "--year", "2018",
        "--mc", "--xsec", "6077.22", "-o", "datasets.json");
    List<String> json = Files.readAllLines(work.resolve("datasets.json"));
    assertTrue(String.join("\n", json).contains("\"nevents\" : \"500\""), String.join("\n", json));
    // From Java 19 on, the first run leaves a class-data-sharing archive that the next ones map.
    if (Runtime.version().feature() >= 19) {
      try (var archives = Files.list(tmp.resolve("cds"))) {
        assertTrue(archives.anyMatch(f -> f.getFileName().toString().endsWith(".jsa")), "no CDS archive");
      }
    }
  }
}

package org.cortado.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
    return run(dir, false, command);
  }

  private String run(Path dir, boolean aot, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("CORTADO_CDS_DIR", tmp.resolve("cds").toString());
    builder.environment().put("CORTADO_AOT", aot ? "1" : "0");
    if (aot) {
      builder.environment().put("CORTADO_JAVA_OPTS", "-Xlog:aot"); // says whether the cache was opened
    }
    builder.environment().put("JAVA_HOME", System.getProperty("java.home")); // the Java of this test
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + String.join(" ", command));
    assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
    return out;
  }

  /** Unpacks the tarball and links its {@code bin/cortado} from another folder; returns the link. */
  private String install() throws IOException, InterruptedException {
    Path tarball = Path.of(System.getProperty("cortado.tarball"));
    assertTrue(Files.isRegularFile(tarball), tarball + " was not built");
    Path install = Files.createDirectories(tmp.resolve("opt"));
    run(install, "tar", "xzf", tarball.toString());
    String name = tarball.getFileName().toString().replace(".tar.gz", "");
    Path launcher = install.resolve(name).resolve("bin/cortado");
    assertTrue(Files.isExecutable(launcher), launcher + " is not executable");
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("cortado"), launcher);
    return bin.resolve("cortado").toString();
  }

  /**
   * On Java 25 and later: the first run of a subcommand records its ahead-of-time cache and says so,
   * leaving only the finished cache, the second starts from it, and both write the same file.
   */
  @Test
  void aheadOfTimeCacheIsRecordedThenUsed() throws Exception {
    assumeTrue(Runtime.version().feature() >= 25, "skipped: the ahead-of-time cache needs Java 25, this is "
        + Runtime.version().feature());
    String cortado = install();
    Path work = Files.createDirectories(tmp.resolve("work"));
    // Two folders, as the file records its own name.
    Files.createDirectories(work.resolve("a"));
    Files.createDirectories(work.resolve("b"));
    String first = run(work, true, cortado, "generate", "--sample", "dy", "--events", "300", "--quiet", "-o", "a/dy.root");
    assertTrue(first.contains("recording an ahead-of-time cache"), first);
    try (var caches = Files.list(tmp.resolve("cds"))) {
      List<String> names = caches.map(f -> f.getFileName().toString()).toList();
      assertTrue(names.stream().anyMatch(n -> n.endsWith("-generate.aot")), "no AOT cache for generate: " + names);
      assertFalse(names.stream().anyMatch(n -> n.contains(".tmp")), "a recording was left behind: " + names);
    }
    String second = run(work, true, cortado, "generate", "--sample", "dy", "--events", "300", "--quiet", "-o", "b/dy.root");
    assertFalse(second.contains("recording"), second);
    assertTrue(second.contains("Opened AOT cache"), second);
    assertArrayEquals(Files.readAllBytes(work.resolve("a/dy.root")), Files.readAllBytes(work.resolve("b/dy.root")));
    // An upgrade in place changes the jars, which the old cache no longer matches: a new one is recorded.
    Path lib = Path.of(cortado).toRealPath().getParent().resolveSibling("lib");
    try (var jars = Files.list(lib)) {
      Path jar = jars.filter(f -> f.getFileName().toString().startsWith("cortado-runtime")).findFirst().orElseThrow();
      Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
    }
    Files.createDirectories(work.resolve("c"));
    String upgraded = run(work, true, cortado, "generate", "--sample", "dy", "--events", "300", "--quiet", "-o", "c/dy.root");
    assertTrue(upgraded.contains("recording an ahead-of-time cache"), upgraded);
  }

  @Test
  void unpackedTarballRunsFromAnyFolder() throws Exception {
    String cortado = install();
    Path work = Files.createDirectories(tmp.resolve("work"));
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

package org.cortado.rootio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cortado.testing.BranchEntries;
import org.cortado.testing.RangeServer;
import org.cortado.testing.RangeServer.Fault;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A server that fails now and then is retried until it answers; one that keeps failing, ignores
 * ranges or has no such file ends the read in an error naming the URL. The timeouts only guard
 * against a hang: no test depends on how fast anything is.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpFaultTest {
  /** Quick retries and a short deadline, so that failing reads fail soon. */
  private static final HttpRanges.Options QUICK = new HttpRanges.Options(4, Duration.ofMillis(5),
      Duration.ofSeconds(5), Duration.ofMillis(1500), 4096);

  private RangeServer server;
  private Path local;
  private URI url;

  @BeforeEach
  void serve() throws IOException {
    local = SharedData.root("uproot-small-dy-nooffsets.root").toAbsolutePath().normalize();
    server = RangeServer.serving(local.getParent());
    url = server.url(local);
  }

  @AfterEach
  void stop() {
    if (server != null) { // null when the shared file is absent and the test was skipped
      server.close();
    }
  }

  /** One small cached block: reads after opening go to the server. */
  private static final RemoteSource.Coalescing UNCACHED = new RemoteSource.Coalescing(1024, 1, 0, 1 << 20, 1 << 20, 4);

  private RootFile open() throws IOException {
    return RootFile.open(new RemoteSource(HttpRanges.open(url, QUICK), UNCACHED));
  }

  private static List<List<Long>> muonPt(RootFile file) throws IOException {
    return BranchEntries.read(file.tree("tree").branch("Muon_pt"));
  }

  private static void assertNames(Exception e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), "message lacks '" + part + "': " + e.getMessage());
    }
  }

  /** Three failures in a row, then a good answer: the fourth and last attempt succeeds. */
  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"DROP", "TRUNCATE", "SHORT_BODY", "UNAVAILABLE"})
  void transientFailuresAreRetried(Fault fault) throws IOException {
    List<List<Long>> expected;
    try (RootFile disk = RootFile.open(local)) {
      expected = muonPt(disk);
    }
    server.failNext(fault, 3);
    try (RootFile web = open()) {
      server.failNext(fault, 3);
      assertEquals(expected, muonPt(web));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"DROP", "TRUNCATE", "SHORT_BODY", "UNAVAILABLE"})
  void persistentFailuresNameTheUrlAndRange(Fault fault) throws IOException {
    server.failAlways(fault);
    IOException e = assertThrows(IOException.class, this::open);
    assertNames(e, url.toString(), "bytes [0, 4096)", "4 attempts");
    // The JDK's client may itself resend a GET whose connection was closed under it.
    assertTrue(server.requests() >= 4, server.requests() + " requests");
  }

  @Test
  void failuresAfterOpeningNameTheUrlAndRange() throws IOException {
    try (RootFile web = open()) {
      TTree tree = web.tree("tree");
      server.failAlways(Fault.DROP);
      IOException e = assertThrows(IOException.class, () -> muonPt(web));
      assertNames(e, url.toString(), "bytes [", "4 attempts");
      IOException prefetching = assertThrows(IOException.class,
          () -> tree.prefetch(tree.branches(), 0, tree.entries()));
      assertNames(prefetching, url.toString(), "bytes [", "4 attempts");
    }
  }

  @Test
  void aStalledServerTimesOut() {
    server.failAlways(Fault.STALL);
    HttpRanges.Options impatient = new HttpRanges.Options(2, Duration.ofMillis(5), Duration.ofSeconds(5),
        Duration.ofMillis(300), 4096);
    IOException e = assertThrows(IOException.class, () -> HttpRanges.open(url, impatient));
    assertNames(e, url.toString(), "bytes [0, 4096)", "2 attempts", "no complete answer within 300 ms");
  }

  @Test
  void aServerIgnoringRangesIsRefused() throws IOException {
    try (RootFile web = open()) {
      server.failAlways(Fault.IGNORE_RANGE);
      IOException e = assertThrows(IOException.class, () -> muonPt(web));
      assertNames(e, url.toString(), "ignores Range requests");
    }
    long before = server.requests();
    IOException e = assertThrows(IOException.class, this::open);
    assertNames(e, url.toString(), "ignore Range requests");
    assertEquals(1, server.requests() - before, "refusals are not retried");
  }

  /** A server may answer a range covering the whole file with 200, which is then what was asked for. */
  @Test
  void aWholeFileMayComeAsA200() throws IOException {
    HttpRanges ranges = HttpRanges.open(url, QUICK);
    server.failAlways(Fault.IGNORE_RANGE);
    byte[] all = new byte[(int) ranges.length()];
    ranges.fetch(0, all, 0, all.length);
    assertArrayEquals(Files.readAllBytes(local), all);
  }

  @Test
  void aMissingFileIsRefused() {
    URI missing = url.resolve("nope.root");
    IOException e = assertThrows(IOException.class, () -> RootFile.open(missing));
    assertNames(e, missing.toString(), "HTTP 404");
  }
}

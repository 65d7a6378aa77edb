package org.cortado.rootio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cortado.testing.BranchEntries;
import org.cortado.testing.RangeServer;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files served over HTTP by a loopback server read exactly as the same files read locally. */
class HttpReadTest {
  private static RangeServer server;

  @BeforeAll
  static void serve() throws IOException {
    server = RangeServer.serving(SharedData.dir().resolve("data").toAbsolutePath().normalize());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** Small blocks and heads, so that even these small fixtures take many requests without coalescing. */
  private static RootFile openSmallBlocks(Path local) throws IOException {
    HttpRanges.Options http = new HttpRanges.Options(4, Duration.ofMillis(10), Duration.ofSeconds(5),
        Duration.ofSeconds(30), 4096);
    return RootFile.open(new RemoteSource(HttpRanges.open(server.url(local), http),
        new RemoteSource.Coalescing(4096, 8, 4096, 1 << 20, 64L << 20, 4)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nano_dy.root", "uproot-HZZ-lzma.root", "uproot-sample-6.20.04-lz4.root",
      "uproot-issue21.root", "uproot-small-dy-nooffsets.root", "nanoAOD_2015_CMS_Open_Data_ttbar.root"})
  void everyBranchReadsAsLocally(String name) throws IOException {
    Path local = SharedData.root(name).toAbsolutePath().normalize();
    try (RootFile disk = RootFile.open(local); RootFile web = RootFile.open(server.url(local))) {
      assertEquals(disk.length(), web.length());
      assertEquals(disk.keys(), web.keys());
      assertEquals(disk.treeNames(), web.treeNames());
      for (String tree : disk.treeNames()) {
        assertEquals(contents(disk.tree(tree), disk.location()), contents(web.tree(tree), web.location()),
            name + " tree " + tree);
      }
    }
  }

  /** Reads through prefetched spans (one per basket cluster) give the same values as reads without. */
  @Test
  void prefetchedClustersReadAsLocally() throws IOException {
    Path local = SharedData.root("nano_dy.root").toAbsolutePath().normalize();
    try (RootFile disk = RootFile.open(local); RootFile web = openSmallBlocks(local)) {
      TTree events = web.tree("Events");
      long[] clusters = events.branch("nMuon").basketBoundaries();
      List<Object> read = new ArrayList<>();
      List<Object> expected = new ArrayList<>();
      for (int c = 0; c + 1 < clusters.length; c++) {
        events.prefetch(events.branches(), clusters[c], clusters[c + 1]);
        read.add(contents(events, clusters[c], clusters[c + 1], web.location()));
        expected.add(contents(disk.tree("Events"), clusters[c], clusters[c + 1], disk.location()));
      }
      assertEquals(expected, read);
    }
  }

  /**
   * Reading every branch of a tree after prefetching them costs a few merged requests, not one per
   * basket: the bound is the file's bytes in maximal requests, plus the requests for metadata.
   */
  @Test
  void prefetchedTreeCostsFewRequests() throws IOException {
    Path local = SharedData.root("pfnano.root").toAbsolutePath().normalize();
    HttpRanges.Options http = new HttpRanges.Options(4, Duration.ofMillis(10), Duration.ofSeconds(5),
        Duration.ofSeconds(30), 16 << 10);
    RemoteSource.Coalescing tuning = new RemoteSource.Coalescing(16 << 10, 16, 64 << 10, 1 << 20, 64L << 20, 4);
    HttpRanges ranges = HttpRanges.open(server.url(local), http);
    try (RootFile web = RootFile.open(new RemoteSource(ranges, tuning))) {
      TTree events = web.tree("Events");
      long opened = ranges.requests();
      int baskets = 0;
      for (Branch b : events.branches()) {
        baskets += b.basketCount() - b.embeddedBasketCount();
      }
      events.prefetch(events.branches(), 0, events.entries());
      contents(events, web.location());
      long reading = ranges.requests() - opened;
      long bound = (web.length() + tuning.maxRequest() - 1) / tuning.maxRequest() + 4;
      assertTrue(reading <= bound, reading + " requests to read " + baskets + " baskets, more than " + bound);
      assertTrue(opened <= 8, opened + " requests to open the file and its tree");
      assertTrue(ranges.bytesReceived() <= 2 * web.length(), ranges.bytesReceived() + " bytes fetched");
    }
  }

  @Test
  void locationsChooseTheirSource() throws IOException {
    Path local = SharedData.root("uproot-issue21.root").toAbsolutePath().normalize();
    URI url = server.url(local);
    try (RootFile byUrl = RootFile.open(url.toString());
        RootFile byFileUri = RootFile.open(local.toUri().toString());
        RootFile byPath = RootFile.open(local.toString())) {
      assertEquals(url.toString(), byUrl.location());
      assertEquals(local, byFileUri.path());
      assertEquals(local.toString(), byPath.location());
      UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, byUrl::path);
      assertTrue(e.getMessage().contains(url.toString()), e.getMessage());
      RootFormatException missing = assertThrows(RootFormatException.class, () -> byUrl.tree("nope"));
      assertTrue(missing.getMessage().startsWith(url.toString()), missing.getMessage());
    }
    IllegalArgumentException xrootd = assertThrows(IllegalArgumentException.class,
        () -> RootFile.open("root://eos.cern.ch//store/f.root"));
    assertTrue(xrootd.getMessage().contains("'root:'"), xrootd.getMessage());
  }

  static List<Object> contents(TTree tree, String location) {
    return contents(tree, 0, tree.entries(), location);
  }

  /**
   * What every branch of {@code tree} holds in entries {@code [start, stop)}: its values, its strings,
   * or the error reading it gives, with the file's location taken out.
   */
  static List<Object> contents(TTree tree, long start, long stop, String location) {
    List<Object> out = new ArrayList<>();
    for (Branch b : tree.branches()) {
      out.add(b.name());
      try {
        if (b.type() == LeafType.STRING) {
          Strings strings = b.readStrings(start, stop);
          List<String> all = new ArrayList<>();
          for (int e = 0; e < stop - start; e++) {
            all.add(strings.get(e));
          }
          out.add(all);
        } else {
          out.add(BranchEntries.read(b, start, stop));
        }
      } catch (IOException | RuntimeException e) {
        out.add(e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace(location, "<file>"));
      }
    }
    return out;
  }
}

package org.cortado.bench.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cortado.example.zmumu.ZMuMuAnalysis_Kernel;
import org.cortado.rootio.Branch;
import org.cortado.rootio.HttpRanges;
import org.cortado.rootio.RemoteSource;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.testing.RangeServer;

/**
 * Reading the Z->mumu example's branches of one file locally (memory-mapped) and over HTTP from a
 * loopback server ({@link RangeServer}), with and without per-chunk prefetching: events/s, and for
 * HTTP the requests sent and the bytes fetched. Loopback has the bandwidth of a memory copy and no
 * latency unless {@code --latency MS} adds some to every answer, as a distant server's round trip
 * would; the figures show what the protocol and the coalescing cost, not a real network.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.cortado.bench.e2e.RemoteRead /tmp/big/dy1M-zlib.root \
 *     --threads 1,2 --rounds 3 [--latency 20]
 * </pre>
 */
public final class RemoteRead {
  private RemoteRead() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: RemoteRead FILE [--threads 1,2] [--rounds N] [--chunk N] [--latency MS]");
      System.exit(2);
    }
    Path file = Path.of(args[0]).toAbsolutePath().normalize();
    List<Integer> threads = List.of(1);
    int rounds = 3;
    long latency = 0;
    long chunk = org.cortado.runtime.exec.ExecutionOptions.DEFAULT_CHUNK_SIZE;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> {
          List<Integer> parsed = new ArrayList<>();
          for (String t : args[++i].split(",")) {
            parsed.add(Integer.parseInt(t));
          }
          threads = parsed;
        }
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--chunk" -> chunk = Long.parseLong(args[++i]);
        case "--latency" -> latency = Long.parseLong(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> branches = EndToEnd.branchesRead(new ZMuMuAnalysis_Kernel(), file);
    try (RangeServer server = RangeServer.serving(file.getParent())) {
      try (RootFile local = RootFile.open(file)) {
        TTree tree = local.tree("Events");
        long stored = 0;
        for (String name : branches) {
          Branch b = tree.branch(name);
          stored += b.compressedBytes();
        }
        System.out.printf(Locale.ROOT, "%s: %d entries, %d branches, %.1f MB of their baskets stored, chunk %d,"
            + " served at %s with %d ms latency%n", file, tree.entries(), branches.size(), stored / 1e6, chunk,
            server.url(file), latency);
        BareRead.run(tree, branches, 1, chunk, false); // warm-up: JIT and page cache
      }
      server.latency(latency);
      for (int t : threads) {
        for (int r = 0; r < rounds; r++) {
          measureLocal(file, branches, t, chunk);
          measureHttp(server, file, branches, t, chunk, true);
          measureHttp(server, file, branches, t, chunk, false);
        }
      }
    }
  }

  private static void measureLocal(Path file, List<String> branches, int threads, long chunk)
      throws IOException, InterruptedException {
    long begin = System.nanoTime();
    long events;
    try (RootFile root = RootFile.open(file)) {
      events = BareRead.run(root.tree("Events"), branches, threads, chunk, false);
    }
    print("local        ", threads, events, System.nanoTime() - begin, "");
  }

  private static void measureHttp(RangeServer server, Path file, List<String> branches, int threads, long chunk,
      boolean prefetch) throws IOException, InterruptedException {
    long begin = System.nanoTime();
    HttpRanges ranges = HttpRanges.open(server.url(file), HttpRanges.Options.defaults());
    long events;
    try (RootFile root = RootFile.open(new RemoteSource(ranges, RemoteSource.Coalescing.defaults()))) {
      events = BareRead.run(root.tree("Events"), branches, threads, chunk, prefetch);
    }
    print(prefetch ? "http prefetch" : "http plain   ", threads, events, System.nanoTime() - begin,
        String.format(Locale.ROOT, "  %d requests, %.1f MB fetched", ranges.requests(),
            ranges.bytesReceived() / 1e6));
  }

  private static void print(String what, int threads, long events, long nanos, String extra) {
    double s = nanos / 1e9;
    System.out.printf(Locale.ROOT, "%s threads=%d events=%d wall=%.2fs %.2f M events/s%s%n", what, threads, events,
        s, events / s / 1e6, extra);
  }
}

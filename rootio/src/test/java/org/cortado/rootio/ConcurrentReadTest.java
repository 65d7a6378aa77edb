package org.cortado.rootio;

import org.cortado.testing.BranchEntries;
import org.cortado.testing.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many threads reading random ranges of random branches of one open file get what one thread gets. */
class ConcurrentReadTest {

  @Test
  void threadsReadingOneFileAgreeWithASequentialRead() throws Exception {
    try (RootFile file = RootFile.open(SharedData.root("uproot-HZZ-lzma.root"))) {
      TTree events = file.tree("events");
      List<Branch> branches = new ArrayList<>();
      List<List<List<Long>>> truth = new ArrayList<>();
      for (Branch b : events.branches()) {
        if (b.type() != null) {
          branches.add(b);
          truth.add(BranchEntries.read(b));
        }
      }
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 24; t++) {
          Random random = new Random(t);
          results.add(pool.submit((Callable<Integer>) () -> {
            int checks = 0;
            for (int i = 0; i < 60; i++) {
              int which = random.nextInt(branches.size());
              long start = random.nextInt((int) events.entries());
              long stop = start + random.nextInt((int) (events.entries() - start) + 1);
              assertEquals(truth.get(which).subList((int) start, (int) stop), read(branches.get(which), start, stop));
              checks++;
            }
            return checks;
          }));
        }
        int total = 0;
        for (Future<Integer> f : results) {
          total += f.get();
        }
        assertEquals(24 * 60, total);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static List<List<Long>> read(Branch b, long start, long stop) {
    try {
      return BranchEntries.read(b, start, stop);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}

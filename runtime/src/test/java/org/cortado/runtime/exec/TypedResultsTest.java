package org.cortado.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.cortado.runtime.exec.fixture.DiMuon_Kernel;
import org.junit.jupiter.api.Test;

/**
 * Work items, the processor and item results cross a process boundary as a distributed executor
 * sends them: an executor that serialises all three, and builds the kernel again from its class
 * and the parameters' YAML, gives the local executor's results bit for bit.
 */
class TypedResultsTest {
  private static final ExecutionOptions OPTIONS = ExecutionOptions.defaults().withThreads(2)
      .withPartitionEntries(10);

  /** What a cluster does, within one JVM: every item, processor and result is copied as bytes. */
  private static final class CopyingExecutor implements Executor {
    int items;

    @Override
    public void run(List<WorkItem> items, ItemProcessor processor,
        Consumer<? super ItemResult> inOrder) {
      for (WorkItem item : items) {
        ItemProcessor remote = copy(processor);
        try (Worker worker = remote.worker(null)) {
          inOrder.accept(copy(worker.process(copy(item))));
        }
        this.items++;
      }
    }

    @Override
    public int threads() {
      return 1;
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T copy(T value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (T) in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void serialisedItemsAndResultsMergeToTheLocalBits() {
    RunResult local = Fixtures.run(OPTIONS, Fixtures.dy(3), Fixtures.data());
    CopyingExecutor copying = new CopyingExecutor();
    RunResult remote = new AnalysisRun(new DiMuon_Kernel(), Fixtures.params(), OPTIONS,
        Progress.quiet()).withExecutor(copying).run(List.of(Fixtures.dy(3), Fixtures.data()));
    assertTrue(copying.items > 4, "several items per file: " + copying.items);
    assertEquals(local.items(), copying.items);
    assertEquals(Fixtures.fingerprint(local), Fixtures.fingerprint(remote));
  }

  @Test
  void aWorkItemTravelsWithItsDatasetsNameAndMetadataButNotItsFiles() {
    WorkItem item = new WorkItem(3, 1, Fixtures.dy(2), Sources.of(Path.of("/x/nano.root")),
        "Events", new Span(10, 20));
    WorkItem back = copy(item);
    assertEquals(item.dataset().metadata(), back.dataset().metadata());
    assertEquals(List.of(), back.dataset().files());
    assertEquals(new WorkItem(3, 1, back.dataset(), item.file(), "Events", new Span(10, 20)), back);
    assertEquals("dataset 'DYJetsToLL_M-50_2018', file /x/nano.root, entries [10, 20)", back.toString());
    assertNull(copy(new ItemResult(item, null, null, null, List.of())).outputs());
  }

  @Test
  void executorsAreChosenByName() {
    ExecutorProvider.Settings two = new ExecutorProvider.Settings(2, null);
    assertEquals(2, ExecutorProvider.create("local", two).threads());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> ExecutorProvider.create("dask", two));
    assertTrue(unknown.getMessage().startsWith("no executor 'dask' on the class path (there are [local])"),
        unknown.getMessage());
    IllegalArgumentException master = assertThrows(IllegalArgumentException.class,
        () -> ExecutorProvider.create("local", new ExecutorProvider.Settings(2, "local[2]")));
    assertTrue(master.getMessage().startsWith("--master local[2] is for distributed executors"),
        master.getMessage());
  }
}

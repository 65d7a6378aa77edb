package org.cortado.runtime.exec;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cortado.rootio.RootFile;

/**
 * A file opened while planning, shared by the local workers that process its items and closed
 * after its last item, so that it is not opened and parsed a second time.
 */
final class PlannedFile {
  private final RootFile root;
  private final FileColumns columns;
  private final AtomicInteger itemsLeft;
  private final AtomicBoolean closed = new AtomicBoolean();

  PlannedFile(RootFile root, FileColumns columns, int items) {
    this.root = root;
    this.columns = columns;
    this.itemsLeft = new AtomicInteger(items);
  }

  FileColumns columns() {
    return columns;
  }

  void itemDone() {
    if (itemsLeft.decrementAndGet() == 0) {
      close();
    }
  }

  void close() {
    if (closed.compareAndSet(false, true)) {
      closeQuietly(root);
    }
  }

  static void closeQuietly(RootFile root) {
    if (root == null) {
      return;
    }
    try {
      root.close();
    } catch (IOException ignored) {
      // a file we only read from: nothing was lost by failing to close it
    }
  }
}

package org.cortado.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.JavaSparkStatusTracker;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.SparkSession;
import org.cortado.runtime.exec.Executor;
import org.cortado.runtime.exec.ItemProcessor;
import org.cortado.runtime.exec.ItemResult;
import org.cortado.runtime.exec.WorkItem;

/**
 * Processes work items as Spark tasks, one partition per item, and hands the results to the
 * driver's reduction in item order.
 *
 * <p>Why results are collected and merged on the driver rather than with {@code treeAggregate}:
 * a tree adds partial sums in a grouping of its own, and floating-point addition is not
 * associative, so its histograms would differ in the last bits from a local run's. Collecting
 * keeps the local executor's order of additions, and with it byte-identical outputs; the cost is
 * that the driver holds every item's outputs until the job ends (items × the size of the
 * analysis's histograms: 2,400 items of 1 MB of histograms would need 2.4 GB on the driver).
 */
public final class SparkExecutor implements Executor {
  /**
   * A fault injected for tests of the commit protocol: the first attempt of the item of this index
   * fails after writing its column parts. Unset in real runs.
   */
  static final String FAIL_FIRST_ATTEMPT_OF_ITEM = "spark.cortado.test.failFirstAttemptOfItem";

  private final SparkSession spark;
  private final JavaSparkContext context;

  private SparkExecutor(SparkSession spark) {
    this.spark = spark;
    this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  /**
   * Starts (or joins) the Spark session: on {@code master}, or, when null, on the one spark-submit
   * configured. A local master binds to 127.0.0.1 and runs without the web UI.
   */
  static SparkExecutor start(String master) {
    SparkConf conf = new SparkConf().setAppName("cortado");
    if (master != null) {
      conf.setMaster(master);
    }
    if (!conf.contains("spark.master")) {
      throw new IllegalArgumentException("--executor spark needs a cluster: give --master"
          + " (local[2], spark://host:7077, yarn, k8s://...) or run through spark-submit");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    return new SparkExecutor(SparkSession.builder().config(conf).getOrCreate());
  }

  @Override
  public void run(List<WorkItem> items, ItemProcessor processor,
      Consumer<? super ItemResult> inOrder) {
    if (processor.savesSkims()) {
      throw new IllegalArgumentException("--save-skimmed writes on the driver's disk and is not"
          + " supported with --executor spark; save skims with --executor local");
    }
    if (items.isEmpty()) {
      return;
    }
    Path scratch = processor.writesColumns() ? processor.scratch() : null;
    ItemTask task = new ItemTask(processor, scratch == null ? null : scratch.toString(),
        context.getConf().getInt(FAIL_FIRST_ATTEMPT_OF_ITEM, -1));
    String group = "cortado-" + UUID.randomUUID();
    context.setJobGroup(group, "cortado run", true);
    List<ItemResult> results;
    try {
      results = context.parallelize(items, items.size()).map(task).collect();
    } catch (RuntimeException failed) {
      if (scratch != null) {
        // A failed job's other tasks may still be writing their parts: stop them, and only then
        // delete, or a late part would land in a folder already removed.
        context.cancelJobGroup(group);
        awaitNoRunningTasks(group);
        try {
          deleteTree(scratch);
        } catch (UncheckedIOException e) {
          failed.addSuppressed(e);
        }
      }
      throw failed;
    } finally {
      context.clearJobGroup();
    }
    results.forEach(inOrder);
    if (scratch != null) {
      deleteTree(scratch);
    }
  }

  /** Waits, for at most a minute, until no task of the jobs of {@code group} is running. */
  private void awaitNoRunningTasks(String group) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline && runningTasks(group) > 0) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private int runningTasks(String group) {
    JavaSparkStatusTracker tracker = context.statusTracker();
    int running = 0;
    for (int job : tracker.getJobIdsForGroup(group)) {
      SparkJobInfo info = tracker.getJobInfo(job);
      for (int stage : info == null ? new int[0] : info.stageIds()) {
        SparkStageInfo s = tracker.getStageInfo(stage);
        running += s == null ? 0 : s.numActiveTasks();
      }
    }
    return running;
  }

  @Override
  public int threads() {
    return context.defaultParallelism();
  }

  @Override
  public void close() {
    spark.stop();
  }

  /** Attempts' folders, adopted or not: none of it belongs in the output. */
  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the task attempts' folder " + dir, e);
    }
  }

  /** One task: processes its item, writing column parts into the attempt's own folder. */
  private record ItemTask(ItemProcessor processor, String scratch, int failFirstAttemptOf)
      implements Function<WorkItem, ItemResult> {
    @Override
    public ItemResult call(WorkItem item) {
      int attempt = TaskContext.get().attemptNumber();
      Path dir = scratch == null ? null
          : Path.of(scratch, "item-" + item.index() + "-attempt-" + attempt);
      ItemResult result;
      try (Executor.Worker worker = processor.worker(dir)) {
        result = worker.process(item);
      }
      if (item.index() == failFirstAttemptOf && attempt == 0) {
        throw new IllegalStateException("injected failure of the first attempt of item "
            + item.index() + " (" + FAIL_FIRST_ATTEMPT_OF_ITEM + ")");
      }
      return result;
    }
  }
}

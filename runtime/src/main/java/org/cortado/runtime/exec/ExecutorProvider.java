package org.cortado.runtime.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Makes an {@link Executor} by name: the service interface through which {@code cortado run
 * --executor NAME} finds executors on its class path ({@code META-INF/services}). {@code local},
 * this JVM's threads, is built in; the {@code cortado-spark} module provides {@code spark}.
 */
public interface ExecutorProvider {
  /** The name {@code --executor} selects. */
  String name();

  /** A new executor; the caller closes it. */
  Executor create(Settings settings);

  /**
   * What {@code cortado run} passes on: the worker threads of the local executor and the cluster a
   * distributed one connects to ({@code --master}, null for its default).
   */
  record Settings(int threads, String master) {}

  /**
   * The executor called {@code name}.
   *
   * @throws IllegalArgumentException if no provider on the class path has that name, listing those
   *     that are there
   */
  static Executor create(String name, Settings settings) {
    if (name.equals("local")) {
      if (settings.master() != null) {
        throw new IllegalArgumentException("--master " + settings.master() + " is for distributed"
            + " executors; the local executor runs on --threads threads of this JVM");
      }
      return settings.threads() == 1 ? new SequentialExecutor()
          : new ParallelExecutor(settings.threads());
    }
    List<String> known = new ArrayList<>(List.of("local"));
    for (ExecutorProvider p : ServiceLoader.load(ExecutorProvider.class,
        Thread.currentThread().getContextClassLoader())) {
      if (p.name().equals(name)) {
        return p.create(settings);
      }
      known.add(p.name());
    }
    throw new IllegalArgumentException("no executor '" + name + "' on the class path (there are "
        + known + "); the spark executor comes with cortado-spark.jar (see the README)");
  }
}

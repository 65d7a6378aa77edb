package org.cortado.spark;

import org.cortado.runtime.exec.Executor;
import org.cortado.runtime.exec.ExecutorProvider;

/** Provides {@code --executor spark}, registered in {@code META-INF/services}. */
public final class SparkExecutorProvider implements ExecutorProvider {
  @Override
  public String name() {
    return "spark";
  }

  @Override
  public Executor create(Settings settings) {
    return SparkExecutor.start(settings.master());
  }
}

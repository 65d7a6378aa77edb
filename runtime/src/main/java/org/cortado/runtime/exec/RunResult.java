package org.cortado.runtime.exec;

import java.time.Duration;
import java.util.List;
import org.cortado.runtime.kernel.KernelLayout;

/**
 * Everything a run produced, per dataset in the input order, plus what was skipped and how long
 * it took.
 *
 * @param events entries processed over all datasets
 * @param items work items planned (skipped ones included)
 */
public record RunResult(KernelLayout layout, List<DatasetResult> datasets, List<Failure> failures,
    long events, int items, int threads, Duration wall) {
  /** Copies the lists. */
  public RunResult {
    datasets = List.copyOf(datasets);
    failures = List.copyOf(failures);
  }

  /** Processed events per second of wall time. */
  public double eventsPerSecond() {
    double s = wall.toNanos() / 1e9;
    return s <= 0 ? 0 : events / s;
  }
}

package org.cortado.runtime.exec;

import java.util.List;
import java.util.function.ToLongFunction;
import org.cortado.runtime.kernel.ChunkKernel;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelLayout;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * A hand-written kernel for executor tests: reads {@code Muon_pt} (with {@code nMuon}) and adds
 * to its only cut-flow row what {@code count} makes of each chunk. Open, so that a command-line
 * test can name a subclass with a no-argument constructor as its {@code --analysis}.
 */
public class MuonPtKernel implements ChunkKernel {
  private final KernelLayout layout;
  private final ToLongFunction<ColumnChunk> count;

  public MuonPtKernel(String name, ToLongFunction<ColumnChunk> count) {
    this.layout = new KernelLayout(name, List.of("initial"), List.of("baseline"),
        List.of("nominal"), List.of(), List.of());
    this.count = count;
  }

  @Override
  public final String name() {
    return layout.analysis();
  }

  @Override
  public final String[] branches(boolean isMC, String year) {
    return new String[] {"Muon_pt"};
  }

  @Override
  public final String[] counters(boolean isMC, String year) {
    return new String[] {"nMuon"};
  }

  /** No skim: nothing to read, and every entry passes. */
  @Override
  public final String[] skimBranches(boolean isMC, String year) {
    return new String[0];
  }

  @Override
  public final String[] skimCounters(boolean isMC, String year) {
    return new String[0];
  }

  @Override
  public final int skim(ColumnChunk chunk, int[] passing) {
    for (int e = 0; e < chunk.size(); e++) {
      passing[e] = e;
    }
    return chunk.size();
  }

  @Override
  public final KernelLayout layout() {
    return layout;
  }

  @Override
  public final void process(ColumnChunk chunk, KernelOutputs out) {
    out.cutflowCounts()[0] += count.applyAsLong(chunk);
  }
}

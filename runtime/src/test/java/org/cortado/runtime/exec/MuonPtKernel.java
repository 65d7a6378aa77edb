package org.cortado.runtime.exec;

import java.util.List;
import java.util.function.ToLongFunction;
import org.cortado.runtime.kernel.ChunkKernel;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelLayout;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * A hand-written kernel for executor tests: reads {@code Muon_pt} (with {@code nMuon}) and adds
 * to its only cut-flow row what {@code count} makes of each chunk.
 */
final class MuonPtKernel implements ChunkKernel {
  private final KernelLayout layout;
  private final ToLongFunction<ColumnChunk> count;

  MuonPtKernel(String name, ToLongFunction<ColumnChunk> count) {
    this.layout = new KernelLayout(name, List.of("initial"), List.of("baseline"),
        List.of("nominal"), List.of(), List.of());
    this.count = count;
  }

  @Override
  public String name() {
    return layout.analysis();
  }

  @Override
  public String[] branches(boolean isMC, String year) {
    return new String[] {"Muon_pt"};
  }

  @Override
  public String[] counters(boolean isMC, String year) {
    return new String[] {"nMuon"};
  }

  @Override
  public KernelLayout layout() {
    return layout;
  }

  @Override
  public void process(ColumnChunk chunk, KernelOutputs out) {
    out.cutflowCounts()[0] += count.applyAsLong(chunk);
  }
}

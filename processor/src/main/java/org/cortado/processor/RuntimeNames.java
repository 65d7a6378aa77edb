package org.cortado.processor;

import com.palantir.javapoet.ClassName;

/**
 * Every runtime type that generated code names. The processor never depends on the runtime
 * jar; {@code RuntimeNamesContractTest} in the runtime module checks that each name resolves.
 */
public final class RuntimeNames {
  public static final String RUNTIME = "org.cortado.runtime";

  public static final ClassName CHUNK_KERNEL = ClassName.get(RUNTIME + ".kernel", "ChunkKernel");
  public static final ClassName COLUMN_CHUNK = ClassName.get(RUNTIME + ".kernel", "ColumnChunk");
  public static final ClassName KERNEL_OUTPUTS =
      ClassName.get(RUNTIME + ".kernel", "KernelOutputs");
  public static final ClassName KERNEL_LAYOUT = ClassName.get(RUNTIME + ".kernel", "KernelLayout");
  public static final ClassName HISTOGRAM_SPEC = KERNEL_LAYOUT.nestedClass("HistogramSpec");
  public static final ClassName COLUMN_SPEC = KERNEL_LAYOUT.nestedClass("ColumnSpec");
  public static final ClassName COLUMN_BUFFER = ClassName.get(RUNTIME + ".kernel", "ColumnBuffer");
  public static final ClassName AXIS = ClassName.get(RUNTIME + ".histograms", "Axis");
  public static final ClassName HIST_1D = ClassName.get(RUNTIME + ".histograms", "Hist1D");
  public static final ClassName HIST_2D = ClassName.get(RUNTIME + ".histograms", "Hist2D");
  public static final ClassName KERNELS = ClassName.get(RUNTIME + ".internal", "Kernels");
  public static final ClassName CORTADO_GENERATED =
      ClassName.get(RUNTIME + ".internal", "CortadoGenerated");

  /** All constants, for the contract test. */
  public static final ClassName[] ALL = {CHUNK_KERNEL, COLUMN_CHUNK, KERNEL_OUTPUTS,
      KERNEL_LAYOUT, HISTOGRAM_SPEC, COLUMN_SPEC, COLUMN_BUFFER, AXIS, HIST_1D, HIST_2D, KERNELS,
      CORTADO_GENERATED};

  private RuntimeNames() {}
}

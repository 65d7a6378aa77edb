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
  public static final ClassName COLUMN_TYPE = KERNEL_LAYOUT.nestedClass("ColumnType");
  public static final ClassName COLUMN_SHAPE = KERNEL_LAYOUT.nestedClass("Shape");
  public static final ClassName COLUMN_BUFFER = ClassName.get(RUNTIME + ".kernel", "ColumnBuffer");
  public static final ClassName AXIS = ClassName.get(RUNTIME + ".histograms", "Axis");
  public static final ClassName HIST_1D = ClassName.get(RUNTIME + ".histograms", "Hist1D");
  public static final ClassName HIST_2D = ClassName.get(RUNTIME + ".histograms", "Hist2D");
  public static final ClassName KERNELS = ClassName.get(RUNTIME + ".internal", "Kernels");
  public static final ClassName CORTADO_GENERATED =
      ClassName.get(RUNTIME + ".internal", "CortadoGenerated");

  public static final ClassName PARAMS = ClassName.get("org.cortado.params", "Params");
  /** The analyst's {@code Flags}, which generated kernels implement. */
  public static final ClassName FLAGS = ClassName.get("org.cortado.annotations", "Flags");
  public static final ClassName LUMI_MASK = ClassName.get(RUNTIME + ".lumi", "LumiMask");
  public static final String WEIGHTS = RUNTIME + ".weights";
  public static final ClassName NORMALISATION = ClassName.get(WEIGHTS, "Normalisation");
  public static final ClassName GOLDEN_JSON = ClassName.get(WEIGHTS, "GoldenJson");
  public static final ClassName PILEUP_WEIGHT = ClassName.get(WEIGHTS, "PileupWeight");
  public static final ClassName MUON_SCALE_FACTOR = ClassName.get(WEIGHTS, "MuonScaleFactor");
  public static final ClassName ELECTRON_SCALE_FACTOR =
      ClassName.get(WEIGHTS, "ElectronScaleFactor");
  public static final ClassName BTAG_SHAPE_SCALE_FACTOR =
      ClassName.get(WEIGHTS, "BTagShapeScaleFactor");

  public static final String CALIBRATION = RUNTIME + ".calibration";
  public static final ClassName JET_CALIBRATOR = ClassName.get(CALIBRATION, "JetCalibrator");
  public static final ClassName MET_CALIBRATOR = ClassName.get(CALIBRATION, "MetCalibrator");

  /** All constants, for the contract test. */
  public static final ClassName[] ALL = {CHUNK_KERNEL, COLUMN_CHUNK, KERNEL_OUTPUTS,
      KERNEL_LAYOUT, HISTOGRAM_SPEC, COLUMN_SPEC, COLUMN_TYPE, COLUMN_SHAPE, COLUMN_BUFFER, AXIS, HIST_1D, HIST_2D, KERNELS,
      CORTADO_GENERATED, PARAMS, FLAGS, LUMI_MASK, NORMALISATION, GOLDEN_JSON, PILEUP_WEIGHT,
      MUON_SCALE_FACTOR, ELECTRON_SCALE_FACTOR, BTAG_SHAPE_SCALE_FACTOR, JET_CALIBRATOR,
      MET_CALIBRATOR};

  private RuntimeNames() {}
}

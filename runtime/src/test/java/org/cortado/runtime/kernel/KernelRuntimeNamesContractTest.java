package org.cortado.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import org.cortado.processor.RuntimeNames;
import org.junit.jupiter.api.Test;

/** Every runtime name the processor writes into generated code exists in this module. */
class KernelRuntimeNamesContractTest {
  @Test
  void everyRuntimeNameResolves() {
    assertTrue(RuntimeNames.ALL.length >= 12);
    for (ClassName name : RuntimeNames.ALL) {
      assertDoesNotThrow(() -> Class.forName(name.reflectionName()), name.reflectionName());
    }
  }

  @Test
  void generatedCodeSignaturesExist() throws Exception {
    Class.forName(RuntimeNames.KERNELS.reflectionName())
        .getMethod("maxMultiplicity", int[].class, int.class);
    Class.forName(RuntimeNames.KERNELS.reflectionName())
        .getMethod("isMC", ColumnChunk.class, KernelOutputs.class);
    Class.forName(RuntimeNames.KERNELS.reflectionName()).getMethod("total", int[].class, int.class);
    Class.forName(RuntimeNames.KERNELS.reflectionName())
        .getMethod("sampleIn", String.class, String[].class);
    Class.forName(RuntimeNames.KERNELS.reflectionName())
        .getMethod("loadParams", Class.class, String[].class);
    ChunkKernel.class.getMethod("withParams", org.cortado.params.Params.class);
    ColumnChunk.class.getMethod("year");
    Class<?> norm = Class.forName(RuntimeNames.NORMALISATION.reflectionName());
    norm.getMethod("lumi", org.cortado.params.Params.class, String.class);
    norm.getMethod("xsec", ColumnChunk.class);
    Class.forName(RuntimeNames.GOLDEN_JSON.reflectionName()).getMethod("forYear", String.class);
    for (ClassName w : new ClassName[] {RuntimeNames.PILEUP_WEIGHT,
        RuntimeNames.MUON_SCALE_FACTOR, RuntimeNames.ELECTRON_SCALE_FACTOR,
        RuntimeNames.BTAG_SHAPE_SCALE_FACTOR}) {
      Class.forName(w.nestedClass("Factory").reflectionName()).getMethod("bind", String.class);
    }
    for (ClassName w : new ClassName[] {RuntimeNames.PILEUP_WEIGHT,
        RuntimeNames.MUON_SCALE_FACTOR, RuntimeNames.ELECTRON_SCALE_FACTOR}) {
      Class.forName(w.reflectionName()).getMethod("up");
      Class.forName(w.reflectionName()).getMethod("down");
    }
    Class.forName(RuntimeNames.PILEUP_WEIGHT.reflectionName()).getMethod("nominal", double.class);
    Class.forName(RuntimeNames.MUON_SCALE_FACTOR.reflectionName()).getMethod("nominal", double.class,
        double.class);
    Class.forName(RuntimeNames.ELECTRON_SCALE_FACTOR.reflectionName()).getMethod("nominal",
        double.class, double.class, double.class);
    Class.forName(RuntimeNames.PILEUP_WEIGHT.reflectionName()).getMethod("factory",
        org.cortado.params.Params.class);
    Class.forName(RuntimeNames.MUON_SCALE_FACTOR.reflectionName()).getMethod("iso",
        org.cortado.params.Params.class);
    Class.forName(RuntimeNames.ELECTRON_SCALE_FACTOR.reflectionName()).getMethod("reco",
        org.cortado.params.Params.class);
    Class<?> btag = Class.forName(RuntimeNames.BTAG_SHAPE_SCALE_FACTOR.reflectionName());
    btag.getMethod("factory", org.cortado.params.Params.class);
    btag.getMethod("jet", int.class, double.class, double.class, double.class);
    btag.getMethod("up", int.class);
    btag.getMethod("down", int.class);
    assertTrue(btag.getField("SOURCES").get(null).equals(
        org.cortado.processor.model.StandardWeightSpec.BTAG_SOURCES),
        "the processor's and the runtime's b-tag sources agree, index for index");
    KernelOutputs.class.getMethod("hist1d", int.class);
    KernelOutputs.class.getMethod("hist2d", int.class);
    KernelOutputs.class.getMethod("columns", int.class);
  }
}

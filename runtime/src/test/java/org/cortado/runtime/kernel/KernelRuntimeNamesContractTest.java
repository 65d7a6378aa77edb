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
    KernelOutputs.class.getMethod("hist1d", int.class);
    KernelOutputs.class.getMethod("hist2d", int.class);
    KernelOutputs.class.getMethod("columns", int.class);
  }
}

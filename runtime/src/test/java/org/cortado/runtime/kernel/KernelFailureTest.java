package org.cortado.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.cortado.runtime.kernel.fixture.Guarded_Kernel;
import org.junit.jupiter.api.Test;

/**
 * What a kernel does around the analyst's methods: a histogram method runs only for events in its
 * categories, and a method that throws is named, with its annotation and the event, in the
 * kernel's exception.
 */
class KernelFailureTest {
  private static ColumnChunk chunk(int[] muons, float[] met) {
    float[] pt = new float[Arrays.stream(muons).sum()];
    for (int i = 0; i < pt.length; i++) {
      pt[i] = 10 + i;
    }
    return ColumnChunk.builder(muons.length).mc(false).counts("nMuon", muons)
        .floats("Muon_pt", pt).floats("MET_pt", met).build();
  }

  @Test
  void aHistogramMethodRunsOnlyInItsCategories() {
    Guarded_Kernel kernel = new Guarded_Kernel();
    KernelOutputs out = KernelOutputs.create(kernel.layout(), false);
    kernel.process(chunk(new int[] {0, 1, 2, 3, 1, 2}, new float[] {5, 15, 25, 35, 45, 55}), out);
    double[] second = out.hist1d("secondPt", "twoMuons", "nominal").sumw();
    assertEquals(3, Arrays.stream(second).sum(), "events 2, 3 and 5 have a second muon");
    assertEquals(3, second[2], "their second muons, 12, 14 and 18 GeV, are all in 10-20 GeV");
    assertEquals(6, Arrays.stream(out.hist1d("met", "all", "nominal").sumw()).sum());
  }

  @Test
  void aFailingMethodIsNamedWithItsAnnotationAndEvent() {
    Guarded_Kernel kernel = new Guarded_Kernel();
    KernelOutputs out = KernelOutputs.create(kernel.layout(), false);
    KernelException e = assertThrows(KernelException.class, () -> kernel.process(
        chunk(new int[] {0, 0, 0, 0}, new float[] {5, 15, -1, 35}), out));
    assertTrue(e.getMessage().startsWith("analysis 'guarded' failed at event 2 of the chunk, in"
        + " Guarded.met, called for @Histogram \"met\": java.lang.IllegalStateException: negative"
        + " MET -1.0"), e.getMessage());
    assertInstanceOf(IllegalStateException.class, e.getCause());
  }
}

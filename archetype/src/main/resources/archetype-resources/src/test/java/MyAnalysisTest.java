package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cortado.params.Params;
import org.cortado.rootio.Compression;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.AnalysisRun;
import org.cortado.runtime.exec.ExecutionOptions;
import org.cortado.runtime.exec.Progress;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import org.cortado.runtime.internal.Kernels;
import org.cortado.runtime.kernel.KernelOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis on 20,000 toy Drell-Yan events that Cortado generates: a Z peak, and a cut flow. */
class MyAnalysisTest {
  @TempDir Path tmp;

  @Test
  void findsTheZPeakInGeneratedDrellYan() throws Exception {
    Path file = NanoGenerator.generate(Sample.DY, 20_000, 1, WriteOptions.of(Compression.LZ4, 1),
        tmp.resolve("dy.root"), n -> { }).file();
    Params params = Kernels.paramsLoader(MyAnalysis_Kernel.class, new MyAnalysis_Kernel().paramFiles()).load();
    Dataset dy = new Dataset("DYJetsToLL_2018", DatasetMetadata.mc("DYJetsToLL", "2018", 6077.22), List.of(file));
    KernelOutputs out = new AnalysisRun(new MyAnalysis_Kernel(), params, ExecutionOptions.defaults(),
        Progress.quiet()).run(List.of(dy)).datasets().get(0).outputs();

    assertEquals(20_000, out.cutflow("initial"));
    assertTrue(out.cutflow("dimuon") > 1_000, "events with two good muons: " + out.cutflow("dimuon"));
    assertTrue(out.categoryCounts()[1] < out.categoryCounts()[0], "highPt is a part of the baseline");
    double[] mll = out.hist1d("mll", "baseline", "nominal").sumw();
    int peak = 1;
    for (int b = 1; b < mll.length - 1; b++) {
      peak = mll[b] > mll[peak] ? b : peak;
    }
    double centre = 60 + (peak - 0.5);
    assertTrue(centre > 85 && centre < 97, "the Z peak is at " + centre + " GeV");
  }
}

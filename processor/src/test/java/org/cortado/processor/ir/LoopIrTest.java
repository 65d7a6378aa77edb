package org.cortado.processor.ir;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.cortado.annotations.EventKind;
import org.cortado.processor.Compilers;
import org.cortado.processor.model.AnalysisHeader;
import org.cortado.processor.model.AnalysisModelReader;
import org.cortado.processor.model.AnnotationNames;
import org.cortado.processor.model.NanoAodSchema;
import org.cortado.processor.model.PerPeriod;
import org.cortado.processor.model.Ref;
import org.cortado.processor.params.ParamFiles;
import org.junit.jupiter.api.Test;

/**
 * The loop IR of the Model2 fixture: what it decides (build order, cut-flow rows, which branches
 * each kind of events reads, which derived columns can be missing, per-period choices) and the
 * dependency queries a shape variation will use.
 */
class LoopIrTest {
  private static LoopIr lower(String fixture) throws Exception {
    Capture capture = new Capture();
    Compilation c = Compilers.cortado().withProcessors(capture)
        .compile(JavaFileObjects.forResource(fixture));
    assertThat(c).succeeded();
    return capture.ir;
  }

  @Test
  void ordersTheLoopAndNumbersTheCutFlowOnce() throws Exception {
    LoopIr ir = lower("good/test/Model2.java");
    assertThat(ir.cutflow()).containsExactly("initial", "flags", "leading", "vertex").inOrder();
    assertThat(ir.skim().stream().map(CutStep::row).toList()).containsExactly(1, 2, 3).inOrder();
    assertThat(ir.builds().stream().map(Build::name).toList())
        .containsExactly("MuonGood", "ElectronGood", "LeptonGood", "JetGood").inOrder();
    assertThat(ir.build("LeptonGood").fields()).containsExactly("pt", "eta", "phi").inOrder();
    assertThat(ir.derived().stream().map(d -> d.model().columnName()).toList())
        .containsExactly("JetGood_ptRaw", "mll").inOrder();
    assertThat(ir.derive("mll").missable()).isTrue();
    assertThat(ir.derive("JetGood_ptRaw").missable()).isFalse();
  }

  @Test
  void readsEachBranchForTheEventsThatNeedItInEachPeriod() throws Exception {
    LoopIr ir = lower("good/test/Model2.java");
    assertThat(ir.read(PerPeriod.of("Pileup_nTrueInt")).readFor()).isEqualTo(EventKind.MC);
    assertThat(ir.read(PerPeriod.of("PV_npvsGood")).readFor()).isEqualTo(EventKind.DATA);
    Read eeBadSc = ir.read(PerPeriod.of("Flag_eeBadScFilter"));
    assertThat(eeBadSc.readFor()).isEqualTo(EventKind.DATA);
    assertThat(eeBadSc.source()).isEqualTo(Read.Source.FLAGS);
    Read hbhe = ir.read(new PerPeriod(List.of(List.of("Flag_HBHENoiseFilter"), List.of())));
    assertThat(hbhe.branches().varies()).isTrue();
    Read leading = ir.read(new PerPeriod(List.of(List.of("Muon_pt"), List.of("Muon_ptErr"))));
    assertThat(leading.source()).isEqualTo(Read.Source.CHUNK);
    assertThat(ir.params()).containsExactly(new ParamValue("threshold.${year}",
        org.cortado.processor.model.ParamKind.FLOAT, true));
  }

  @Test
  void aChangedBranchReachesOnlyTheStepsThatDependOnIt() throws Exception {
    LoopIr ir = lower("good/test/Model2.java");
    List<String> jetRaw = labels(ir.downstream(ir.read(PerPeriod.of("Jet_rawFactor"))));
    assertThat(jetRaw).containsExactly("@Derived \"JetGood_ptRaw\"", "@Histogram \"jet_ptRaw\"")
        .inOrder();
    List<String> electron = labels(ir.downstream(ir.read(PerPeriod.of("Electron_pt"))));
    assertThat(electron).containsAtLeast("@ObjectSelection \"ElectronGood\"", "@Merge \"LeptonGood\"",
        "@ObjectSelection \"JetGood\"", "@Derived \"JetGood_ptRaw\"", "@Derived \"mll\"",
        "@Cut \"twoLeptons\"", "@Histogram \"lepton_pt\"", "@Histogram \"mll\"");
    assertThat(electron).doesNotContain("@Histogram \"trueInteractions\"");
    assertThat(electron).doesNotContain("@ObjectSelection \"MuonGood\"");
  }

  @Test
  void shapeVariationsVaryWhatReadsCalibratedColumnsOrReSortedObjects() throws Exception {
    LoopIr ir = lower("good/test/Calibrated.java");
    assertThat(ir.passes()).containsExactly("AK4PFchs_JERDown", "AK4PFchs_JERUp",
        "AK4PFchs_JES_TotalDown", "AK4PFchs_JES_TotalUp", "unclust_EnDown", "unclust_EnUp")
        .inOrder();
    assertThat(ir.read(PerPeriod.of("Jet_pt")).source()).isEqualTo(Read.Source.CALIBRATED);
    assertThat(ir.read(PerPeriod.of("Jet_pt")).type())
        .isEqualTo(org.cortado.processor.model.LeafType.DOUBLE);
    assertThat(ir.read(PerPeriod.of("Jet_area")).source()).isEqualTo(Read.Source.CALIBRATOR);
    assertThat(ir.read(PerPeriod.of("Jet_eta")).source()).isEqualTo(Read.Source.CHUNK);
    assertThat(ir.offsets("Jet").reordered()).isTrue();
    assertThat(ir.offsets("GenJet").bound()).isFalse();
    List<String> varied = labels(List.copyOf(ir.varied()));
    assertThat(varied).containsAtLeast("@ObjectSelection \"JetGood\"", "@Derived \"HT\"",
        "@Cut \"oneJet\"", "@Cut \"twoJets\"", "@Histogram \"met\"", "@Histogram \"jet_pt\"");
    assertThat(varied).containsNoneOf("@ObjectSelection \"MuonGood\"", "@Cut \"oneGoodMuon\"",
        "@Cut \"central\"", "@Weight \"muonWeight\"", "@Histogram \"muon_pt\"");
  }

  @Test
  void theSkimLoopReadsWhatTheSkimCutsReadAndRunsNoCalibrator() throws Exception {
    LoopIr ir = lower("good/test/Model2.java");
    LoopIr skim = ir.skimOnly();
    assertThat(skim.cutflow()).containsExactly("initial", "flags", "leading", "vertex").inOrder();
    assertThat(skim.skim()).isEqualTo(ir.skim());
    assertThat(skim.builds()).isEmpty();
    assertThat(skim.preselection()).isEmpty();
    assertThat(skim.weights()).isEmpty();
    assertThat(skim.fills()).isEmpty();
    assertThat(skim.categories()).isEmpty();
    List<String> reads = labels(List.copyOf(skim.reads()));
    assertThat(reads).containsAtLeast("Muon_pt/Muon_ptErr", "PV_npvsGood", "genWeight",
        "Flag_eeBadScFilter");
    assertThat(reads).containsNoneOf("Electron_pt", "Jet_rawFactor", "Pileup_nTrueInt");
    assertThat(skim.params()).containsExactlyElementsIn(ir.params());

    LoopIr calibrated = lower("good/test/Calibrated.java");
    assertThat(calibrated.calibrators()).isNotEmpty();
    assertThat(calibrated.skimOnly().calibrators()).isEmpty();
    assertThat(calibrated.skimOnly().passes()).isEmpty();
    assertThat(labels(List.copyOf(calibrated.skimOnly().reads()))).containsNoneOf("Jet_pt", "Jet_area");
  }

  private static List<String> labels(List<Node> nodes) {
    List<String> out = new ArrayList<>();
    for (Node n : nodes) {
      out.add(n.label());
    }
    return out;
  }

  /** Runs the model stage and the IR builder on the one {@code @Analysis} class, and keeps the IR. */
  private static final class Capture extends AbstractProcessor {
    LoopIr ir;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(AnnotationNames.ANALYSIS);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (Element e : round.getElementsAnnotatedWith(
          processingEnv.getElementUtils().getTypeElement(AnnotationNames.ANALYSIS))) {
        try {
          AnalysisModelReader reader = new AnalysisModelReader(processingEnv.getElementUtils(),
              processingEnv.getTypeUtils());
          AnalysisHeader header = reader.header((TypeElement) e);
          ParamFiles files = new ParamFiles(Compilers.PARAMS_DIR.toString(), null);
          List<String> names = header.paramFiles().stream().map(Ref::name).toList();
          ir = IrBuilder.build(reader.read(header, NanoAodSchema.loadDefault(),
              () -> files.load(names).params()));
        } catch (java.io.IOException ex) {
          throw new java.io.UncheckedIOException(ex);
        }
      }
      return false;
    }
  }
}

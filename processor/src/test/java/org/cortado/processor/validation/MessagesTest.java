package org.cortado.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** Messages name the annotation that is wrong and say what differs, not a neighbour's words. */
class MessagesTest {
  @Test
  void multiCutMistakesNameTheMultiCut() {
    Compilation c = Fixtures.assertErrors("bad/CategoryReferenceRule/MultiCutUnknownCut.java");
    assertThat(c).hadErrorContaining("@MultiCut refers to cut 'triger', which is not declared;"
        + " did you mean 'trigger'?");
  }

  @Test
  void variationSignatureSaysWhichParameterDiffers() {
    Compilation c = Fixtures.assertErrors("bad/WeightVariationPairRule/ParamSignature.java");
    assertThat(c).hadErrorContaining("up method 'muonPtUp' of @Weight 'muonPt' must read the same"
        + " columns and parameters, with the same types and return type, as 'muonPt': parameter 2"
        + " is float @Param(\"object_preselection.Electron.pt\") there, float"
        + " @Param(\"object_preselection.Muon.pt\") in 'muonPt'");
  }

  @Test
  void unknownYearIsOneErrorOnTheYear() {
    Compilation c = Fixtures.assertErrors("bad/YearsRule/UnknownYear.java");
    assertThat(c).hadErrorContaining("'2019' is not a data-taking period of the parameters");
    assertThat(c).hadErrorContaining("did you mean '2017'?");
  }

  @Test
  void positionalInputsInLoopsPointAtTheView() {
    Compilation c = Fixtures.assertErrors("bad/ColumnAccessRule/PositionalInLoop.java");
    assertThat(c).hadErrorContaining("'MuonGood_eta' reads object 0 of MuonGood inside a loop over"
        + " the objects of Jet");
  }

  @Test
  void aChoiceThatFailsNamesTheParameter() {
    Compilation c = Fixtures.assertErrors("bad/ColumnAccessRule/ChoiceFailed.java");
    assertThat(c).hadErrorContaining("cannot resolve 'Muon_${object_preselection.Muon.idd}'");
    assertThat(c).hadErrorContaining("object_preselection.Muon.idd");
  }

  @Test
  void viewFieldsAreCheckedPerCollection() {
    Compilation c = Fixtures.assertErrors("bad/ViewRule/UnknownField.java");
    assertThat(c).hadErrorContaining("view Muons bound to 'Electron': accessor tightId() reads"
        + " field 'tightId', which Electron has not");
  }

  @Test
  void aCalibratedColumnIsADouble() {
    Compilation c = Fixtures.assertErrors("bad/ColumnTypeRule/Calibrated.java");
    assertThat(c).hadErrorContaining("'Jet_pt' is double once jet_calibration has calibrated it,"
        + " but parameter 'pt' is float; declare it as double");
  }

  @Test
  void calibratorMistakesSayWhatIsKnown() {
    assertThat(Fixtures.assertErrors("bad/CalibratorRule/Unknown.java")).hadErrorContaining(
        "'jet_calibrations' is not a calibrator Cortado knows (jet_calibration,"
            + " met_type1_calibration); did you mean 'jet_calibration'?");
    assertThat(Fixtures.assertErrors("bad/CalibratorRule/Params.java")).hadErrorContaining(
        "jets_calibration.collection.2018 names no jet type for the collection Jet");
    assertThat(Fixtures.assertErrors("bad/ShapeVariationRule/Unknown.java")).hadErrorContaining(
        "did you mean 'AK4PFchs_JES_Total'?");
    assertThat(Fixtures.assertErrors("bad/ShapeVariationRule/NotInPeriods.java"))
        .hadErrorContaining("shape variation 'AK4PFchs_JER' is not offered in 2017");
    assertThat(Fixtures.assertErrors("bad/SkimCalibratedRule/Resorted.java")).hadErrorContaining(
        "reads 'Jet_eta', which jet_calibration re-sorts the objects of");
  }
}

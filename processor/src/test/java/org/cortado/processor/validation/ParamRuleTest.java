package org.cortado.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * ParamRule: each bad fixture fails with its marked errors; each near miss compiles cleanly; the
 * messages name the dotted path and the YAML file and line of the offending value.
 */
class ParamRuleTest {
  @Test
  void missing() {
    Compilation c = Fixtures.assertErrors("bad/ParamRule/Missing.java");
    assertThat(c).hadErrorContaining("parameter 'object_preselection.Muon.ptt' is not defined:"
        + " 'object_preselection.Muon' at analysis/selection.yaml:3 has no key 'ptt'; did you mean"
        + " 'object_preselection.Muon.pt'?");
    assertThat(c).hadErrorContaining("'object_preselection' at analysis/selection.yaml:2 has no"
        + " key 'Photon'");
  }

  @Test
  void missingNearMiss() {
    Fixtures.assertClean("near/ParamRule/Missing.java");
  }

  @Test
  void wrongType() {
    Compilation c = Fixtures.assertErrors("bad/ParamRule/WrongType.java");
    assertThat(c).hadErrorContaining("parameter 'object_preselection.Muon.id' is the string"
        + " \"tightId\" at analysis/selection.yaml:7, but 'id' is float");
    assertThat(c).hadErrorContaining("parameter 'object_preselection.Muon.eta' is the float 2.4"
        + " at analysis/selection.yaml:5, but 'eta' is int; fix the value there or declare the"
        + " parameter as double");
    assertThat(c).hadErrorContaining("parameter 'object_preselection.Muon' is a map at"
        + " analysis/selection.yaml:3, but 'muon' is double; read one of its entries, such as"
        + " 'object_preselection.Muon.pt'");
  }

  @Test
  void wrongTypeNearMiss() {
    Fixtures.assertClean("near/ParamRule/WrongType.java");
  }

  @Test
  void mandatory() {
    Compilation c = Fixtures.assertErrors("bad/ParamRule/Mandatory.java");
    assertThat(c).hadErrorContaining("parameter 'todo' is '???' (mandatory) at"
        + " analysis/selection.yaml:11");
  }

  @Test
  void mandatoryNearMiss() {
    Fixtures.assertClean("near/ParamRule/Mandatory.java");
  }

  @Test
  void unsupportedType() {
    Fixtures.assertErrors("bad/ParamRule/UnsupportedType.java");
  }

  @Test
  void unsupportedTypeNearMiss() {
    Fixtures.assertClean("near/ParamRule/UnsupportedType.java");
  }

  @Test
  void withCol() {
    Fixtures.assertErrors("bad/ParamRule/WithCol.java");
  }

  @Test
  void withColNearMiss() {
    Fixtures.assertClean("near/ParamRule/WithCol.java");
  }

  @Test
  void fileNotFound() {
    Compilation c = Fixtures.assertErrors("bad/ParamRule/FileNotFound.java");
    assertThat(c).hadErrorContaining("parameter file 'analysis/nope.yaml' is not found");
  }

  @Test
  void fileNotFoundNearMiss() {
    Fixtures.assertClean("near/ParamRule/FileNotFound.java");
  }

  @Test
  void fileInvalid() {
    Compilation c = Fixtures.assertErrors("bad/ParamRule/FileInvalid.java");
    assertThat(c).hadErrorContaining("analysis/broken.yaml:");
  }

  @Test
  void fileInvalidNearMiss() {
    Fixtures.assertClean("near/ParamRule/FileInvalid.java");
  }
}

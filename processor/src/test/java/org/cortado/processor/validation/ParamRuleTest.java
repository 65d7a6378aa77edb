package org.cortado.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * ParamRule: the
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
  void mandatory() {
    Compilation c = Fixtures.assertErrors("bad/ParamRule/Mandatory.java");
    assertThat(c).hadErrorContaining("parameter 'todo' is '???' (mandatory) at"
        + " analysis/selection.yaml:12");
  }

  @Test
  void fileNotFound() {
    Compilation c = Fixtures.assertErrors("bad/ParamRule/FileNotFound.java");
    assertThat(c).hadErrorContaining("parameter file 'analysis/nope.yaml' is not found");
  }

  @Test
  void fileInvalid() {
    Compilation c = Fixtures.assertErrors("bad/ParamRule/FileInvalid.java");
    assertThat(c).hadErrorContaining("analysis/broken.yaml:");
  }

}

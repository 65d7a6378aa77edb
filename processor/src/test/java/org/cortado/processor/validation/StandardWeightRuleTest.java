package org.cortado.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** StandardWeightRule: each bad fixture fails with its marked errors; each near miss compiles cleanly. */
class StandardWeightRuleTest {
  @Test
  void noName() {
    Fixtures.assertErrors("bad/StandardWeightRule/NoName.java");
  }

  @Test
  void noNameNearMiss() {
    Fixtures.assertClean("near/StandardWeightRule/NoName.java");
  }

  @Test
  void placement() {
    Fixtures.assertErrors("bad/StandardWeightRule/Placement.java");
  }

  @Test
  void placementNearMiss() {
    Fixtures.assertClean("near/StandardWeightRule/Placement.java");
  }

  @Test
  void attribute() {
    Fixtures.assertErrors("bad/StandardWeightRule/Attribute.java");
  }

  @Test
  void attributeNearMiss() {
    Fixtures.assertClean("near/StandardWeightRule/Attribute.java");
  }

  @Test
  void needsCollection() {
    Fixtures.assertErrors("bad/StandardWeightRule/NeedsCollection.java");
  }

  @Test
  void needsCollectionNearMiss() {
    Fixtures.assertClean("near/StandardWeightRule/NeedsCollection.java");
  }

  @Test
  void wrongCollection() {
    Fixtures.assertErrors("bad/StandardWeightRule/WrongCollection.java");
  }

  @Test
  void wrongCollectionNearMiss() {
    Fixtures.assertClean("near/StandardWeightRule/WrongCollection.java");
  }

  @Test
  void needsYears() {
    Fixtures.assertErrors("bad/StandardWeightRule/NeedsYears.java");
  }

  @Test
  void needsYearsNearMiss() {
    Fixtures.assertClean("near/StandardWeightRule/NeedsYears.java");
  }

  @Test
  void paramsPerYear() {
    Compilation c = Fixtures.assertErrors("bad/StandardWeightRule/ParamsPerYear.java");
    assertThat(c).hadErrorContaining("parameter 'object_preselection.Electron.id' is not defined:"
        + " no parameter file defines 'object_preselection'");
  }

  @Test
  void paramsPerYearNearMiss() {
    Fixtures.assertClean("near/StandardWeightRule/ParamsPerYear.java");
  }
}

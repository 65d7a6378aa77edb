package org.cortado.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** Suggestions by edit distance, for branches, cuts, categories and collections. */
class DidYouMeanTest {
  @Test
  void unknownBranchSuggestsClosest() {
    Compilation c = Fixtures.assertErrors("bad/ColumnExistsRule/UnknownBranch.java");
    assertThat(c).hadErrorContaining("branch 'Muon_ptt' is not in the NanoAOD schema; did you mean 'Muon_pt'?");
  }

  @Test
  void unknownCutSuggestsClosest() {
    Compilation c = Fixtures.assertErrors("bad/CategoryReferenceRule/UnknownCut.java");
    assertThat(c).hadErrorContaining("did you mean 'trigger'?");
  }

  @Test
  void unknownColOutFieldSuggestsClosest() {
    Compilation c = Fixtures.assertErrors("bad/ColOutFieldRule/UnknownField.java");
    assertThat(c).hadErrorContaining("did you mean 'eta'?");
  }

  @Test
  void unknownCollectionSuggestsClosest() {
    Compilation c = Fixtures.assertErrors("bad/CollectionSourceRule/UnknownCollection.java");
    assertThat(c).hadErrorContaining("did you mean 'Muon'?");
  }
}

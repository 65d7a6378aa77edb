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
    assertThat(c).hadErrorContaining("'Muon_ptt' is neither a branch of schema nanoaod-v9 nor a"
        + " column of the analysis; did you mean 'Muon_pt'?");
  }

  @Test
  void branchFarFromEveryNameSaysHowToUseAnotherSchema() {
    Compilation c = Fixtures.assertErrors("bad/ColumnExistsRule/NotInSchema.java");
    assertThat(c).hadErrorContaining("'Jet_particleNetAK4_B' is neither a branch of schema"
        + " nanoaod-v9 nor a column of the analysis; if your files have it, write their schema with"
        + " 'cortado schema FILE -o src/main/resources/<name>.schema.tsv' and name it in"
        + " @Analysis(schema = \"<name>.schema.tsv\")");
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

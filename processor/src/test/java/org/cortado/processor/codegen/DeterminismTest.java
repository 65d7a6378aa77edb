package org.cortado.processor.codegen;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The same input gives byte-identical output, compile after compile. */
class DeterminismTest {
  @Test
  void compilingTwiceGivesIdenticalBytes() throws IOException {
    String first = GoldenSourcesTest.generate("good/test/ZMuMu.java", "test.ZMuMu_Kernel");
    String second = GoldenSourcesTest.generate("good/test/ZMuMu.java", "test.ZMuMu_Kernel");
    assertThat(second).isEqualTo(first);
    assertThat(first).doesNotContainMatch("date\\s*=");
  }

  @Test
  void cartesianTwice() throws IOException {
    assertThat(GoldenSourcesTest.generate("good/test/Cartesian.java", "test.Cartesian_Kernel"))
        .isEqualTo(GoldenSourcesTest.generate("good/test/Cartesian.java", "test.Cartesian_Kernel"));
  }
}

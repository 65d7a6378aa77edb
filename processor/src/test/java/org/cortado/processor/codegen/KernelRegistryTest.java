package org.cortado.processor.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.List;
import javax.tools.StandardLocation;
import org.cortado.processor.Compilers;
import org.junit.jupiter.api.Test;

/**
 * The list of generated kernels: every clean analysis of a compilation, nested classes under the
 * kernel name they get ({@code Outer_Inner_Kernel}), in a {@code ServiceLoader} file.
 */
class KernelRegistryTest {
  @Test
  void listsEveryKernelOfTheCompilationNestedOnesIncluded() throws IOException {
    Compilation c = Compilers.cortado().compile(
        JavaFileObjects.forSourceLines("test.Outer",
            "package test;",
            "import org.cortado.annotations.*;",
            "public final class Outer {",
            "  @Analysis(name = \"inner\")",
            "  public static final class Inner {",
            "    @Histogram(name = \"met\", axes = @Axis(bins = 10, low = 0, high = 100))",
            "    static float met(@Col(\"MET_pt\") float met) { return met; }",
            "  }",
            "}"),
        JavaFileObjects.forSourceLines("test.Top",
            "package test;",
            "import org.cortado.annotations.*;",
            "@Analysis(name = \"top\")",
            "@Histogram(name = \"nMuon\", axes = @Axis(field = \"nMuon\", type = AxisType.INTEGER, low = 0, high = 5))",
            "public final class Top {}"));
    assertThat(c).succeeded();
    assertThat(c).generatedSourceFile("test.Outer_Inner_Kernel");
    String list = c.generatedFile(StandardLocation.CLASS_OUTPUT, "", KernelRegistry.RESOURCE).orElseThrow()
        .getCharContent(true).toString();
    List<String> kernels = list.lines().filter(l -> !l.startsWith("#")).toList();
    assertEquals(List.of("test.Outer_Inner_Kernel", "test.Top_Kernel"), kernels);
  }
}

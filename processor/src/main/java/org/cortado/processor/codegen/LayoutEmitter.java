package org.cortado.processor.codegen;

import static org.cortado.processor.RuntimeNames.AXIS;
import static org.cortado.processor.RuntimeNames.COLUMN_SHAPE;
import static org.cortado.processor.RuntimeNames.COLUMN_SPEC;
import static org.cortado.processor.RuntimeNames.COLUMN_TYPE;
import static org.cortado.processor.RuntimeNames.HISTOGRAM_SPEC;
import static org.cortado.processor.RuntimeNames.KERNEL_LAYOUT;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import org.cortado.processor.ir.ColumnSlot;
import org.cortado.processor.ir.ExportStep;
import org.cortado.processor.ir.FillStep;
import org.cortado.processor.ir.LoopIr;
import org.cortado.processor.ir.Variation;
import org.cortado.processor.model.AxisModel;

/** The {@code KernelLayout} constant: names and binnings of everything the kernel fills. */
final class LayoutEmitter {
  private LayoutEmitter() {}

  static CodeBlock layout(LoopIr ir) {
    List<String> variations = new ArrayList<>();
    for (Variation v : ir.variations()) {
      variations.add(v.name());
    }
    // Shape variations after the weights' (their slots in the outputs).
    variations.addAll(ir.passes());
    CodeBlock.Builder b = CodeBlock.builder().add("new $T(\n$>$>$S,\n", KERNEL_LAYOUT,
        ir.model().name());
    b.add("$L,\n", strings(ir.cutflow()));
    b.add("$L,\n", strings(ir.categories()));
    b.add("$L,\n", strings(variations));
    List<CodeBlock> hs = new ArrayList<>();
    for (FillStep f : ir.fills()) {
      List<CodeBlock> axes = new ArrayList<>();
      for (AxisModel a : f.model().axes()) {
        axes.add(axis(a));
      }
      hs.add(CodeBlock.of("new $T($S, $T.of($L), $L, $L)", HISTOGRAM_SPEC, f.model().name(),
          List.class, CodeBlock.join(axes, ", "), strings(names(ir, f.categories())),
          f.model().variations()));
    }
    b.add("$T.of($L),\n", List.class, hs.isEmpty() ? CodeBlock.of("")
        : CodeBlock.builder().add("\n$>").add(CodeBlock.join(hs, ",\n")).add("$<").build());
    List<CodeBlock> cs = new ArrayList<>();
    for (ExportStep x : ir.exports()) {
      for (ColumnSlot c : x.slots()) {
        cs.add(CodeBlock.of("new $T($S, $S, $T.$L, $T.$L, $L, $L)", COLUMN_SPEC, c.name(),
            x.model().collection(), COLUMN_TYPE, c.type(), COLUMN_SHAPE, c.shape(), c.counts(),
            strings(names(ir, x.categories()))));
      }
    }
    b.add("$T.of($L))$<$<", List.class, cs.isEmpty() ? CodeBlock.of("")
        : CodeBlock.builder().add("\n$>").add(CodeBlock.join(cs, ",\n")).add("$<").build());
    return b.build();
  }

  private static CodeBlock axis(AxisModel a) {
    switch (a.type()) {
      case VARIABLE: {
        List<String> e = new ArrayList<>();
        for (double d : a.edges()) {
          e.add(Double.toString(d));
        }
        return CodeBlock.of("$T.variable($S, $S, new double[] {$L}, $L, $L)", AXIS, a.name(),
            a.label(), String.join(", ", e), a.underflow(), a.overflow());
      }
      case INTEGER:
        return CodeBlock.of("$T.integer($S, $S, $L, $L, $L, $L)", AXIS, a.name(), a.label(),
            (int) Math.floor(a.low()), (int) Math.ceil(a.high()), a.underflow(), a.overflow());
      case CATEGORICAL: {
        List<String> v = new ArrayList<>();
        for (int x : a.values()) {
          v.add(Integer.toString(x));
        }
        return CodeBlock.of("$T.category($S, $S, new int[] {$L}, $L)", AXIS, a.name(), a.label(),
            String.join(", ", v), a.overflow());
      }
      default:
        return CodeBlock.of("$T.regular($S, $S, $L, $L, $L, $L, $L)", AXIS, a.name(), a.label(),
            a.bins(), Double.toString(a.low()), Double.toString(a.high()), a.underflow(),
            a.overflow());
    }
  }

  private static List<String> names(LoopIr ir, List<Integer> categories) {
    List<String> out = new ArrayList<>();
    for (int k : categories) {
      out.add(ir.categories().get(k));
    }
    return out;
  }

  private static CodeBlock strings(List<String> names) {
    List<CodeBlock> parts = new ArrayList<>();
    for (String n : names) {
      parts.add(CodeBlock.of("$S", n));
    }
    return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(parts, ", "));
  }
}

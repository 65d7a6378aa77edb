package org.cortado.processor.codegen;

import static org.cortado.processor.RuntimeNames.AXIS;
import static org.cortado.processor.RuntimeNames.COLUMN_SHAPE;
import static org.cortado.processor.RuntimeNames.COLUMN_SPEC;
import static org.cortado.processor.RuntimeNames.COLUMN_TYPE;
import static org.cortado.processor.RuntimeNames.HISTOGRAM_SPEC;
import static org.cortado.processor.RuntimeNames.KERNEL_LAYOUT;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.cortado.annotations.EventKind;
import org.cortado.processor.ir.ColumnSlot;
import org.cortado.processor.ir.ExportStep;
import org.cortado.processor.ir.FillStep;
import org.cortado.processor.ir.LoopIr;
import org.cortado.processor.ir.Variation;
import org.cortado.processor.model.AxisModel;

/**
 * The {@code KernelLayout} constant: names and binnings of everything the kernel fills. A class's
 * static initialiser may hold at most 64 KiB of bytecode, so the category names are one constant
 * that every histogram and column filled in all categories shares, and long lists of histograms or
 * columns are built in methods of {@value #SPECS_PER_METHOD} each: an analysis with 200 categories
 * and 50 histograms compiles.
 */
final class LayoutEmitter {
  static final int SPECS_PER_METHOD = 100;

  private LayoutEmitter() {}

  /** Adds {@code CATEGORIES} and {@code LAYOUT} (in that order) and their builder methods. */
  static void addTo(TypeSpec.Builder type, LoopIr ir) {
    List<String> variations = new ArrayList<>();
    for (Variation v : ir.variations()) {
      variations.add(v.name());
    }
    // Shape variations after the weights' (their slots in the outputs).
    variations.addAll(ir.passes());
    type.addField(FieldSpec.builder(STRINGS, "CATEGORIES", Modifier.PRIVATE, Modifier.STATIC,
        Modifier.FINAL).initializer(strings(ir.categories())).build());
    CodeBlock.Builder b = CodeBlock.builder().add("new $T(\n$>$>$S,\n", KERNEL_LAYOUT,
        ir.model().name());
    b.add("$L,\n", strings(ir.cutflow()));
    b.add("CATEGORIES,\n");
    b.add("$L,\n", strings(variations));
    List<CodeBlock> hs = new ArrayList<>();
    for (FillStep f : ir.fills()) {
      List<CodeBlock> axes = new ArrayList<>();
      for (AxisModel a : f.model().axes()) {
        axes.add(axis(a));
      }
      hs.add(CodeBlock.of("new $T($S, $T.of($L), $L, $L)", HISTOGRAM_SPEC, f.model().name(),
          List.class, CodeBlock.join(axes, ", "), categories(ir, f.categories()),
          f.model().variations()));
    }
    b.add("$L,\n", list(type, "histogramSpecs", HISTOGRAM_SPEC, hs));
    List<CodeBlock> cs = new ArrayList<>();
    for (ExportStep x : ir.exports()) {
      for (ColumnSlot c : x.slots()) {
        cs.add(columnSpec(ir, c, x.model().collection(), x.categories()));
      }
    }
    for (ColumnSlot c : ir.weightColumns().slots()) {
      cs.add(columnSpec(ir, c, "", ir.weightColumns().categories()));
    }
    b.add("$L)$<$<", list(type, "columnSpecs", COLUMN_SPEC, cs));
    type.addField(FieldSpec.builder(KERNEL_LAYOUT, "LAYOUT", Modifier.PRIVATE, Modifier.STATIC,
        Modifier.FINAL).initializer(b.build()).build());
  }

  /**
   * {@code List.of(items)}; or, for more than {@value #SPECS_PER_METHOD} items, a call to a method
   * {@code name} that adds them through methods {@code name0}, {@code name1}, ... of at most that
   * many each.
   */
  private static CodeBlock list(TypeSpec.Builder type, String name, ClassName element,
      List<CodeBlock> items) {
    if (items.isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    if (items.size() <= SPECS_PER_METHOD) {
      return CodeBlock.builder().add("$T.of(\n$>", List.class)
          .add(CodeBlock.join(items, ",\n")).add("$<)").build();
    }
    TypeName listType = ParameterizedTypeName.get(ClassName.get(List.class), element);
    MethodSpec.Builder all = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(listType)
        .addStatement("$T out = new $T<>()", listType, ArrayList.class);
    for (int from = 0, part = 0; from < items.size(); from += SPECS_PER_METHOD, part++) {
      MethodSpec.Builder m = MethodSpec.methodBuilder(name + part)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC).addParameter(listType, "out");
      for (CodeBlock item : items.subList(from, Math.min(items.size(), from + SPECS_PER_METHOD))) {
        m.addStatement("out.add($L)", item);
      }
      type.addMethod(m.build());
      all.addStatement("$L(out)", name + part);
    }
    type.addMethod(all.addStatement("return out").build());
    return CodeBlock.of("$L()", name);
  }

  /** {@code CATEGORIES} when {@code indices} are every category in order, else their names. */
  private static CodeBlock columnSpec(LoopIr ir, ColumnSlot c, String collection,
      List<Integer> categories) {
    return CodeBlock.of("new $T($S, $S, $T.$L, $T.$L, $L, $L, $T.$L)", COLUMN_SPEC, c.name(),
        collection, COLUMN_TYPE, c.type(), COLUMN_SHAPE, c.shape(), c.counts(),
        categories(ir, categories), EventKind.class, c.on());
  }

  private static CodeBlock categories(LoopIr ir, List<Integer> indices) {
    List<String> names = names(ir, indices);
    return names.equals(ir.categories()) ? CodeBlock.of("CATEGORIES") : strings(names);
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

  private static final TypeName STRINGS = ParameterizedTypeName.get(List.class, String.class);

  private static CodeBlock strings(List<String> names) {
    List<CodeBlock> parts = new ArrayList<>();
    for (String n : names) {
      parts.add(CodeBlock.of("$S", n));
    }
    return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(parts, ", "));
  }
}

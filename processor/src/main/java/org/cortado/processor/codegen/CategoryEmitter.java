package org.cortado.processor.codegen;

import static org.cortado.processor.RuntimeNames.HIST_1D;
import static org.cortado.processor.RuntimeNames.HIST_2D;
import static org.cortado.processor.RuntimeNames.KERNELS;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import org.cortado.annotations.EventKind;
import org.cortado.processor.ir.ColumnSlot;
import org.cortado.processor.ir.ExportStep;
import org.cortado.processor.ir.FillStep;
import org.cortado.processor.ir.LoopIr;
import org.cortado.processor.ir.Variation;
import org.cortado.processor.ir.WeightStep;
import org.cortado.processor.model.ColOutModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.LeafType;

/**
 * What an event does in one category: its weight in every variation, its yields, the histograms
 * filled there (not at all when a value is missing; per object for a per-object axis) and the
 * columns exported there.
 */
final class CategoryEmitter {
  private final Exprs exprs;
  private final Names names;
  private final LoopIr ir;

  CategoryEmitter(Exprs exprs) {
    this.exprs = exprs;
    this.names = exprs.names();
    this.ir = exprs.ir();
  }

  CodeBlock category(int c) {
    CodeBlock.Builder b = CodeBlock.builder();
    b.addStatement("int cb = $L", c == 0 ? "0" : c + " * nvar");
    for (int v = 0; v < ir.variations().size(); v++) {
      b.addStatement("wt[$L] = $L", v, product(c, ir.variations().get(v)));
    }
    b.addStatement("counts[$L]++", c);
    b.addStatement("$T.addYields(sumw, sumw2, cb, nw, wt)", KERNELS);
    for (FillStep f : ir.fills()) {
      if (f.categories().contains(c)) {
        fill(b, f, f.model().variations() ? "nw" : "1");
      }
    }
    for (ExportStep x : ir.exports()) {
      if (x.categories().contains(c)) {
        export(b, c, x);
      }
    }
    if (ir.weightColumns().categories().contains(c)) {
      weightColumns(b, c);
    }
    return b.build();
  }

  /** The event's weights beside its exported columns, the variations for simulation only. */
  private void weightColumns(CodeBlock.Builder b, int c) {
    b.add("// weight columns, as PocketCoffea adds them to its column outputs\n");
    List<ColumnSlot> slots = ir.weightColumns().slots();
    b.addStatement("$L[$L].add(wt[0])", names.of(slots.get(0)), c);
    if (slots.size() > 1) {
      b.beginControlFlow("if (mc)");
      for (ColumnSlot s : slots.subList(1, slots.size())) {
        b.addStatement("$L[$L].add(wt[$L])", names.of(s), c, s.pos());
      }
      b.endControlFlow();
    }
  }

  /**
   * What an event does in category {@code c} in a shape variation's pass: its nominal weight
   * goes to the variation's slot {@code slot} of the yields and of every histogram that has
   * variations. The event counts and {@code @ColOut} are the nominal pass's only.
   */
  CodeBlock shapeCategory(int c) {
    CodeBlock.Builder b = CodeBlock.builder();
    b.addStatement("int cb = $L", c == 0 ? "slot" : c + " * nvar + slot");
    b.addStatement("wt[0] = $L", product(c, ir.variations().get(0)));
    b.addStatement("$T.addYields(sumw, sumw2, cb, 1, wt)", KERNELS);
    for (FillStep f : ir.fills()) {
      if (f.categories().contains(c) && f.model().variations()) {
        fill(b, f, "1");
      }
    }
    return b.build();
  }

  private String product(int c, Variation v) {
    List<String> factors = new ArrayList<>();
    for (int w = 0; w < ir.weights().size(); w++) {
      WeightStep ws = ir.weights().get(w);
      if (ws.categories().contains(c)) {
        factors.add(v.weight() != w ? names.of(ws, "") : WeightEmitter.factor(names, ws, v));
      }
    }
    return factors.isEmpty() ? "1.0" : String.join(" * ", factors);
  }

  /** Fills {@code f} with the first {@code count} weights of {@code wt}, from slot {@code cb}. */
  private void fill(CodeBlock.Builder b, FillStep f, String count) {
    List<CodeBlock> conds = new ArrayList<>(kind(f.on()));
    if (!f.model().samples().isEmpty()) {
      conds.add(CodeBlock.of("$L", names.of(f, "samples")));
    }
    List<ColumnRef> perEvent = new ArrayList<>();
    for (ColumnRef r : f.values()) {
      if (r.kind() != ColumnRef.Kind.ELEMENT) {
        perEvent.add(r);
      }
    }
    conds.addAll(exprs.guards(perEvent));
    List<String> sources = new ArrayList<>();
    for (var d : ir.derived()) {
      if (d.label().equals(f.label())) {
        sources.add(exprs.method(d.call()));
      }
    }
    b.add("// @Histogram $S$L\n", f.model().name(),
        sources.isEmpty() ? "" : ": " + String.join(", ", sources));
    if (!conds.isEmpty()) {
      b.beginControlFlow("if ($L)", CodeBlock.join(conds, " && "));
    }
    if (!f.perObject().isEmpty()) {
      exprs.objectLoop(b, f.perObject());
    }
    List<CodeBlock> xs = new ArrayList<>();
    for (ColumnRef r : f.values()) {
      xs.add(exprs.value(r));
    }
    b.addStatement("$T.fill($L, cb, $L, $L, wt)", f.values().size() == 2 ? HIST_2D : HIST_1D,
        names.of(f), count, CodeBlock.join(xs, ", "));
    if (!f.perObject().isEmpty()) {
      b.endControlFlow();
    }
    if (!conds.isEmpty()) {
      b.endControlFlow();
    }
  }

  private void export(CodeBlock.Builder b, int c, ExportStep x) {
    ColOutModel co = x.model();
    b.add("// $L$L\n", x.label(), co.positional()
        ? " (positions " + co.posStart() + " to " + (co.posEnd() - 1) + ")"
        : co.flatten() ? " (flatten)" : "");
    List<CodeBlock> kind = kind(co.on());
    if (!kind.isEmpty()) {
      b.beginControlFlow("if ($L)", kind.get(0));
    }
    boolean fields = x.slots().stream().anyMatch(s -> s.role() == ColumnSlot.Role.FIELD);
    if (fields) {
      exprs.objectLoop(b, co.collection());
      for (ColumnSlot s : x.slots()) {
        if (s.role() == ColumnSlot.Role.FIELD) {
          b.addStatement("$L[$L].add($L)", names.of(s), c, asDouble(exprs.value(s.ref()),
              s.ref().type()));
        }
      }
      b.endControlFlow();
    }
    for (ColumnSlot s : x.slots()) {
      String col = names.of(s) + "[" + c + "]";
      switch (s.role()) {
        case POSITION -> {
          CodeBlock at = exprs.field(s.ref().field(),
              exprs.position(co.collection(), CodeBlock.of("$L", s.pos()), "e"), "e");
          b.addStatement("$L.add($L > $L ? $L : $L)", col, exprs.size(co.collection(), "e"),
              s.pos(), asDouble(at, s.ref().type()), fill(co.fill(), s.ref().type()));
        }
        case SIZE -> b.addStatement("$L.add($L)", col, exprs.size(co.collection(), "e"));
        case EVENT -> {
          List<CodeBlock> guards = exprs.guards(s.ref());
          CodeBlock value = asDouble(exprs.value(s.ref()), s.ref().type());
          if (guards.isEmpty()) {
            b.addStatement("$L.add($L)", col, value);
          } else {
            b.addStatement("$L.add($L ? $L : $L)", col, CodeBlock.join(guards, " && "), value,
                fill(co.fill(), s.ref().type()));
          }
        }
        default -> { }
      }
    }
    if (!kind.isEmpty()) {
      b.endControlFlow();
    }
  }

  /** The condition restricting a step to one kind of events, or none. */
  private static List<CodeBlock> kind(EventKind on) {
    return on == EventKind.ALL ? List.of()
        : List.of(CodeBlock.of(on == EventKind.MC ? "mc" : "!mc"));
  }

  /** {@code expr} as a {@code double} for {@code ColumnBuffer.add}. */
  private static CodeBlock asDouble(CodeBlock expr, LeafType leaf) {
    return leaf == LeafType.BOOLEAN ? CodeBlock.of("($L ? 1.0 : 0.0)", expr) : expr;
  }

  /** The {@code double} literal a missing value of a {@code leaf} column is filled with. */
  static String fill(double fill, LeafType leaf) {
    double v;
    switch (leaf) {
      case BOOLEAN: v = fill != 0 ? 1.0 : 0.0; break;
      case FLOAT: v = (float) fill; break;
      case DOUBLE: v = fill; break;
      default: v = (double) (long) fill;
    }
    if (Double.isNaN(v)) {
      return "Double.NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
    }
    return Double.toString(v);
  }
}

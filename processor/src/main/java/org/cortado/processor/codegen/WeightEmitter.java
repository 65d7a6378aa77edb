package org.cortado.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cortado.processor.ir.Node;
import org.cortado.processor.ir.Variation;
import org.cortado.processor.ir.WeightStep;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.StandardWeightSpec;
import org.cortado.processor.model.WeightEvaluation;
import org.cortado.processor.model.WeightModel;

/**
 * The weights of one event and their variations, each in its own fields: {@code w_pileup},
 * {@code w_pileupUp}, {@code w_pileupDown}. Data events keep every weight at 1. A method weight
 * whose positional input is missing is 1 for that event.
 */
final class WeightEmitter {
  private final Exprs exprs;
  private final Names names;
  private final LoopClass loop;

  WeightEmitter(Exprs exprs, LoopClass loop) {
    this.exprs = exprs;
    this.names = exprs.names();
    this.loop = loop;
  }

  CodeBlock weigh() {
    CodeBlock.Builder b = CodeBlock.builder();
    // With shape variations, weights that read no varied column are computed once per event.
    Set<Node> varied = exprs.ir().varied();
    List<WeightStep> fixed = exprs.ir().passes().isEmpty() ? List.of()
        : exprs.ir().weights().stream().filter(w -> !varied.contains(w)).toList();
    if (!fixed.isEmpty()) {
      loop.state(TypeName.INT, "weights_event", "-1");
      b.beginControlFlow("if (weights_event != e)").addStatement("weights_event = e");
      fixed.forEach(w -> weight(b, w));
      b.endControlFlow();
    }
    for (WeightStep w : exprs.ir().weights()) {
      if (!fixed.contains(w)) {
        weight(b, w);
      }
    }
    return b.build();
  }

  private void weight(CodeBlock.Builder b, WeightStep w) {
    List<String> fields = new ArrayList<>(List.of(names.of(w, "")));
    if (w.varies() && w.sources().isEmpty()) {
      fields.add(names.of(w, "up"));
      fields.add(names.of(w, "down"));
    }
    for (String s : w.sources()) {
      fields.add(names.of(w, s + "up"));
      fields.add(names.of(w, s + "down"));
    }
    String active = w.samples().isEmpty() ? "mc" : names.of(w, "samples");
    if (w.model().isStandard()) {
      b.add("// @Weight $S (StandardWeight.$L$L)\n", w.name(), w.model().standard(),
          w.parts().size() > 1 ? ", " + w.parts().size() + " collections" : "");
    } else {
      b.add("// @Weight $S: $L\n", w.name(), exprs.method(w.nominal()));
    }
    for (String f : fields) {
      loop.state(TypeName.DOUBLE, f);
      b.addStatement("$L = 1.0", f);
    }
    if (!w.model().isStandard()) {
      List<CodeBlock> cond = new ArrayList<>(List.of(CodeBlock.of("$L", active)));
      cond.addAll(exprs.guards(w.nominal()));
      b.beginControlFlow("if ($L)", CodeBlock.join(cond, " && "));
      b.addStatement("$L = $L", fields.get(0), exprs.call(w.nominal()));
      if (w.varies()) {
        b.addStatement("$L = $L", fields.get(1), exprs.call(w.up()));
        b.addStatement("$L = $L", fields.get(2), exprs.call(w.down()));
      }
      b.endControlFlow();
      return;
    }
    b.beginControlFlow("if ($L)", active);
    standard(b, w);
    b.endControlFlow();
  }

  /** A standard weight: its input column, its value for the chunk, or its runtime evaluator. */
  private void standard(CodeBlock.Builder b, WeightStep w) {
    StandardWeightSpec spec = w.model().standard();
    String nominal = names.of(w, "");
    if (spec.evaluation() instanceof WeightEvaluation.Column) {
      b.addStatement("$L = $L", nominal, args(w.model()));
      return;
    }
    if (spec.evaluation() instanceof WeightEvaluation.PerChunk c) {
      b.addStatement("$L = $L", nominal, c.field());
      return;
    }
    String sw = names.of(w, "evaluator");
    // One evaluation per event or object: up() and down() read what nominal(...) found.
    if (!spec.perObject()) {
      b.addStatement("$L = $L.nominal($L)", nominal, sw, args(w.model()));
      b.addStatement("$L = $L.up()", names.of(w, "up"), sw);
      b.addStatement("$L = $L.down()", names.of(w, "down"), sw);
      return;
    }
    for (WeightModel part : w.parts()) {
      ColumnRef first = part.inputs().get(0);
      exprs.objectLoop(b, first.collection());
      if (w.sources().isEmpty()) {
        b.addStatement("$L *= $L.nominal($L)", nominal, sw, args(part));
        b.addStatement("$L *= $L.up()", names.of(w, "up"), sw);
        b.addStatement("$L *= $L.down()", names.of(w, "down"), sw);
      } else {
        // jet(...) finds the object's factors, up(k) and down(k) its factor for source k.
        b.addStatement("$L *= $L.jet($L)", nominal, sw, args(part));
        for (int k = 0; k < w.sources().size(); k++) {
          String s = w.sources().get(k);
          b.addStatement("$L *= $L.up($L)", names.of(w, s + "up"), sw, k);
          b.addStatement("$L *= $L.down($L)", names.of(w, s + "down"), sw, k);
        }
      }
      b.endControlFlow();
    }
  }

  private CodeBlock args(WeightModel w) {
    List<CodeBlock> args = new ArrayList<>();
    for (ColumnRef r : w.inputs()) {
      args.add(exprs.value(r));
    }
    return CodeBlock.join(args, ", ");
  }

  /** The field holding weight {@code w} in variation {@code v}'s product. */
  static String factor(Names names, WeightStep w, Variation v) {
    if (v.source() >= 0) {
      return names.of(w, w.sources().get(v.source()) + (v.up() ? "up" : "down"));
    }
    return names.of(w, v.up() ? "up" : "down");
  }
}

package org.cortado.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.cortado.processor.ir.Derive;
import org.cortado.processor.ir.Node;

/**
 * Derived columns, each an accessor that computes the column the first time it is read in an
 * event and remembers the event it did: {@code mll(e)}, or for a column that can be missing
 * {@code has_mll(e)} (then read {@code mll_value}), and per object {@code JetGood_ptRaw(e, i)},
 * which computes the field of every object of its collection at once.
 */
final class DerivedEmitter {
  private final Exprs exprs;
  private final Names names;
  private final LoopClass loop;

  DerivedEmitter(Exprs exprs, LoopClass loop) {
    this.exprs = exprs;
    this.names = exprs.names();
    this.loop = loop;
  }

  void emit() {
    Set<Node> varied = exprs.ir().passes().isEmpty() ? Set.of() : exprs.ir().varied();
    for (Derive d : exprs.ir().derived()) {
      TypeName type = LoopWriter.primitive(d.model().type());
      String stamp = names.of(d, "event");
      // One that reads a varied column is recomputed in every pass, which stamp counts.
      String now = varied.contains(d) ? "stamp" : "e";
      String once = varied.contains(d) ? "pass" : "event";
      loop.state(TypeName.INT, stamp, "-1");
      CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if ($L != $L)", stamp, now)
          .addStatement("$L = $L", stamp, now);
      String doc = "{@code " + d.label() + "}: " + exprs.method(d.call());
      MethodSpec.Builder m = MethodSpec.methodBuilder(names.of(d, "get"))
          .addModifiers(Modifier.PRIVATE).addParameter(TypeName.INT, "e");
      if (d.model().perObject()) {
        String values = names.of(d, "values");
        loop.bind(ArrayTypeName.of(type), values, CodeBlock.of("new $T[$L]", type,
            new CollectionEmitter(exprs, loop).storageSize(d.base())));
        exprs.objectLoop(b, d.model().collection());
        b.addStatement("$L[i] = $L", values, exprs.call(d.call()));
        b.endControlFlow();
        b.endControlFlow().addStatement("return $L[at]", values);
        m.addParameter(TypeName.INT, "at").returns(type).addJavadoc("$L\n", LoopClass.wrap(doc
            + ", computed once per " + once + " for every object of " + d.model().collection()
            + "."));
      } else if (d.missable()) {
        String value = names.of(d, "value");
        String ok = names.of(d, "ok");
        loop.state(type, value);
        loop.state(TypeName.BOOLEAN, ok);
        List<CodeBlock> guards = exprs.guards(d.call());
        b.addStatement("$L = $L", ok, CodeBlock.join(guards, " && "));
        b.beginControlFlow("if ($L)", ok).addStatement("$L = $L", value, exprs.call(d.call()))
            .endControlFlow();
        b.endControlFlow().addStatement("return $L", ok);
        m.returns(TypeName.BOOLEAN).addJavadoc("$L\n", LoopClass.wrap(doc + ", computed at most"
            + " once per " + once + "; false when an input is missing, else the value is {@code "
            + value
            + "}."));
      } else {
        String value = names.of(d, "value");
        loop.state(type, value);
        b.addStatement("$L = $L", value, exprs.call(d.call()));
        b.endControlFlow().addStatement("return $L", value);
        m.returns(type).addJavadoc("$L\n", LoopClass.wrap(doc + ", computed at most once per "
            + once + "."));
      }
      loop.method(m.addCode(b.build()).build());
    }
  }
}

package org.cortado.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Objects;
import javax.lang.model.element.Modifier;
import org.cortado.processor.RuntimeNames;
import org.cortado.processor.ir.LoopIr;
import org.cortado.processor.ir.ViewImpl;
import org.cortado.processor.model.ViewBinding;

/**
 * The implementations of the analysis's view interfaces and of {@code Flags}: inner classes of
 * the loop, made once per chunk, that read the loop's arrays for the current event
 * ({@code currentEvent}).
 * Nothing is allocated per event; an index outside the collection throws
 * {@link IndexOutOfBoundsException} rather than reading another event's object.
 */
final class ViewEmitter {
  /** The nested class reading a list of boolean branches. */
  static final ClassName FLAGS_CLASS = ClassName.get("", "BranchFlags");

  private final Exprs exprs;
  private final Names names;
  private final LoopClass loop;

  ViewEmitter(Exprs exprs, LoopClass loop) {
    this.exprs = exprs;
    this.names = exprs.names();
    this.loop = loop;
  }

  /** Whether views or flags read the current event from the loop's {@code currentEvent}. */
  static boolean needsEvent(LoopIr ir) {
    return !ir.views().isEmpty() || !ir.flagSets().isEmpty();
  }

  void emit() {
    for (ViewImpl v : exprs.ir().views()) {
      loop.type(view(v));
    }
    if (!exprs.ir().flagSets().isEmpty()) {
      loop.type(flags());
    }
  }

  private TypeSpec view(ViewImpl v) {
    CodeBlock size = exprs.size(v.collection(), "currentEvent");
    TypeSpec.Builder t = TypeSpec.classBuilder(names.of(v, "class"))
        .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .addSuperinterface(v.type().name())
        .addJavadoc("$S as {@link $T}, for the current event.\n", v.collection(), v.type().name())
        .addMethod(MethodSpec.methodBuilder("size").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC).returns(TypeName.INT)
            .addStatement("return $L", size).build());
    for (ViewBinding.Bound b : v.accessors()) {
      CodeBlock at = exprs.position(v.collection(),
          CodeBlock.of("$T.checkIndex(i, $L)", Objects.class, size), "currentEvent");
      t.addMethod(MethodSpec.methodBuilder(b.accessor().method()).addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC).returns(LoopWriter.primitive(b.field().type()))
          .addParameter(TypeName.INT, "i")
          .addStatement("return $L", exprs.field(b.field(), at, "currentEvent")).build());
    }
    return t.build();
  }

  private static TypeSpec flags() {
    TypeName rows = ArrayTypeName.of(ArrayTypeName.of(TypeName.BOOLEAN));
    return TypeSpec.classBuilder(FLAGS_CLASS.simpleName())
        .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .addSuperinterface(RuntimeNames.FLAGS)
        .addJavadoc("Boolean branches of the current event, as the parameters list them.\n")
        .addField(rows, "values", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(RuntimeNames.COLUMN_CHUNK, "chunk")
            .addParameter(String[].class, "branches")
            .addStatement("values = new boolean[branches.length][]")
            .beginControlFlow("for (int k = 0; k < branches.length; k++)")
            .addStatement("values[k] = chunk.booleans(branches[k])")
            .endControlFlow().build())
        .addMethod(MethodSpec.methodBuilder("size").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC).returns(TypeName.INT)
            .addStatement("return values.length").build())
        .addMethod(MethodSpec.methodBuilder("get").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
            .addParameter(TypeName.INT, "k")
            .addStatement("return values[k][currentEvent]").build())
        .addMethod(reduction("all", false))
        .addMethod(reduction("any", true))
        .build();
  }

  /**
   * {@code all()} or {@code any()} over the arrays directly: event flags are tested for every
   * event, and this loop reads the event index once rather than through {@code get} per branch.
   */
  private static MethodSpec reduction(String name, boolean decides) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
        .addStatement("int e = currentEvent")
        .beginControlFlow("for (boolean[] v : values)")
        .beginControlFlow("if ($Lv[e])", decides ? "" : "!")
        .addStatement("return $L", decides)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $L", !decides).build();
  }
}

package org.cortado.processor.codegen;

import static org.cortado.processor.RuntimeNames.CHUNK_KERNEL;
import static org.cortado.processor.RuntimeNames.GOLDEN_JSON;
import static org.cortado.processor.RuntimeNames.KERNELS;
import static org.cortado.processor.RuntimeNames.PARAMS;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.cortado.processor.RuntimeNames;
import org.cortado.processor.ir.LoopIr;
import org.cortado.processor.ir.ParamValue;
import org.cortado.processor.ir.WeightStep;
import org.cortado.processor.model.Choice;
import org.cortado.processor.model.Periods;
import org.cortado.processor.model.Ref;
import org.cortado.processor.model.WeightEvaluation;

/**
 * The parameter side of a kernel that reads parameters, all done once, in the constructor taking
 * {@code Params}: it checks that the run's parameters still choose the branches the kernel was
 * compiled for, reads the {@code @Param} values (a path with choices once per period, resolved
 * with the run's parameters), and makes the standard-weight evaluators and the golden-JSON mask.
 * The no-arg constructor loads the defaults plus the {@code @Analysis(params)} resources, and
 * {@code withParams} rebinds to the merged parameters a run loads. Nothing is read per event.
 */
final class ParamsEmitter {
  private ParamsEmitter() {}

  static void addTo(TypeSpec.Builder type, LoopIr ir, Names names, ClassName kernel) {
    List<CodeBlock> files = new ArrayList<>();
    for (Ref r : ir.model().paramFiles()) {
      files.add(CodeBlock.of("$S", r.name()));
    }
    type.addField(FieldSpec.builder(String[].class, "PARAM_FILES", Modifier.PRIVATE,
        Modifier.STATIC, Modifier.FINAL).initializer("{$L}", CodeBlock.join(files, ", ")).build());
    type.addField(PARAMS, "params", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Reads every parameter the kernel needs from {@code params}, once.\n")
        .addParameter(PARAMS, "params")
        .addStatement("this.params = params");
    Periods periods = ir.model().periods();
    for (Choice c : ir.choices()) {
      for (int k = 0; k < periods.size(); k++) {
        List<CodeBlock> expected = new ArrayList<>();
        for (String name : c.expanded().at(k)) {
          expected.add(CodeBlock.of("$S", name));
        }
        ctor.addStatement("$T.requireChoice(params, $S, $S, $L)", KERNELS, c.template(),
            periods.get(k), CodeBlock.join(expected, ", "));
      }
    }
    for (ParamValue p : ir.params()) {
      String name = names.of(p);
      TypeName t = javaType(p);
      if (!p.perPeriod()) {
        type.addField(t, name, Modifier.PRIVATE, Modifier.FINAL);
        ctor.addStatement("this.$L = $L", name, read(p, CodeBlock.of("$S", p.path())));
        continue;
      }
      type.addField(ArrayTypeName.of(t), name, Modifier.PRIVATE, Modifier.FINAL);
      List<CodeBlock> values = new ArrayList<>();
      for (String period : periods.names()) {
        values.add(read(p, CodeBlock.of("$T.choose(params, $S, $S)", KERNELS, p.path(), period)));
      }
      ctor.addStatement("this.$L = new $T[] {$L}", name, t, CodeBlock.join(values, ", "));
    }
    for (WeightStep w : ir.weights()) {
      if (w.model().isStandard()
          && w.model().standard().evaluation() instanceof WeightEvaluation.Evaluator ev) {
        type.addField(ev.type().nestedClass("Factory"), names.of(w, "factory"), Modifier.PRIVATE,
            Modifier.FINAL);
        ctor.addStatement("this.$L = $T.$L(params)", names.of(w, "factory"), ev.type(),
            ev.factoryMethod());
      }
    }
    CalibrationEmitter.kernel(type, ctor, ir, names);
    if (ir.model().goldenJson()) {
      type.addField(GOLDEN_JSON, "goldenJson", Modifier.PRIVATE, Modifier.FINAL);
      ctor.addStatement("this.goldenJson = new $T(params)", GOLDEN_JSON);
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Reads the shipped defaults overlaid with the analysis's parameter files.\n")
        .addStatement("this($T.loadParams($T.class, PARAM_FILES))", KERNELS, kernel).build());
    type.addMethod(ctor.build());
    List<CodeBlock> standard = new ArrayList<>();
    for (WeightStep w : ir.weights()) {
      if (w.model().isStandard()) {
        standard.add(CodeBlock.of("$S", w.model().standard().name()));
      }
    }
    type.addMethod(MethodSpec.methodBuilder("standardWeights").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(String[].class)
        .addStatement("return new String[] {$L}", CodeBlock.join(standard, ", ")).build());
    type.addMethod(MethodSpec.methodBuilder("paramFiles").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(String[].class)
        .addStatement("return PARAM_FILES.clone()").build());
    type.addMethod(MethodSpec.methodBuilder("withParams").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(CHUNK_KERNEL).addParameter(PARAMS, "params")
        .addStatement("return new $T(params)", kernel).build());
  }

  /** The Java type a parameter is held as. */
  static TypeName javaType(ParamValue p) {
    switch (p.kind()) {
      case FLOAT: return TypeName.FLOAT;
      case DOUBLE: return TypeName.DOUBLE;
      case INT: return TypeName.INT;
      case LONG: return TypeName.LONG;
      case BOOLEAN: return TypeName.BOOLEAN;
      default: return ClassName.get(String.class);
    }
  }

  private static CodeBlock read(ParamValue p, CodeBlock path) {
    switch (p.kind()) {
      case FLOAT: return CodeBlock.of("(float) params.getDouble($L)", path);
      case DOUBLE: return CodeBlock.of("params.getDouble($L)", path);
      case INT: return CodeBlock.of("params.getInt($L)", path);
      case LONG: return CodeBlock.of("params.getLong($L)", path);
      case BOOLEAN: return CodeBlock.of("params.getBoolean($L)", path);
      default: return CodeBlock.of("params.getString($L)", path);
    }
  }
}

package org.cortado.processor.codegen;

import static org.cortado.processor.RuntimeNames.CHUNK_KERNEL;
import static org.cortado.processor.RuntimeNames.GOLDEN_JSON;
import static org.cortado.processor.RuntimeNames.KERNELS;
import static org.cortado.processor.RuntimeNames.PARAMS;

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
import org.cortado.processor.model.ParamRef;
import org.cortado.processor.model.Ref;
import org.cortado.processor.model.StandardWeightSpec;
import org.cortado.processor.model.WeightModel;

/**
 * The parameter side of a kernel that reads parameters: the {@code @Param} values and the
 * standard-weight factories are read once, in the constructor taking {@code Params}; the no-arg
 * constructor loads the defaults plus the {@code @Analysis(params)} resources; and
 * {@code withParams} rebinds to the merged parameters a run loads. Nothing is read per event.
 */
final class ParamsEmitter {
  private ParamsEmitter() {}

  static void addTo(TypeSpec.Builder type, KernelPlan plan, ClassName kernel) {
    List<CodeBlock> files = new ArrayList<>();
    for (Ref r : plan.model.paramFiles()) {
      files.add(CodeBlock.of("$S", r.name()));
    }
    type.addField(FieldSpec.builder(String[].class, "PARAM_FILES", Modifier.PRIVATE,
        Modifier.STATIC, Modifier.FINAL).initializer("{$L}", CodeBlock.join(files, ", ")).build());
    type.addField(PARAMS, "params", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Reads every parameter the kernel needs from {@code params}, once.\n")
        .addParameter(PARAMS, "params")
        .addStatement("this.params = params");
    for (ParamRef p : plan.params) {
      String name = Names.param(p.path(), p.kind().javaName());
      type.addField(javaType(p), name, Modifier.PRIVATE, Modifier.FINAL);
      ctor.addStatement("this.$L = $L", name, read(p));
    }
    List<WeightModel> ws = plan.model.weights();
    for (int w = 0; w < ws.size(); w++) {
      StandardWeightSpec spec = ws.get(w).standard();
      if (ws.get(w).isStandard() && !spec.runtimeClass().isEmpty()) {
        ClassName factory = RuntimeNames.weightClass(spec.runtimeClass()).nestedClass("Factory");
        type.addField(factory, "sf_" + w, Modifier.PRIVATE, Modifier.FINAL);
        ctor.addStatement("this.sf_$L = $T.$L(params)", w,
            RuntimeNames.weightClass(spec.runtimeClass()), spec.factoryMethod());
      }
    }
    if (plan.model.goldenJson()) {
      type.addField(GOLDEN_JSON, "goldenJson", Modifier.PRIVATE, Modifier.FINAL);
      ctor.addStatement("this.goldenJson = new $T(params)", GOLDEN_JSON);
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Reads the shipped defaults overlaid with the analysis's parameter files.\n")
        .addStatement("this($T.loadParams($T.class, PARAM_FILES))", KERNELS, kernel).build());
    type.addMethod(ctor.build());
    List<CodeBlock> standard = new ArrayList<>();
    for (WeightModel w : ws) {
      if (w.isStandard()) {
        standard.add(CodeBlock.of("$S", w.standard().name()));
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

  private static TypeName javaType(ParamRef p) {
    switch (p.kind()) {
      case FLOAT: return TypeName.FLOAT;
      case DOUBLE: return TypeName.DOUBLE;
      case INT: return TypeName.INT;
      case LONG: return TypeName.LONG;
      case BOOLEAN: return TypeName.BOOLEAN;
      default: return ClassName.get(String.class);
    }
  }

  private static CodeBlock read(ParamRef p) {
    switch (p.kind()) {
      case FLOAT: return CodeBlock.of("(float) params.getDouble($S)", p.path());
      case DOUBLE: return CodeBlock.of("params.getDouble($S)", p.path());
      case INT: return CodeBlock.of("params.getInt($S)", p.path());
      case LONG: return CodeBlock.of("params.getLong($S)", p.path());
      case BOOLEAN: return CodeBlock.of("params.getBoolean($S)", p.path());
      default: return CodeBlock.of("params.getString($S)", p.path());
    }
  }

  /** Type of the local holding a param value, for the loop's parameter list. */
  static TypeName localType(ParamRef p) {
    return javaType(p);
  }
}

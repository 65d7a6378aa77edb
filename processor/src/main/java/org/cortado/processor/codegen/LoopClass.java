package org.cortado.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The parts of the generated {@code EventLoop} class as the emitters add them: final fields bound
 * once per chunk in the constructor, fields holding the current event's values, methods, and the
 * inner classes of views and flag sets.
 */
final class LoopClass {
  private final List<FieldSpec> finals = new ArrayList<>();
  private final CodeBlock.Builder constructor = CodeBlock.builder();
  private final List<FieldSpec> state = new ArrayList<>();
  private final List<MethodSpec> methods = new ArrayList<>();
  private final List<TypeSpec> types = new ArrayList<>();

  /** A final field, assigned {@code init} in the constructor. */
  void bind(TypeName type, String name, CodeBlock init) {
    bind(type, name, init, "");
  }

  /** A final field with a comment, assigned {@code init} in the constructor. */
  void bind(TypeName type, String name, CodeBlock init, String doc) {
    FieldSpec.Builder f = FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL);
    if (!doc.isEmpty()) {
      f.addJavadoc("$L\n", wrap(doc));
    }
    finals.add(f.build());
    constructor.addStatement("this.$L = $L", name, init);
  }

  /** {@code text} broken at spaces into lines of about 90 characters, for comments. */
  static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String word : text.split(" ")) {
      if (line > 0 && line + word.length() > 90) {
        out.append('\n');
        line = 0;
      } else if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(word);
      line += word.length();
    }
    return out.toString();
  }

  /** A statement of the constructor, after the fields bound so far. */
  void construct(CodeBlock statement) {
    constructor.addStatement(statement);
  }

  /** Statements of the constructor that run only when {@code condition} holds. */
  void constructIf(CodeBlock condition, List<CodeBlock> statements) {
    constructor.beginControlFlow("if ($L)", condition);
    statements.forEach(constructor::addStatement);
    constructor.endControlFlow();
  }

  /** A field of the current event. */
  void state(TypeName type, String name) {
    state.add(FieldSpec.builder(type, name, Modifier.PRIVATE).build());
  }

  /** A field of the current event with an initial value. */
  void state(TypeName type, String name, String initial) {
    state.add(FieldSpec.builder(type, name, Modifier.PRIVATE).initializer(initial).build());
  }

  void method(MethodSpec m) {
    methods.add(m);
  }

  /** A method placed before all others. */
  void first(MethodSpec m) {
    methods.add(0, m);
  }

  void type(TypeSpec t) {
    types.add(t);
  }

  /** A private per-event step method {@code name(int e)}. */
  static MethodSpec step(String name, TypeName returns, CodeBlock body, String doc) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE).returns(returns)
        .addParameter(TypeName.INT, "e").addJavadoc(doc + "\n").addCode(body).build();
  }

  TypeSpec build(ClassName loopType, ClassName kernel, ClassName chunk, ClassName outputs,
      String doc) {
    MethodSpec ctor = MethodSpec.constructorBuilder()
        .addParameter(kernel, "kernel").addParameter(chunk, "chunk")
        .addParameter(outputs, "out").addCode(constructor.build()).build();
    return TypeSpec.classBuilder(loopType)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(doc)
        .addFields(finals).addFields(state).addMethod(ctor).addMethods(methods).addTypes(types)
        .build();
  }
}

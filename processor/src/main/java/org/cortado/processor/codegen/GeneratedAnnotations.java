package org.cortado.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** {@code @Generated} with the processor and the source class, and no date or version. */
final class GeneratedAnnotations {
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private GeneratedAnnotations() {}

  static AnnotationSpec generated(String processor, ClassName from) {
    return AnnotationSpec.builder(GENERATED)
        .addMember("value", "$S", processor)
        .addMember("comments", "$S", "from " + from.canonicalName())
        .build();
  }
}

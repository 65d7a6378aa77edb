package org.cortado.processor.model;

/**
 * An {@code @Param}: the dotted path as written (possibly with choices), the Java type it is read
 * as, and the annotation (for diagnostics on its value). {@code paths} is the path for each period
 * once the choices are resolved at compile time, or null with {@code problem} saying why not.
 */
public record ParamRef(String path, ParamKind kind, AnnotationSite site, PerPeriod paths,
    String problem) {
  /** Whether the path holds choices, which the kernel resolves again with the run's parameters. */
  public boolean chosen() {
    return org.cortado.params.Choices.isTemplate(path);
  }
}

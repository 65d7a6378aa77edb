package org.cortado.processor.model;

/**
 * An {@code @Param}: the dotted parameter path, the Java type it is read as, and the annotation
 * (for diagnostics on its value).
 */
public record ParamRef(String path, ParamKind kind, AnnotationSite site) {}

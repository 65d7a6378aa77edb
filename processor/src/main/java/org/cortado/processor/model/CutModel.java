package org.cortado.processor.model;

import org.cortado.annotations.Stage;

/** A {@code @Cut}: name (its cut-flow row), stage and method. */
public record CutModel(String name, Stage stage, AnnotationSite site, MethodModel method) {}

package org.cortado.processor.model;

import org.cortado.annotations.EventKind;
import org.cortado.annotations.Stage;

/** A {@code @Cut}: name (its cut-flow row), stage, the events it applies to, and method. */
public record CutModel(String name, Stage stage, EventKind on, AnnotationSite site,
    MethodModel method) {}

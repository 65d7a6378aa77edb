package org.cortado.processor.model;

import javax.lang.model.element.VariableElement;

/**
 * A parameter of a user method: its Java type ({@code typeText}, and {@code leaf} when it is a
 * primitive we can read) and the column it is bound to ({@code ref} is null without {@code @Col}).
 */
public record ParamModel(
    VariableElement element, String name, String typeText, LeafType leaf, AnnotationSite col,
    ColumnRef ref) {}

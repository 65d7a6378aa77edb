package org.cortado.processor.model;

import javax.lang.model.element.VariableElement;

/**
 * A parameter of a user method: its Java type ({@code typeText}, and {@code leaf} when it is a
 * primitive we can read) and what it is bound to: a column ({@code col} and {@code ref}, null
 * without {@code @Col}) or an analysis parameter ({@code param}, null without {@code @Param}).
 */
public record ParamModel(
    VariableElement element, String name, String typeText, LeafType leaf, AnnotationSite col,
    ColumnRef ref, ParamRef param) {}

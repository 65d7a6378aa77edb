package org.cortado.processor.model;

import javax.lang.model.element.VariableElement;
import org.cortado.annotations.EventKind;

/**
 * A parameter of a user method: its Java type ({@code typeText}, and {@code leaf} when it is a
 * primitive we can read) and what it is bound to: a column ({@code col} and {@code ref}, null
 * without {@code @Col}, with {@code on} its {@code @Col(on)}) or an analysis parameter
 * ({@code param}, null without {@code @Param}).
 */
public record ParamModel(
    VariableElement element, String name, String typeText, LeafType leaf, AnnotationSite col,
    ColumnRef ref, EventKind on, ParamRef param) {}

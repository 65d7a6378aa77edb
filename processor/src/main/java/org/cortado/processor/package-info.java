/**
 * The Cortado annotation processor. {@link org.cortado.processor.AnalysisProcessor} is the
 * entry point and reads like a recipe: {@code model/} turns an {@code @Analysis} class into
 * records, {@code validation/} turns the model into a report of every problem, and
 * {@code codegen/} writes the kernel when the report is clean. Runtime types are named only
 * through {@link org.cortado.processor.RuntimeNames}. Only javac is supported: diagnostics reach
 * their annotation value through javac's {@code Messager}, and, inside repeated annotations that
 * javac wraps in an implicit container, through the tree lookup isolated in
 * {@code validation/javac/}.
 */
package org.cortado.processor;

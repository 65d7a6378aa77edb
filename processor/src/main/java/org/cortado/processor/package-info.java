/**
 * The Cortado annotation processor. {@link org.cortado.processor.AnalysisProcessor} is the
 * entry point and reads like a recipe: {@code model/} reads the {@code @Analysis} header, loads the
 * schema and parameter files it names, and turns the class into records with every name resolved
 * (per data-taking period); {@code validation/} turns the model into a report of every problem;
 * when the report is clean, {@code ir/} lowers the model to the event loop's dataflow graph and
 * {@code codegen/} renders it as the kernel. Runtime types are named only through
 * {@link org.cortado.processor.RuntimeNames}. Only javac is supported: diagnostics reach their
 * annotation value through javac's {@code Messager}, and, inside repeated annotations that javac
 * wraps in an implicit container, through the tree lookup isolated in {@code validation/javac/}.
 */
package org.cortado.processor;

package org.cortado.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

/**
 * How a kernel computes a standard weight for a simulated event; data events keep every weight
 * at 1. Code generation handles each kind once, so a new standard weight is a description in
 * {@link StandardWeightSpec} and, for {@link Evaluator}, one runtime class.
 */
public sealed interface WeightEvaluation {
  /** The weight is the value of its one input column ({@code genWeight}). */
  record Column() implements WeightEvaluation {}

  /**
   * One value per chunk, held in loop field {@code field}: {@code value} is an expression over the
   * {@code chunk} and the kernel's {@code params} ({@code kernel.params}).
   */
  record PerChunk(String field, CodeBlock value) implements WeightEvaluation {}

  /**
   * A runtime evaluator: {@code type.<factoryMethod>(params)} makes its factory once per kernel,
   * {@code factory.bind(year)} an evaluator per chunk. Per event, {@code nominal(inputs...)} gives
   * the weight and {@code up()}, {@code down()} its variations; per object the same, multiplied
   * over the objects; with uncertainty sources, {@code jet(inputs...)} per object and
   * {@code up(k)}, {@code down(k)} for source {@code k}.
   */
  record Evaluator(ClassName type, String factoryMethod) implements WeightEvaluation {}
}

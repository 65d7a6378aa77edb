/**
 * Stage 2, model → report: {@link org.cortado.processor.validation.AnalysisValidator} runs the
 * small rules in {@code rules/} in a fixed order and collects every problem into one
 * {@link org.cortado.processor.validation.ValidationReport}, so an analyst with five mistakes
 * sees five errors in one compile. Messages come only from the
 * {@link org.cortado.processor.validation.Diagnostic} catalogue and are placed on the narrowest
 * site known. Code generation runs only when the report is clean.
 */
package org.cortado.processor.validation;

/**
 * One class per validation rule, named after the rule. A new rule is one class here, one
 * {@link org.cortado.processor.validation.Diagnostic} constant, and a {@code bad/<Rule>/} fixture
 * with its {@code near/} miss, which {@code FixturesTest} compiles.
 */
package org.cortado.processor.validation.rules;

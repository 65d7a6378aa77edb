/**
 * One class per validation rule, named after the rule. A new rule is one class here, one
 * {@link org.cortado.processor.validation.Diagnostic} constant and one test class.
 */
package org.cortado.processor.validation.rules;

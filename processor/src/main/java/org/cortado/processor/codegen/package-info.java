/**
 * Stage 3, model → Java source: {@link org.cortado.processor.codegen.KernelWriter} writes one
 * {@code <Analysis>_Kernel} per clean model with JavaPoet. Output is deterministic (no dates,
 * declaration or sorted order everywhere), names runtime types only through
 * {@code RuntimeNames}, and touches {@code javax.lang.model} only for the originating element.
 */
package org.cortado.processor.codegen;

/**
 * Stage 4, loop IR → Java source: {@link org.cortado.processor.codegen.KernelWriter} writes one
 * {@code <Analysis>_Kernel} per clean model with JavaPoet {@code CodeBlock}s. Every identifier comes
 * from one {@link org.cortado.processor.codegen.UniqueNames} set, named after the analyst's own names
 * ({@link org.cortado.processor.codegen.Names}); each emitter renders one kind of IR node
 * (collections, derived columns, weights, category blocks, views). Output is deterministic (no
 * dates, declaration or sorted order everywhere), names runtime types only through
 * {@code RuntimeNames}, and allocates nothing per event: views and flag sets are made once per chunk
 * and read the loop's arrays in place.
 */
package org.cortado.processor.codegen;

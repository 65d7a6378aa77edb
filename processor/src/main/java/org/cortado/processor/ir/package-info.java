/**
 * Stage 3, validated model → loop IR: {@link org.cortado.processor.ir.IrBuilder} lowers an
 * analysis to {@link org.cortado.processor.ir.LoopIr}, the dataflow graph of one event loop. Its
 * nodes are the branches read ({@link org.cortado.processor.ir.Read}, with the offsets of raw
 * collections), the collections built per event ({@link org.cortado.processor.ir.Build}), the
 * derived columns ({@link org.cortado.processor.ir.Derive}) and the steps that act on each event
 * ({@link org.cortado.processor.ir.Step}: cuts with their cut-flow rows, category masks, weights,
 * histogram fills and column exports), each with the nodes it reads. The IR decides what the model
 * leaves open: the order collections are built in, which branches data or simulation need, which
 * derived columns can be missing, the cut-flow row numbers. Code generation only renders it.
 *
 * <p>The graph is what later features walk: a second version of a column (a jet-energy variation)
 * re-runs {@link org.cortado.processor.ir.LoopIr#downstream} of the reads it replaces, and a
 * per-event sample split is one more mask over the same steps.
 */
package org.cortado.processor.ir;

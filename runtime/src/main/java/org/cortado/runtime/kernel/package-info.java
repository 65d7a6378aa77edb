/**
 * The contract between generated kernels and the runtime: a
 * {@link org.cortado.runtime.kernel.ChunkKernel} runs over a
 * {@link org.cortado.runtime.kernel.ColumnChunk} of primitive arrays and fills
 * {@link org.cortado.runtime.kernel.KernelOutputs} laid out by a
 * {@link org.cortado.runtime.kernel.KernelLayout}. Executors, readers and output writers build
 * on these types; the processor names them only through its {@code RuntimeNames} constants.
 */
package org.cortado.runtime.kernel;

/**
 * JMH benchmarks of generated kernels alone, over in-memory {@code ColumnChunk}s: event-loop
 * speed and, with {@code -prof gc}, proof that the loop allocates nothing per event.
 */
package org.cortado.bench.kernel;

/**
 * Benchmarks of the ROOT reader: decompressed megabytes per second through {@code Branch.read*},
 * next to a bare loop that only decompresses the same baskets with the same libraries. The difference
 * is what the reader itself costs (I/O, key parsing, bounds checks, big-endian conversion).
 */
package org.cortado.bench.rootio;

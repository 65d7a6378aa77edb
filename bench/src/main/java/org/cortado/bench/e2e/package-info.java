/**
 * End-to-end throughput of a generated kernel run by {@code AnalysisRun} over real ROOT files,
 * next to a bare read of the same branches: how close the whole pipeline comes to the reader.
 */
package org.cortado.bench.e2e;

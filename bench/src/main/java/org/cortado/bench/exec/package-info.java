/**
 * The driver's share of a distributed run: what it costs to receive one work item's typed result
 * and merge it, per item and per histogram bin, for the scaling model of {@code cortado run
 * --executor spark}.
 */
package org.cortado.bench.exec;

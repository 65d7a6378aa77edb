package org.cortado.rootio;

import java.util.List;

/**
 * Everything the anchor, header, footer and page-list envelopes of one RNTuple say: its fields and
 * physical columns (header and schema extension together, in id order) and its clusters in entry order.
 */
record RNTupleLayout(String description, List<RFieldRecord> fields, List<RColumnRecord> columns,
    List<RCluster> clusters, long entries) {}

package org.cortado.rootio;

/**
 * One cluster of an RNTuple: its entries {@code [firstEntry, firstEntry + entries)} and the pages of each
 * physical column (indexed by column id; a column added after this cluster was written has none).
 */
record RCluster(long firstEntry, long entries, RPageRange[] columns) {
  RPageRange column(int id) {
    return id < columns.length ? columns[id] : RPageRange.ABSENT;
  }
}

package org.cortado.rootio;

import java.util.List;
import java.util.Optional;

/**
 * A table of events, a {@link TTree} or an {@link RNTuple}: its entries and its columns by name. An
 * analysis reads a TTree and an RNTuple with the same columns alike ({@link RootFile#table}).
 */
public interface EventTable {
  /** The path of the tree or RNTuple in its file. */
  String name();

  long entries();

  /** The file the table is in. */
  RootFile file();

  /** Every column, readable or not (those that are not say why). */
  List<? extends EventColumn> columns();

  /** The column of that name, if there is one. */
  Optional<EventColumn> findColumn(String name);

  /** The column of that name; throws a {@link RootFormatException} naming the file if there is none. */
  EventColumn column(String name) throws RootFormatException;
}

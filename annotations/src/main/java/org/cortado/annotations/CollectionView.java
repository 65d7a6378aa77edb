package org.cortado.annotations;

/**
 * A whole collection of objects, handed to a user method as a typed view: the analysis declares
 * an interface extending this one with one accessor per field it reads, and binds a parameter
 * of that type to a collection with {@link Col}. The processor checks every accessor against the
 * NanoAOD schema (the field's branch must exist and the accessor must return its leaf type, as
 * for {@code @Col}) and generates the implementation, which reads the chunk's arrays in place:
 * nothing is allocated per event.
 *
 * <pre>{@code
 * interface Muons extends CollectionView {
 *   float pt(int i);
 *   float eta(int i);
 *   int charge(int i);
 *   @Field("${object_preselection.Muon.id}") boolean id(int i);   // a field chosen by a parameter
 *   default boolean opposite(int i, int j) { return charge(i) != charge(j); }
 * }
 *
 * @Cut(name = "oppositeChargePair")
 * static boolean pair(@Col("MuonGood") Muons mu) {
 *   for (int i = 0; i < mu.size(); i++)
 *     for (int j = i + 1; j < mu.size(); j++)
 *       if (mu.opposite(i, j)) return true;
 *   return false;
 * }
 * }</pre>
 *
 * <p>Index {@code i} runs over the objects of the bound collection in its order, from 0 to
 * {@code size() - 1}; an index outside that range throws {@link IndexOutOfBoundsException}. The
 * accessor name is the field ({@code pt} reads {@code Muon_pt} for any collection selected from
 * {@code Muon}), unless {@link Field} names it. Fields may be NanoAOD branches, per-object
 * {@link Derived} columns, and, for a {@link Merge}d collection, the fields its sources share plus
 * {@code source}. A view is valid only during the call it is passed to.
 */
public interface CollectionView {
  /** Number of objects of the collection in the current event. */
  int size();
}

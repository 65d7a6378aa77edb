package org.cortado.processor.model;

import java.util.List;

/**
 * Where the values of a column live. Per event: a branch ({@link Storage#BRANCH}, {@code owner}
 * empty), a per-event derived column ({@link Storage#DERIVED}) or the size of a collection
 * ({@link Storage#COUNT}, {@code owner} the collection). Per object, indexed by the position in
 * the owner's storage (the raw index of a NanoAOD collection, the position in a merged one):
 * a branch of raw collection {@code owner}, a per-object derived column declared on
 * {@code owner}, a field of merged collection {@code owner} gathered from its sources
 * ({@code perSource}, one field per source), or a merged collection's {@code source} index.
 *
 * @param name the field name ({@code pt}) per object, the column name per event
 * @param branches the NanoAOD branch per period, for {@link Storage#BRANCH}
 */
public record Field(Storage storage, String owner, String name, LeafType type, PerPeriod branches,
    List<Field> perSource) {
  /** Where a field lives. */
  public enum Storage { BRANCH, DERIVED, COUNT, MERGED, SOURCE }

  /** Copies the list. */
  public Field {
    perSource = List.copyOf(perSource);
  }

  /** A per-event branch. */
  public static Field eventBranch(PerPeriod branches, LeafType type) {
    return new Field(Storage.BRANCH, "", branches.first(), type, branches, List.of());
  }

  /** A readable name for messages: {@code Muon_pt}, {@code mll}, {@code nMuonGood}. */
  public String describe() {
    switch (storage) {
      case COUNT:
        return "n" + owner;
      case BRANCH:
        return branches.varies() ? String.join("/", branches.all()) : branches.first();
      default:
        return owner.isEmpty() ? name : owner + "_" + name;
    }
  }
}

/**
 * The eight IRIS-HEP ADL benchmark queries written for Cortado, in a module built as an analyst's
 * own repository would be. {@link org.cortado.example.adl.AdlQueries} is the whole analysis: each
 * query is a histogram in a category, its collection-level logic (pairs, triplets, cleaning,
 * reductions) written over views of whole collections, with no unrolled positions.
 */
package org.cortado.example.adl;

/**
 * Stage 1, Element → model: {@link org.cortado.processor.model.AnalysisModelReader} reads the
 * {@code @Analysis} header, then the analysis's collections and derived columns, which make the
 * {@link org.cortado.processor.model.Catalogue} every name is resolved in
 * ({@link org.cortado.processor.model.ColumnBinder}: parameter choices per period first, then the
 * schema, collections and derived columns), then every annotation of the class into immutable
 * records ({@link org.cortado.processor.model.AnalysisModel} and its parts).
 * {@link org.cortado.processor.model.Dependencies} says what the analysis's collections and derived
 * columns need from each other. Records keep declaration order, so everything downstream is
 * deterministic; element and mirror references are kept only to place diagnostics and to name
 * originating elements. Validation reads the model; the IR is built only from models that validated
 * clean.
 */
package org.cortado.processor.model;

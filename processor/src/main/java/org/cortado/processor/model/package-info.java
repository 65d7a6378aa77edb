/**
 * Stage 1, Element → model: {@link org.cortado.processor.model.AnalysisModelReader} turns one
 * {@code @Analysis} class into immutable records ({@link org.cortado.processor.model.AnalysisModel}
 * and its parts) with every column resolved against the
 * {@link org.cortado.processor.model.NanoAodSchema}. Records keep declaration order, so everything
 * downstream is deterministic; element and mirror references are kept only to place diagnostics
 * and to name originating elements. Validation reads the model; code generation reads only
 * models that validated clean.
 */
package org.cortado.processor.model;

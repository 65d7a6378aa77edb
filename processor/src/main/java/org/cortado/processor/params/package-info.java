/**
 * Compile-time access to the analysis parameters: {@link org.cortado.processor.params.ParamFiles}
 * finds the files named by {@code @Analysis(params)} and loads them over the defaults of
 * {@code cortado-params} with the runtime's own {@code ParamsLoader}, so the processor checks
 * exactly the tree the kernel reads at run time. The result, an
 * {@link org.cortado.processor.params.AnalysisParams}, is an input of validation; loading never
 * reports, its problems are turned into diagnostics by the {@code ParamRule}.
 */
package org.cortado.processor.params;

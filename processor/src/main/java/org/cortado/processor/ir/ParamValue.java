package org.cortado.processor.ir;

import org.cortado.processor.model.ParamKind;

/**
 * A parameter the kernel reads once, when it is built: the path as written and the Java type.
 * A path with choices ({@code ${year}}) is resolved per period with the run's parameters.
 */
public record ParamValue(String path, ParamKind kind, boolean perPeriod) {}

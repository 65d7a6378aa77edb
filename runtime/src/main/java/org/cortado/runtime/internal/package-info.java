/**
 * Runtime support that only generated code calls: the
 * {@link org.cortado.runtime.internal.CortadoGenerated} marker and the
 * {@link org.cortado.runtime.internal.Kernels} helpers. Not a public API.
 */
package org.cortado.runtime.internal;

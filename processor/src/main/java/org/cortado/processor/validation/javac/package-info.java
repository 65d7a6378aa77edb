/**
 * The only javac-specific code in the processor: {@link
 * org.cortado.processor.validation.javac.TreeSitePrinter} uses {@code com.sun.source.util.Trees}
 * to place diagnostics inside repeated annotations, where javac's {@code Messager} cannot. Under
 * another compiler it is not used and diagnostics go through {@code Messager} alone.
 */
package org.cortado.processor.validation.javac;

/**
 * The {@code cortado} command line: one picocli command per verb ({@code inspect}, {@code dump}, and
 * those later issues add). Every command reports a failure as one clear line plus a hint on standard
 * error and exits non-zero; stack traces are shown only with {@code --debug}.
 */
package org.cortado.runtime.cli;

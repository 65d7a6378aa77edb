package org.cortado.runtime.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --debug} option every command takes; {@link FailureReporter} prints the stack trace
 * of a failure when it was given.
 */
final class DebugOption {
  @Option(names = "--debug", description = "show stack traces on failure")
  boolean debug;
}

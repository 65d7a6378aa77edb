package org.cortado.runtime.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.cortado.rootio.RootFormatException;
import org.cortado.runtime.output.OutputLockedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one line on standard error and exit code 1. Our own
 * exceptions already name the file, tree and branch; the stack trace is for {@code --debug}.
 */
final class FailureReporter implements IExecutionExceptionHandler {
  static final int FAILURE = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    String message = e instanceof NoSuchFileException missing
        ? "no such file: " + missing.getFile()
        : e.getMessage() == null ? e.toString() : e.getMessage();
    cli.getErr().println("cortado " + cli.getCommandName() + ": " + message);
    String hint = hint(e, cli.getCommandName());
    if (!hint.isEmpty()) {
      cli.getErr().println("hint: " + hint);
    }
    ParseResult command = parsed;
    while (command.hasSubcommand()) {
      command = command.subcommand(); // --debug belongs to the subcommand, not to 'cortado'
    }
    if (command.hasMatchedOption("--debug")) {
      e.printStackTrace(cli.getErr());
    }
    cli.getErr().flush();
    return FAILURE;
  }

  private static String hint(Exception e, String command) {
    if (e instanceof OutputLockedException) {
      return "two runs never write one output folder; a killed run's lock goes away with its process";
    }
    if (e instanceof NoSuchFileException) {
      return "check the path; relative paths are resolved from the current directory";
    }
    if (e instanceof RootFormatException) {
      return "run 'cortado inspect FILE' to see the trees and branches the file holds";
    }
    if (e instanceof IOException) {
      return "check that the file exists, is readable and is what the command expects";
    }
    if (e instanceof IllegalArgumentException) {
      return "see 'cortado " + command + " --help' for the accepted forms";
    }
    return "rerun with --debug for the stack trace";
  }
}

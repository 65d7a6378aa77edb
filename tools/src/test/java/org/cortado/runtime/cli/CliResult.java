package org.cortado.runtime.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one {@code cortado} command line printed and returned, for the command tests. */
record CliResult(int exit, String out, String err) {

  static CliResult run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CortadoCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliResult(exit, out.toString(), err.toString());
  }
}

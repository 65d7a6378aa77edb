package org.cortado.runtime.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** Entry point of the {@code cortado} launcher. */
@Command(
    name = "cortado",
    mixinStandardHelpOptions = true,
    version = "cortado 0.1.0-SNAPSHOT",
    description = "Declarative cut-based analysis of CMS NanoAOD.",
    subcommands = {InspectCommand.class, DumpCommand.class, GenerateCommand.class, RunCommand.class, DatasetsCommand.class,
        CutflowCommand.class, MergeCommand.class, PlotCommand.class, DatacardCommand.class, SchemaCommand.class,
        CommandLine.HelpCommand.class})
public final class CortadoCli {

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line and returns its exit code; the streams are parameters so tests can capture them. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new CortadoCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new FailureReporter());
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // By now the stack that held the large objects has unwound: there is room for a message.
      err.println("cortado: out of memory (the JVM may use at most "
          + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB): " + e.getMessage());
      err.println("hint: give it more with CORTADO_JAVA_OPTS=-Xmx<size> (e.g. -Xmx4g), or run"
          + " fewer --threads; a run's histograms are held once per thread and per work item"
          + " waiting to be merged; the output folder is left as it was");
      err.flush();
      return FailureReporter.FAILURE;
    }
  }
}

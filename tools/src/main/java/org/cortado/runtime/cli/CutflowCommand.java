package org.cortado.runtime.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cortado.runtime.output.CutflowTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cortado cutflow OUTDIR}: prints the cut-flow table of a run's output folder. */
@Command(name = "cutflow", mixinStandardHelpOptions = true,
    description = "Print the cut flow of an output folder written by 'cortado run' or 'cortado merge'.")
final class CutflowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "OUTDIR", description = "output folder")
  Path dir;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws Exception {
    spec.commandLine().getOut().print(CutflowTable.of(dir));
    spec.commandLine().getOut().flush();
    return 0;
  }
}

package org.cortado.runtime.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cortado.runtime.output.OutputMerger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cortado merge OUT1 OUT2 ... -o OUT}: combines the output folders of several runs. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Combine the output folders of several runs of one analysis into one folder.")
final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "OUTDIR", arity = "2..*", description = "output folders to combine, in this order")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "folder for the merged output")
  Path output;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws Exception {
    OutputMerger.merge(inputs, output);
    spec.commandLine().getOut().println("merged " + inputs.size() + " outputs into " + output);
    return 0;
  }
}

package org.cortado.runtime.cli;

import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.params.UnknownKey;
import org.cortado.runtime.internal.Kernels;
import org.cortado.runtime.kernel.ChunkKernel;

/**
 * Finds the generated kernel of an analysis by class name ({@code org.example.ZMuMu} or its
 * {@code org.example.ZMuMu_Kernel}) and merges the parameters it will run with: the shipped
 * defaults, then the analysis's own files ({@code @Analysis(params)}, read from its class path), then the
 * run's {@code --params} files. A key of the run's files that names no parameter of the analysis
 * and is close to one that does ({@code lumi.picobarn}) is refused as a typo; other new keys are
 * kept and reported.
 */
final class KernelLoader {
  private KernelLoader() {}

  /**
   * A kernel and the parameters it will run with ({@code AnalysisRun} binds the two), and the keys
   * of the run's files that name no parameter of the analysis (additions, such as a plot label for
   * a new sample; likely typos are refused).
   */
  record Loaded(ChunkKernel kernel, Params params, List<UnknownKey> unknownKeys) {}

  static Loaded load(String name, List<Path> classpath, List<Path> runFiles) {
    String kernelName = name.endsWith("_Kernel") ? name : name + "_Kernel";
    ClassLoader loader = loader(classpath);
    Class<?> type;
    try {
      type = Class.forName(kernelName, true, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no kernel class '" + kernelName + "' on the classpath;"
          + " compile the analysis with the Cortado processor and pass its classes with --classpath");
    }
    if (!ChunkKernel.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException("'" + kernelName + "' is not a generated kernel (it does not implement ChunkKernel)");
    }
    try {
      ChunkKernel declared = (ChunkKernel) type.getConstructor().newInstance();
      ParamsLoader analysisParams = Kernels.paramsLoader(type, declared.paramFiles());
      List<UnknownKey> unknown = ParamsLoader.empty().files(runFiles)
          .keysUnknownTo(analysisParams.load());
      for (UnknownKey k : unknown) {
        if (k.likelyTypo()) {
          throw new IllegalArgumentException("run parameters: " + k);
        }
      }
      return new Loaded(declared, analysisParams.files(runFiles).load(), unknown);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException re ? re
          : new IllegalStateException("kernel '" + kernelName + "' failed to start: " + cause, cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot create kernel '" + kernelName + "': " + e, e);
    }
  }

  private static ClassLoader loader(List<Path> classpath) {
    ClassLoader parent = KernelLoader.class.getClassLoader();
    if (classpath.isEmpty()) {
      return parent;
    }
    URL[] urls = new URL[classpath.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = classpath.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("bad --classpath entry " + classpath.get(i), e);
      }
    }
    return new URLClassLoader(urls, parent);
  }
}

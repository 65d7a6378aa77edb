package org.cortado.runtime.cli;

import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.params.UnknownKey;
import org.cortado.runtime.internal.Kernels;
import org.cortado.runtime.kernel.ChunkKernel;

/**
 * Finds the generated kernel of an analysis by its {@code @Analysis} name ({@code zmumu}) or class
 * name ({@code org.example.ZMuMu}, {@code org.example.Outer.Inner}, or the kernel's
 * {@code org.example.ZMuMu_Kernel}) in the list the processor writes
 * ({@code META-INF/services/org.cortado.runtime.kernel.ChunkKernel}), and merges the parameters it will run with: the shipped
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
    ClassLoader loader = loader(classpath);
    Class<?> type = registered(name, loader);
    String kernelName = type != null ? type.getName() : name.endsWith("_Kernel") ? name : name + "_Kernel";
    try {
      type = type != null ? type : Class.forName(kernelName, true, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no kernel for '" + name + "' on the classpath (its kernels: "
          + listed(loader) + "); compile the analysis with the Cortado processor and pass its classes"
          + " with --classpath");
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

  /**
   * The kernel the processor's list ({@code META-INF/services}) has for {@code name}: an
   * {@code @Analysis} name ({@code zmumu}), an analysis class ({@code org.example.ZMuMu}, nested ones
   * as {@code org.example.Outer.Inner} or {@code Outer$Inner}) or a kernel class; null if none.
   *
   * @throws IllegalArgumentException if two kernels answer to the name
   */
  private static Class<?> registered(String name, ClassLoader loader) {
    // A kernel of the analysis a.b.Outer.Inner is a.b.Outer_Inner_Kernel: compared with '.' as '_'.
    String asKernel = name.replace('$', '.').replace('.', '_')
        + (name.endsWith("_Kernel") ? "" : "_Kernel");
    List<Class<?>> found = new ArrayList<>();
    for (ServiceLoader.Provider<ChunkKernel> p : ServiceLoader.load(ChunkKernel.class, loader).stream().toList()) {
      Class<?> type = p.type();
      if ((type.getName().replace('.', '_').equals(asKernel) || name.equals(nameOf(p)))
          && !found.contains(type)) {
        found.add(type);
      }
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException("'" + name + "' names more than one kernel: "
          + found.stream().map(Class::getName).toList() + "; give the analysis's class name");
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /** The kernels the processor's lists on {@code loader} name, as {@code name (class)}. */
  private static String listed(ClassLoader loader) {
    List<String> out = new ArrayList<>();
    for (ServiceLoader.Provider<ChunkKernel> p : ServiceLoader.load(ChunkKernel.class, loader).stream().toList()) {
      out.add(nameOf(p) + " (" + p.type().getName() + ")");
    }
    return out.isEmpty() ? "none listed" : String.join(", ", out);
  }

  /** The {@code @Analysis} name of a listed kernel; "?" for one that cannot be made here. */
  private static String nameOf(ServiceLoader.Provider<ChunkKernel> p) {
    try {
      return p.get().name();
    } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
      return "?";
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

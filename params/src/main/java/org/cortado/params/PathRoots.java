package org.cortado.params;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Root directories for {@link ParamPath} schemes. A root is looked up each time a path is
 * resolved, in this order: a root given through {@link #with}, the system property {@code
 * cortado.<scheme>.root}, the environment variable {@code CORTADO_<SCHEME>_ROOT}, and finally the
 * built-in default, which exists only for {@code cvmfs} ({@value #CVMFS_DEFAULT}).
 */
public final class PathRoots {

  /** Correction files in the CMS CVMFS metadata area, as PocketCoffea's {@code cvmfs} resolver. */
  public static final String CVMFS = "cvmfs";

  /** Certification ("golden") JSON files, shipped inside PocketCoffea's parameters directory. */
  public static final String DATACERT = "datacert";

  static final String CVMFS_DEFAULT = "/cvmfs/cms-griddata.cern.ch/cat/metadata";

  private final Map<String, Path> explicit;

  private PathRoots(Map<String, Path> explicit) {
    this.explicit = Map.copyOf(explicit);
  }

  /** Roots from system properties and environment variables, read when a path is resolved. */
  public static PathRoots fromEnvironment() {
    return new PathRoots(Map.of());
  }

  /** A copy in which {@code scheme} resolves against {@code root}, whatever the environment. */
  public PathRoots with(String scheme, Path root) {
    Map<String, Path> roots = new HashMap<>(explicit);
    roots.put(scheme, root);
    return new PathRoots(roots);
  }

  public static String systemProperty(String scheme) {
    return "cortado." + scheme + ".root";
  }

  public static String environmentVariable(String scheme) {
    return "CORTADO_" + scheme.toUpperCase(Locale.ROOT) + "_ROOT";
  }

  /** The root currently configured for {@code scheme}, with a description of where it came from. */
  public Optional<Root> root(String scheme) {
    Path given = explicit.get(scheme);
    if (given != null) {
      return Optional.of(new Root(given, "set through PathRoots.with"));
    }
    String property = System.getProperty(systemProperty(scheme));
    if (property != null && !property.isBlank()) {
      return Optional.of(new Root(Path.of(property), "system property " + systemProperty(scheme)));
    }
    String variable = System.getenv(environmentVariable(scheme));
    if (variable != null && !variable.isBlank()) {
      return Optional.of(
          new Root(Path.of(variable), "environment variable " + environmentVariable(scheme)));
    }
    if (scheme.equals(CVMFS)) {
      return Optional.of(new Root(Path.of(CVMFS_DEFAULT), "built-in default"));
    }
    return Optional.empty();
  }

  /**
   * Resolves {@code reference}, the value of parameter {@code parameter}, to an existing file.
   *
   * @throws ParamsException naming the parameter and where it was defined if no root is configured
   *     or the file does not exist
   */
  Path resolve(ParamPath reference, String parameter, SourceLocation source) {
    String scheme = reference.scheme();
    Root root =
        root(scheme)
            .orElseThrow(
                () ->
                    new ParamsException(
                        ParamsProblem.NO_ROOT,
                        parameter,
                        source,
                        String.format(
                            "%s needs a root directory for '%s'; set the system property %s,"
                                + " the environment variable %s, or use PathRoots.with",
                            reference.expression(),
                            scheme,
                            systemProperty(scheme),
                            environmentVariable(scheme))));
    Path file = root.directory().resolve(reference.relativePath());
    if (!Files.isRegularFile(file)) {
      throw new ParamsException(
          ParamsProblem.FILE_MISSING,
          parameter,
          source,
          String.format(
              "%s resolves to %s, which does not exist (%s root %s, %s)",
              reference.expression(), file, scheme, root.directory(), root.origin()));
    }
    return file;
  }

  /** A root directory and a human-readable note on where it was configured. */
  public record Root(Path directory, String origin) {}
}

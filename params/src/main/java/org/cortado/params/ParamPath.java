package org.cortado.params;

import java.util.Objects;

/**
 * A file reference that is resolved only when asked for, so parameters can name correction files
 * on CVMFS (or any other root) on a machine that does not mount it.
 *
 * @param scheme which configured root the file lives under, e.g. {@code cvmfs} (see {@link
 *     PathRoots})
 * @param relativePath the file below that root, e.g. {@code
 *     LUM/Run2-2018-UL-NanoAODv9/2021-09-10/puWeights.json.gz}
 * @param expression the interpolation that produces this reference, with every argument explicit;
 *     it is what the YAML dump writes, so a dump loads back to the same reference
 */
public record ParamPath(String scheme, String relativePath, String expression) {

  public ParamPath {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(expression, "expression");
  }

  @Override
  public String toString() {
    return expression;
  }
}

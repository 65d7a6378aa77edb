package org.cortado.params;

import java.util.List;

/**
 * The resolver functions that interpolations may call. They mirror PocketCoffea's: {@code
 * cvmfs} (correction files on CVMFS), {@code pico_to_femto} (pb⁻¹ to fb⁻¹), and {@code
 * datacert}, our stand-in for {@code ${default_params_dir:}/datacert/...} since Cortado ships no
 * datacert folder.
 */
final class Resolvers {

  private Resolvers() {}

  /** What a call is about, for error messages. */
  record CallSite(Template.Call call, String path, SourceLocation source) {}

  static ParamNode call(CallSite site, List<ParamNode> arguments) {
    switch (site.call().resolver()) {
      case "cvmfs":
        return cvmfs(site, arguments);
      case "datacert":
        return datacert(site, arguments);
      case "pico_to_femto":
        return picoToFemto(site, arguments);
      default:
        throw new ParamsException(
            ParamsProblem.UNKNOWN_RESOLVER,
            site.path(),
            site.source(),
            "unknown resolver '" + site.call().resolver() + "' in " + site.call().text()
                + "; known resolvers are cvmfs, datacert and pico_to_femto");
    }
  }

  /**
   * {@code ${cvmfs:PERIOD,GROUP,FILE[,TAG]}} names {@code GROUP/PERIOD/TAG/FILE} under the CVMFS
   * root; without a tag PocketCoffea falls back to {@code latest}. The file is not looked at here.
   */
  private static ParamNode cvmfs(CallSite site, List<ParamNode> arguments) {
    List<String> args = texts(site, arguments, 3, 4);
    String period = args.get(0);
    String group = args.get(1);
    String file = args.get(2);
    String tag = args.size() == 4 ? args.get(3) : "latest";
    String expression = "${cvmfs:" + String.join(",", period, group, file, tag) + "}";
    String relative = String.join("/", group, period, tag, file);
    return path(site, new ParamPath(PathRoots.CVMFS, relative, expression));
  }

  private static ParamNode datacert(CallSite site, List<ParamNode> arguments) {
    String file = texts(site, arguments, 1, 1).get(0);
    return path(site, new ParamPath(PathRoots.DATACERT, file, "${datacert:" + file + "}"));
  }

  private static ParamNode path(CallSite site, ParamPath reference) {
    return new ParamNode.ScalarNode(ParamType.PATH, reference, site.source());
  }

  private static ParamNode picoToFemto(CallSite site, List<ParamNode> arguments) {
    texts(site, arguments, 1, 1);
    ParamNode argument = arguments.get(0);
    double picobarns;
    if (argument.type() == ParamType.INT || argument.type() == ParamType.FLOAT) {
      picobarns = ((Number) argument.value()).doubleValue();
    } else if (argument.type() == ParamType.STRING) {
      try {
        picobarns = Double.parseDouble((String) argument.value());
      } catch (NumberFormatException e) {
        throw badArgument(site, "expects a number, got \"" + argument.value() + "\"");
      }
    } else {
      throw badArgument(site, "expects a number, got " + argument.type() + " "
          + argument.value());
    }
    return new ParamNode.ScalarNode(ParamType.FLOAT, picobarns / 1000.0, site.source());
  }

  /** The arguments as text, after checking their number and that each is a plain scalar. */
  private static List<String> texts(CallSite site, List<ParamNode> arguments, int min, int max) {
    if (arguments.size() < min || arguments.size() > max) {
      String expected = min == max ? Integer.toString(min) : min + " to " + max;
      throw badArgument(site, "takes " + expected + " arguments, got " + arguments.size());
    }
    return arguments.stream().map(argument -> text(site, argument)).toList();
  }

  private static String text(CallSite site, ParamNode argument) {
    switch (argument.type()) {
      case STRING:
      case INT:
      case FLOAT:
      case BOOLEAN:
        return String.valueOf(argument.value());
      default:
        throw badArgument(
            site, "arguments must be scalars, got a " + argument.type()
                + " defined at " + argument.source());
    }
  }

  private static ParamsException badArgument(CallSite site, String detail) {
    return new ParamsException(
        ParamsProblem.INTERPOLATION_TYPE,
        site.path(),
        site.source(),
        site.call().resolver() + " " + detail + " in " + site.call().text());
  }
}

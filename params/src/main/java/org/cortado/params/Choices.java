package org.cortado.params;

import java.util.ArrayList;
import java.util.List;

/**
 * Names that parameters choose, as an analysis writes them in its annotations: a branch such as
 * {@code "Muon_${object_preselection.Muon.id}"}, a set of branches such as
 * {@code "Flag_${event_flags.${year}}"}, or a parameter path such as
 * {@code "btagging.working_point.${year}.btagging_WP.${object_preselection.Jet.btag.wp}"}.
 *
 * <p>{@code ${year}} is the data-taking period being resolved for; {@code ${a.b.c}} is the value of
 * the parameter {@code a.b.c}, whose own path may hold interpolations. A value must be a string or
 * an integer; a list of them expands the whole text once per item, in list order, so one template
 * names several branches. This is deliberately smaller than the OmegaConf syntax of the YAML files
 * (no relative references, no resolvers): the processor resolves these names at compile time for
 * every declared period, and the kernel checks at start that the run's parameters still give the
 * names it was compiled for.
 */
public final class Choices {
  /** The period placeholder. */
  public static final String YEAR = "year";

  /**
   * The names {@code template} expands to, whether a list made several of them, and the
   * parameter paths read on the way (in reading order), for messages.
   */
  public record Expansion(List<String> values, boolean list, List<String> paths) {
    /** Copies the lists. */
    public Expansion {
      values = List.copyOf(values);
      paths = List.copyOf(paths);
    }
  }

  private Choices() {}

  /** Whether {@code text} holds an interpolation at all. */
  public static boolean isTemplate(String text) {
    return text.contains("${");
  }

  /**
   * Expands {@code template} for {@code year} (empty when the analysis declares no period).
   *
   * @throws ParamsException naming the template and the parameter when a path is missing, holds a
   *     value that cannot be part of a name, or the syntax is broken
   */
  public static Expansion expand(String template, Params params, String year) {
    List<String> paths = new ArrayList<>();
    List<String> values = new ArrayList<>();
    boolean list = expandInto(template, params, year, paths, values);
    return new Expansion(values, list, paths);
  }

  /** Appends the expansions of {@code text} to {@code out}; true if a list expanded it. */
  private static boolean expandInto(String text, Params params, String year, List<String> paths,
      List<String> out) {
    int open = text.indexOf("${");
    if (open < 0) {
      if (text.contains("}")) {
        throw syntax(text, "a '}' without its '${'");
      }
      out.add(text);
      return false;
    }
    int close = matchingBrace(text, open);
    String inner = single(text.substring(open + 2, close), params, year, paths, text);
    List<String> replacements = new ArrayList<>();
    boolean list = value(inner, params, year, paths, text, replacements);
    String head = text.substring(0, open);
    if (head.contains("}")) {
      throw syntax(text, "a '}' without its '${'");
    }
    List<String> tails = new ArrayList<>();
    boolean tailList = expandInto(text.substring(close + 1), params, year, paths, tails);
    if (list && tailList) {
      throw new ParamsException(ParamsProblem.INTERPOLATION_TYPE, "", null, "'" + text
          + "' interpolates two lists; a name may expand over one list only");
    }
    for (String r : replacements) {
      for (String t : tails) {
        out.add(head + r + t);
      }
    }
    return list || tailList;
  }

  /** The one name {@code text} expands to; lists are not allowed inside a path. */
  private static String single(String text, Params params, String year, List<String> paths,
      String whole) {
    List<String> values = new ArrayList<>();
    if (expandInto(text, params, year, paths, values)) {
      throw new ParamsException(ParamsProblem.INTERPOLATION_TYPE, "", null, "'" + whole
          + "' uses a list inside a parameter path; only the outermost interpolation may be a list");
    }
    return values.get(0);
  }

  /** The text(s) {@code ${key}} stands for; true if the parameter is a list. */
  private static boolean value(String key, Params params, String year, List<String> paths,
      String whole, List<String> out) {
    if (key.isEmpty()) {
      throw syntax(whole, "an empty '${}'");
    }
    if (key.equals(YEAR)) {
      if (year == null || year.isEmpty()) {
        throw new ParamsException(ParamsProblem.INTERPOLATION_MISSING, "", null, "'" + whole
            + "' uses ${year}, but no data-taking period is given; list the periods in"
            + " @Analysis(years)");
      }
      out.add(year);
      return false;
    }
    paths.add(key);
    ParamNode node = params.node(key);
    if (node instanceof ParamNode.ListNode items) {
      if (items.items().isEmpty()) {
        throw new ParamsException(ParamsProblem.INTERPOLATION_TYPE, key, node.source(), "'"
            + whole + "' expands over an empty list, which would name nothing");
      }
      for (ParamNode item : items.items()) {
        out.add(text(item, key, whole));
      }
      return true;
    }
    out.add(text(node, key, whole));
    return false;
  }

  private static String text(ParamNode node, String key, String whole) {
    switch (node.type()) {
      case STRING:
        return (String) node.value();
      case INT:
        return Long.toString((Long) node.value());
      case MISSING:
        throw new ParamsException(ParamsProblem.MANDATORY_MISSING, key, node.source(), "'"
            + whole + "' needs this parameter, which is '???' and set by no later file");
      default:
        throw new ParamsException(ParamsProblem.INTERPOLATION_TYPE, key, node.source(), "'"
            + whole + "' needs a string or an integer here, found " + describe(node));
    }
  }

  private static String describe(ParamNode node) {
    return node.type().isScalar() && node.value() != null
        ? node.type() + " " + node.value() : "a " + node.type();
  }

  private static int matchingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (text.startsWith("${", i)) {
        depth++;
        i++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    throw syntax(text, "a '${' without its '}'");
  }

  private static ParamsException syntax(String text, String what) {
    return new ParamsException(ParamsProblem.INTERPOLATION_SYNTAX, "", null, "'" + text
        + "' has " + what);
  }
}

package org.cortado.params;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves every interpolation of a merged tree, as {@code OmegaConf.resolve} does. A value that is
 * a single interpolation takes the referenced node itself (any type, and its provenance, so an
 * error names the file where the value really lives); interpolations inside longer strings are
 * rendered as text. Each interpolated value is resolved once and cycles are reported as chains.
 */
final class Interpolator {

  private final ParamNode.MapNode root;
  private final Map<String, ParamNode> resolved = new HashMap<>();
  private final Map<String, SourceLocation> inProgress = new LinkedHashMap<>();

  private Interpolator(ParamNode.MapNode root) {
    this.root = root;
  }

  static ParamNode.MapNode resolve(ParamNode.MapNode root) {
    return (ParamNode.MapNode) new Interpolator(root).tree(root, List.of());
  }

  private ParamNode tree(ParamNode node, List<String> path) {
    if (node instanceof ParamNode.MapNode) {
      ParamNode.MapNode map = (ParamNode.MapNode) node;
      Map<String, ParamNode> entries = new LinkedHashMap<>();
      map.entries()
          .forEach((key, child) -> entries.put(key, tree(child, DottedPath.append(path, key))));
      return new ParamNode.MapNode(entries, map.source());
    }
    if (node instanceof ParamNode.ListNode) {
      ParamNode.ListNode list = (ParamNode.ListNode) node;
      List<ParamNode> items = new ArrayList<>();
      for (ParamNode item : list.items()) {
        items.add(tree(item, DottedPath.append(path, Integer.toString(items.size()))));
      }
      return new ParamNode.ListNode(items, list.source());
    }
    if (node instanceof UnresolvedNode) {
      return interpolated((UnresolvedNode) node, path);
    }
    return node;
  }

  private ParamNode interpolated(UnresolvedNode node, List<String> path) {
    String key = DottedPath.join(path);
    ParamNode done = resolved.get(key);
    if (done != null) {
      return done;
    }
    if (inProgress.containsKey(key)) {
      throw cycle(key);
    }
    inProgress.put(key, node.source());
    try {
      ParamNode value = evaluate(node.template(), node, path);
      resolved.put(key, value);
      return value;
    } finally {
      inProgress.remove(key);
    }
  }

  private ParamsException cycle(String key) {
    List<String> chain = new ArrayList<>();
    boolean inCycle = false;
    for (String step : inProgress.keySet()) {
      inCycle |= step.equals(key);
      if (inCycle) {
        chain.add(step);
      }
    }
    chain.add(key);
    return new ParamsException(
        ParamsProblem.INTERPOLATION_CYCLE,
        key,
        inProgress.get(key),
        "interpolation cycle " + String.join(" -> ", chain));
  }

  /** Evaluates {@code template}, written in {@code node} at {@code path}. */
  private ParamNode evaluate(Template template, UnresolvedNode node, List<String> path) {
    if (template.isWholeValue()) {
      return part(template.parts().get(0), node, path);
    }
    StringBuilder text = new StringBuilder();
    for (Template.Part part : template.parts()) {
      if (part instanceof Template.Literal) {
        text.append(((Template.Literal) part).text());
      } else {
        text.append(embedded(part(part, node, path), part, node, path));
      }
    }
    return new ParamNode.ScalarNode(ParamType.STRING, text.toString(), node.source());
  }

  private ParamNode part(Template.Part part, UnresolvedNode node, List<String> path) {
    if (part instanceof Template.Reference) {
      return select((Template.Reference) part, node, path);
    }
    Template.Call call = (Template.Call) part;
    List<ParamNode> arguments = new ArrayList<>();
    for (Template argument : call.arguments()) {
      arguments.add(evaluate(argument, node, path));
    }
    return Resolvers.call(
        new Resolvers.CallSite(call, DottedPath.join(path), node.source()), arguments);
  }

  private String embedded(
      ParamNode value, Template.Part part, UnresolvedNode node, List<String> path) {
    String where = " (defined at " + value.source() + ")";
    switch (value.type()) {
      case STRING:
      case INT:
      case FLOAT:
      case BOOLEAN:
      case NULL:
        return String.valueOf(value.value());
      case MISSING:
        throw new ParamsException(
            ParamsProblem.INTERPOLATION_MISSING,
            DottedPath.join(path),
            node.source(),
            partText(part) + " inside \"" + node.template().text() + "\" refers to '???'" + where);
      default:
        throw new ParamsException(
            ParamsProblem.INTERPOLATION_TYPE,
            DottedPath.join(path),
            node.source(),
            partText(part) + " is a " + value.type() + where + " and cannot be embedded in the"
                + " string \"" + node.template().text() + "\"; make it the whole value instead");
    }
  }

  private static String partText(Template.Part part) {
    return part instanceof Template.Reference
        ? ((Template.Reference) part).text()
        : ((Template.Call) part).text();
  }

  private ParamNode select(Template.Reference reference, UnresolvedNode node, List<String> path) {
    int levels = reference.parentLevels();
    if (levels > path.size()) {
      throw new ParamsException(
          ParamsProblem.INTERPOLATION_MISSING,
          DottedPath.join(path),
          node.source(),
          reference.text() + " goes above the top level");
    }
    List<String> base = levels == 0 ? List.of() : path.subList(0, path.size() - levels);
    List<String> target = DottedPath.concat(base, reference.keys());
    ParamNode current = root;
    List<String> walked = List.of();
    for (String key : target) {
      if (current instanceof UnresolvedNode) {
        current = interpolated((UnresolvedNode) current, walked);
      }
      ParamNode next = DottedPath.child(current, key);
      if (next == null) {
        throw new ParamsException(
            ParamsProblem.INTERPOLATION_MISSING,
            DottedPath.join(path),
            node.source(),
            reference.text() + " refers to '" + DottedPath.join(target) + "', which does not"
                + " exist; " + DottedPath.whyMissing(walked, current, key));
      }
      walked = DottedPath.append(walked, key);
      current = next;
    }
    return tree(current, walked);
  }
}

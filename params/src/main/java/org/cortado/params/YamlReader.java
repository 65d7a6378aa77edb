package org.cortado.params;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML document into a raw parameter tree, keeping the line of every node. We compose
 * SnakeYAML nodes rather than load Java objects because only nodes carry marks. Scalars are typed
 * by SnakeYAML's YAML 1.1 rules, except timestamps, which stay strings as in OmegaConf.
 */
final class YamlReader {

  private static final Pattern SHORT_ESCAPE = Pattern.compile(
      "\\\\(x[0-9A-Fa-f]?|u[0-9A-Fa-f]{0,3}|U[0-9A-Fa-f]{0,7})(?![0-9A-Fa-f])");

  /** OmegaConf's mandatory-missing marker. */
  static final String MISSING_MARKER = "???";

  private final String sourceName;
  private final ScalarConstructor constructor = new ScalarConstructor(new LoaderOptions());
  private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

  private YamlReader(String sourceName) {
    this.sourceName = sourceName;
  }

  /**
   * Parses {@code text}, whose top level must be a map (an empty document is an empty map).
   *
   * @throws ParamsException with file and line for malformed YAML, duplicate keys, unsupported
   *     constructs, malformed interpolations, or a top level that is not a map
   */
  static ParamNode.MapNode read(String sourceName, String text) {
    return new YamlReader(sourceName).document(text);
  }

  private ParamNode.MapNode document(String text) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      throw syntaxError(e);
    } catch (YAMLException e) {
      throw new ParamsException(
          ParamsProblem.SYNTAX, null, new SourceLocation(sourceName, 1), e.getMessage(), e);
    } catch (NumberFormatException e) {
      // SnakeYAML's scanner throws this for a hex escape (x, u or U after a backslash) in a
      // double-quoted string that lacks its digits; find the line ourselves.
      Matcher escape = SHORT_ESCAPE.matcher(text);
      int line = escape.find() ? lineOf(text, escape.start()) : 1;
      throw new ParamsException(ParamsProblem.SYNTAX, null, new SourceLocation(sourceName, line),
          "a \\x, \\u or \\U escape in a double-quoted string lacks its hex digits", e);
    }
    if (root == null) {
      return new ParamNode.MapNode(Map.of(), new SourceLocation(sourceName, 1));
    }
    ParamNode tree = convert(root, List.of(), locate(root));
    if (!(tree instanceof ParamNode.MapNode)) {
      throw new ParamsException(
          ParamsProblem.NOT_A_MAP,
          null,
          tree.source(),
          "the top level of a parameter file must be a map, found " + tree.type());
    }
    return (ParamNode.MapNode) tree;
  }

  private ParamsException syntaxError(MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    SourceLocation where =
        new SourceLocation(sourceName, mark == null ? 1 : mark.getLine() + 1);
    StringBuilder detail = new StringBuilder();
    if (e.getContext() != null) {
      detail.append(e.getContext()).append(", ");
    }
    detail.append(e.getProblem());
    if (mark != null) {
      detail.append(" (column ").append(mark.getColumn() + 1);
      Mark context = e.getContextMark();
      if (context != null && context.getLine() != mark.getLine()) {
        detail.append("; the construct started at line ").append(context.getLine() + 1);
      }
      detail.append(')');
    }
    return new ParamsException(ParamsProblem.SYNTAX, null, where, detail.toString(), e);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private SourceLocation locate(Node node) {
    return new SourceLocation(sourceName, node.getStartMark().getLine() + 1);
  }

  /**
   * Converts {@code node}, reported at {@code where}: for a map value that is the line of its key,
   * which is where a reader looks for it even when a block map or list starts on the next line.
   */
  private ParamNode convert(Node node, List<String> path, SourceLocation where) {
    if (!inProgress.add(node)) {
      throw unsupported(node, path, "a recursive alias refers to one of its own ancestors");
    }
    try {
      if (node instanceof MappingNode) {
        return mapping((MappingNode) node, path, where);
      }
      if (node instanceof SequenceNode) {
        return sequence((SequenceNode) node, path, where);
      }
      return scalar((ScalarNode) node, path, where);
    } finally {
      inProgress.remove(node);
    }
  }

  private ParamNode mapping(MappingNode node, List<String> path, SourceLocation where) {
    if (!node.getTag().equals(Tag.MAP)) {
      throw unsupported(node, path, "the tag " + node.getTag() + " is not supported");
    }
    Map<String, ParamNode> entries = new LinkedHashMap<>();
    Map<String, Integer> firstLines = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (keyNode.getTag().equals(Tag.MERGE)) {
        continue;
      }
      String key = key(keyNode, path);
      int line = keyNode.getStartMark().getLine() + 1;
      Integer first = firstLines.putIfAbsent(key, line);
      if (first != null) {
        throw new ParamsException(
            ParamsProblem.DUPLICATE_KEY,
            DottedPath.join(DottedPath.append(path, key)),
            new SourceLocation(sourceName, line),
            "duplicate key '" + key + "', first defined at line " + first);
      }
    }
    if (node.isMerged()) {
      // SnakeYAML applies '<<' merge keys in place; explicit keys win over merged ones.
      constructor.flatten(node);
    }
    for (NodeTuple tuple : node.getValue()) {
      String key = key(tuple.getKeyNode(), path);
      entries.putIfAbsent(
          key,
          convert(tuple.getValueNode(), DottedPath.append(path, key), locate(tuple.getKeyNode())));
    }
    return new ParamNode.MapNode(entries, where);
  }

  private String key(Node keyNode, List<String> path) {
    if (!(keyNode instanceof ScalarNode)) {
      throw unsupported(keyNode, path, "map keys must be scalars");
    }
    // Year keys are written quoted or not; treating every key as text makes '2018' and 2018 equal.
    return ((ScalarNode) keyNode).getValue();
  }

  private ParamNode sequence(SequenceNode node, List<String> path, SourceLocation where) {
    if (!node.getTag().equals(Tag.SEQ)) {
      throw unsupported(node, path, "the tag " + node.getTag() + " is not supported");
    }
    List<ParamNode> items = new ArrayList<>();
    for (Node item : node.getValue()) {
      String index = Integer.toString(items.size());
      items.add(convert(item, DottedPath.append(path, index), locate(item)));
    }
    return new ParamNode.ListNode(items, where);
  }

  private ParamNode scalar(ScalarNode node, List<String> path, SourceLocation where) {
    Tag tag = node.getTag();
    if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
      return string(node.getValue(), path, where);
    }
    if (tag.equals(Tag.NULL)) {
      return new ParamNode.ScalarNode(ParamType.NULL, null, where);
    }
    try {
      if (tag.equals(Tag.BOOL)) {
        // SnakeYAML gives null, not an error, for !!bool on text that is no boolean.
        Boolean value = (Boolean) constructor.construct(node);
        if (value == null) {
          throw new YAMLException("not a boolean");
        }
        return new ParamNode.ScalarNode(ParamType.BOOLEAN, value, where);
      }
      if (tag.equals(Tag.FLOAT)) {
        Number number = (Number) constructor.construct(node);
        return new ParamNode.ScalarNode(ParamType.FLOAT, number.doubleValue(), where);
      }
      if (tag.equals(Tag.INT)) {
        Number number = (Number) constructor.construct(node);
        if (number instanceof BigInteger && ((BigInteger) number).bitLength() > 63) {
          throw unsupported(node, path, "the integer " + node.getValue() + " exceeds 64 bits");
        }
        return new ParamNode.ScalarNode(ParamType.INT, number.longValue(), where);
      }
    } catch (NumberFormatException | ClassCastException | YAMLException e) {
      // An explicit tag such as !!int on text that is no number of that kind.
      throw unsupported(node, path, "'" + node.getValue() + "' is not a valid " + tag);
    }
    throw unsupported(node, path, "the tag " + tag + " is not supported");
  }

  private ParamNode string(String text, List<String> path, SourceLocation where) {
    if (text.equals(MISSING_MARKER)) {
      return new ParamNode.ScalarNode(ParamType.MISSING, null, where);
    }
    Template template;
    try {
      template = Template.parse(text);
    } catch (Template.SyntaxError e) {
      throw new ParamsException(
          ParamsProblem.INTERPOLATION_SYNTAX, DottedPath.join(path), where, e.getMessage(), e);
    }
    return template.isLiteral()
        ? new ParamNode.ScalarNode(ParamType.STRING, template.literalText(), where)
        : new UnresolvedNode(template, where);
  }

  private ParamsException unsupported(Node node, List<String> path, String detail) {
    return new ParamsException(
        ParamsProblem.UNSUPPORTED_YAML, DottedPath.join(path), locate(node), detail);
  }

  /** Exposes SnakeYAML's own scalar construction and merge-key handling. */
  private static final class ScalarConstructor extends SafeConstructor {
    ScalarConstructor(LoaderOptions options) {
      super(options);
    }

    Object construct(Node node) {
      return constructObject(node);
    }

    void flatten(MappingNode node) {
      flattenMapping(node);
    }
  }
}

package org.cortado.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One node of a parameter tree with its provenance. After {@link ParamsLoader#load()} a tree holds
 * only {@link MapNode}, {@link ListNode} and {@link ScalarNode}; interpolations have been resolved.
 */
public sealed interface ParamNode
    permits ParamNode.MapNode, ParamNode.ListNode, ParamNode.ScalarNode, UnresolvedNode {

  ParamType type();

  /** Where this value was written; for a merged map, where the map was first defined. */
  SourceLocation source();

  /**
   * The value as plain Java objects: {@code Map<String, Object>} (insertion-ordered), {@code
   * List<Object>}, {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@link
   * ParamPath}, or {@code null} for {@link ParamType#NULL} and {@link ParamType#MISSING}.
   */
  Object value();

  /** A YAML mapping; keys are strings, in the order they were first defined. */
  record MapNode(Map<String, ParamNode> entries, SourceLocation source) implements ParamNode {

    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      Objects.requireNonNull(source, "source");
    }

    @Override
    public ParamType type() {
      return ParamType.MAP;
    }

    @Override
    public Map<String, Object> value() {
      Map<String, Object> plain = new LinkedHashMap<>();
      entries.forEach((key, node) -> plain.put(key, node.value()));
      return Collections.unmodifiableMap(plain);
    }
  }

  /** A YAML sequence. */
  record ListNode(List<ParamNode> items, SourceLocation source) implements ParamNode {

    public ListNode {
      items = List.copyOf(items);
      Objects.requireNonNull(source, "source");
    }

    @Override
    public ParamType type() {
      return ParamType.LIST;
    }

    @Override
    public List<Object> value() {
      List<Object> plain = new ArrayList<>(items.size());
      items.forEach(node -> plain.add(node.value()));
      return Collections.unmodifiableList(plain);
    }
  }

  /**
   * A scalar. The value's Java class is fixed by the type: STRING {@code String}, INT {@code Long},
   * FLOAT {@code Double}, BOOLEAN {@code Boolean}, PATH {@link ParamPath}, NULL and MISSING {@code
   * null}.
   */
  record ScalarNode(ParamType type, Object value, SourceLocation source) implements ParamNode {

    public ScalarNode {
      Objects.requireNonNull(source, "source");
      if (!type.isScalar() || !fits(type, value)) {
        throw new IllegalArgumentException("a " + type + " scalar cannot hold " + value);
      }
    }

    private static boolean fits(ParamType type, Object value) {
      switch (type) {
        case STRING:
          return value instanceof String;
        case INT:
          return value instanceof Long;
        case FLOAT:
          return value instanceof Double;
        case BOOLEAN:
          return value instanceof Boolean;
        case PATH:
          return value instanceof ParamPath;
        default:
          return value == null;
      }
    }
  }
}

package org.cortado.runtime.corrections;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;

/**
 * Builds a Jackson tree from a streaming parser, like {@code ObjectMapper.readTree}, except that
 * fractional numbers take the value {@link RapidJsonNumbers} gives their text (the value the
 * reference evaluator sees) instead of Jackson's correctly rounded one. Integers stay integer
 * nodes. Duplicate keys are left to the parser's configuration. The tree is built
 * with an explicit stack, so the nesting depth is bounded by the parser's constraints, not by the
 * thread's stack.
 */
final class JsonTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  /**
   * The one value of the document, or {@link MissingNode} for an empty one.
   *
   * @throws JsonParseException for malformed JSON, including tokens after the value
   */
  static JsonNode read(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      return MissingNode.getInstance();
    }
    JsonNode root = value(p, first);
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      throw new JsonParseException(p, "Trailing token (of type " + trailing
          + ") found after value");
    }
    return root;
  }

  private static JsonNode value(JsonParser p, JsonToken first) throws IOException {
    ArrayDeque<ContainerNode<?>> open = new ArrayDeque<>();
    JsonToken t = first;
    String name = null;
    while (true) {
      JsonNode done;
      switch (t) {
        case START_OBJECT:
        case START_ARRAY: {
          ContainerNode<?> container =
              t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
          attach(open, name, container);
          open.push(container);
          done = null;
          break;
        }
        case END_OBJECT:
        case END_ARRAY:
          done = open.pop();
          break;
        default:
          done = scalar(p, t);
          attach(open, name, done);
          break;
      }
      if (open.isEmpty()) {
        return done;
      }
      t = p.nextToken();
      if (t == JsonToken.FIELD_NAME) {
        name = p.currentName();
        t = p.nextToken();
      }
    }
  }

  /** Adds {@code node} to the innermost open container, under {@code name} if it is an object. */
  private static void attach(ArrayDeque<ContainerNode<?>> open, String name, JsonNode node) {
    ContainerNode<?> parent = open.peek();
    if (parent instanceof ObjectNode object) {
      object.set(name, node);
    } else if (parent instanceof ArrayNode array) {
      array.add(node);
    }
  }

  /** The number as RapidJSON reads it, which refuses some that overflow a double. */
  private static double rapidJson(JsonParser p) throws IOException {
    try {
      return RapidJsonNumbers.parse(p.getText());
    } catch (NumberFormatException e) {
      throw new JsonParseException(p, e.getMessage(), e);
    }
  }

  private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT: return NODES.numberNode(p.getIntValue());
          case LONG: return NODES.numberNode(p.getLongValue());
          // Beyond 64 bits RapidJSON falls back to accumulating a double.
          default: return NODES.numberNode(rapidJson(p));
        }
      case VALUE_NUMBER_FLOAT: {
        String text = p.getText();
        boolean finite = !text.isEmpty()
            && (Character.isDigit(text.charAt(0)) || text.charAt(0) == '-' && text.length() > 1
                && Character.isDigit(text.charAt(1)));
        return NODES.numberNode(finite ? rapidJson(p) : p.getDoubleValue());
      }
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new JsonParseException(p, "Unexpected token " + t);
    }
  }
}

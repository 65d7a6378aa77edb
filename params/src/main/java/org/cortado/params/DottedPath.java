package org.cortado.params;

import java.util.ArrayList;
import java.util.List;

/** Conversions between dotted parameter paths ({@code lumi.picobarns.2018.tot}) and key lists. */
final class DottedPath {

  private DottedPath() {}

  /** The keys of {@code path}; the empty string is the root. List items are addressed by index. */
  static List<String> split(String path) {
    if (path.isEmpty()) {
      return List.of();
    }
    List<String> keys = List.of(path.split("\\.", -1));
    if (keys.contains("")) {
      throw new IllegalArgumentException("malformed parameter path '" + path + "': empty key");
    }
    return keys;
  }

  static String join(List<String> keys) {
    return String.join(".", keys);
  }

  static List<String> append(List<String> keys, String key) {
    List<String> longer = new ArrayList<>(keys.size() + 1);
    longer.addAll(keys);
    longer.add(key);
    return List.copyOf(longer);
  }

  static List<String> concat(List<String> first, List<String> second) {
    List<String> longer = new ArrayList<>(first);
    longer.addAll(second);
    return List.copyOf(longer);
  }

  /** The child of a map by key or of a list by index, or null if there is none. */
  static ParamNode child(ParamNode container, String key) {
    if (container instanceof ParamNode.MapNode) {
      return ((ParamNode.MapNode) container).entries().get(key);
    }
    if (container instanceof ParamNode.ListNode && key.chars().allMatch(Character::isDigit)) {
      List<ParamNode> items = ((ParamNode.ListNode) container).items();
      try {
        int index = Integer.parseInt(key);
        return index < items.size() ? items.get(index) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** Explains why {@code key} is not found in {@code container}, for error messages. */
  static String whyMissing(List<String> containerPath, ParamNode container, String key) {
    String where =
        (containerPath.isEmpty() ? "the top level" : "'" + join(containerPath) + "'")
            + " (defined at " + container.source() + ")";
    if (container instanceof ParamNode.MapNode) {
      List<String> keys = new ArrayList<>(((ParamNode.MapNode) container).entries().keySet());
      String shown = keys.size() <= 30 ? keys.toString() : keys.subList(0, 30) + " and more";
      return "there is no key '" + key + "': " + where + " has keys " + shown;
    }
    if (container instanceof ParamNode.ListNode) {
      return "there is no item '" + key + "': " + where + " is a list of "
          + ((ParamNode.ListNode) container).items().size() + " items";
    }
    return "cannot look up '" + key + "': " + where + " is a " + container.type() + ", not a map";
  }
}

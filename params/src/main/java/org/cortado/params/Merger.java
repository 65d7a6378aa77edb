package org.cortado.params;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Overlays one parameter tree on another with OmegaConf's merge rules: maps merge key by key,
 * everything else (lists, scalars, a map over a scalar or the reverse) is replaced by the later
 * value, an explicit {@code null} replaces too, and {@code ???} never replaces an existing value.
 */
final class Merger {

  private Merger() {}

  static ParamNode.MapNode merge(ParamNode.MapNode base, ParamNode.MapNode overlay) {
    Map<String, ParamNode> entries = new LinkedHashMap<>(base.entries());
    overlay.entries().forEach((key, value) -> entries.merge(key, value, Merger::overlay));
    // A merged map keeps the location where it was first defined.
    return new ParamNode.MapNode(entries, base.source());
  }

  private static ParamNode overlay(ParamNode base, ParamNode overlay) {
    if (overlay.type() == ParamType.MISSING) {
      return base;
    }
    if (base instanceof ParamNode.MapNode && overlay instanceof ParamNode.MapNode) {
      return merge((ParamNode.MapNode) base, (ParamNode.MapNode) overlay);
    }
    return overlay;
  }
}

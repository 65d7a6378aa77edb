package org.cortado.params;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a resolved tree as YAML that {@link ParamsLoader} reads back to the same values: file
 * references are written as their interpolation, {@code ???} stays {@code ???}, and a literal
 * {@code ${} in a string is escaped so it is not taken for an interpolation.
 */
final class YamlWriter {

  private YamlWriter() {}

  static String write(ParamNode tree, List<String> sources) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setSplitLines(false);
    StringBuilder out = new StringBuilder("# Parameters merged and resolved by Cortado from:\n");
    sources.forEach(source -> out.append("#   ").append(source).append('\n'));
    return out.append(new Yaml(options).dump(plain(tree))).toString();
  }

  private static Object plain(ParamNode node) {
    switch (node.type()) {
      case MAP:
        Map<String, Object> map = new LinkedHashMap<>();
        ((ParamNode.MapNode) node).entries().forEach((key, child) -> map.put(key, plain(child)));
        return map;
      case LIST:
        List<Object> list = new ArrayList<>();
        ((ParamNode.ListNode) node).items().forEach(item -> list.add(plain(item)));
        return list;
      case STRING:
        return ((String) node.value()).replace("${", "\\${");
      case PATH:
        return ((ParamPath) node.value()).expression();
      case MISSING:
        return YamlReader.MISSING_MARKER;
      default:
        return node.value();
    }
  }
}

package org.cortado.runtime.fuzz;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded mutations of an input: blind byte edits (flip, overwrite, insert, delete, truncate,
 * repeat), structure-aware JSON edits on the parsed tree (a value turned into a string, a
 * negative, NaN, a huge or non-integral number, a deleted or duplicated key, an emptied,
 * shortened, lengthened or unsorted array, a huge declared size) and line-aware YAML edits.
 */
final class Mutator {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  /** Replacement values for any JSON node, as JSON text. */
  private static final String[] JSON_VALUES = {"-1", "0", "-0.0", "1", "0.5", "-7.25", "NaN",
      "Infinity", "-Infinity", "1e308", "1e999", "-1e999", "2147483647", "2147483648",
      "-2147483649", "9223372036854775807", "99999999999999999999999999", "1.0", "\"\"",
      "\"x\"", "\"7\"", "\"inf\"", "\"-inf\"", "\"nan\"", "\"True\"", "\"clamp\"", "\"real\"",
      "\"int\"", "\"string\"", "\"binning\"", "\"category\"", "\"formula\"", "\"transform\"",
      "\"root://host//f.root\"", "null", "true", "false", "[]", "{}", "[1, 2]", "[[1, 2]]",
      "[\"a\"]", "{\"n\": 2147483647, \"low\": 0.0, \"high\": 1.0}", "{\"nodetype\": \"binning\"}",
      "\"x+\"", "\"((x)\"", "\"[0]*x\"", "\"x[3]\"", "\"log(-1)\"", "\"${nothing}\""};

  /** Replacement scalars for YAML values. */
  private static final String[] YAML_VALUES = {"-1", "0", "1", "-0.5", ".nan", ".inf", "-.inf",
      "1e999", "99999999999999999999999999", "0x7fffffffffffffff", "\"\"", "abc", "~", "null",
      "true", "no", "[]", "{}", "[1, [2]]", "{a: 1}", "???", "${missing.key}", "${", "${lumi",
      "${oc.env:NOPE}", "${cvmfs:a,b,c,d}", "${oc.select:}", "'${x}'", "&a 1", "*a", "*undefined",
      "!!bool maybe", "!!null x", "!!str 5", "!!seq", "!!map {}", "!!set {a}", "!!omap [a: 1]",
      "!!timestamp x", "!!int 0x", "!!float .nan",
      "!!python/object:os.system", "!!binary AAAA", "!!int abc", "!!float x", "2018-01-01",
      "'''", "\"\\u", "|", ">-", "- 1", ": x", "[", "{", "%TAG", "\t"};

  private Mutator() {}

  /** One blind byte-level edit. */
  static byte[] bytes(byte[] in, Random r) {
    if (in.length == 0) {
      return new byte[] {(byte) r.nextInt(256)};
    }
    int at = r.nextInt(in.length);
    switch (r.nextInt(6)) {
      case 0: {
        byte[] out = in.clone();
        out[at] ^= (byte) (1 << r.nextInt(8));
        return out;
      }
      case 1: {
        byte[] out = in.clone();
        out[at] = (byte) r.nextInt(256);
        return out;
      }
      case 2: {
        int n = 1 + r.nextInt(8);
        byte[] out = new byte[in.length + n];
        System.arraycopy(in, 0, out, 0, at);
        for (int i = 0; i < n; i++) {
          out[at + i] = (byte) r.nextInt(256);
        }
        System.arraycopy(in, at, out, at + n, in.length - at);
        return out;
      }
      case 3: {
        int n = Math.min(in.length - at, 1 + r.nextInt(r.nextBoolean() ? 4 : 256));
        byte[] out = new byte[in.length - n];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, at + n, out, at, in.length - at - n);
        return out;
      }
      case 4:
        return Arrays.copyOf(in, at);
      default: {
        int n = Math.min(in.length - at, 1 + r.nextInt(64));
        byte[] out = new byte[in.length + n];
        System.arraycopy(in, 0, out, 0, at + n);
        System.arraycopy(in, at, out, at + n, in.length - at);
        return out;
      }
    }
  }

  /** A blind byte edit of the text one time in three, else a structural edit of its tree. */
  static byte[] jsonMutant(byte[] text, JsonNode tree, Random r) {
    return r.nextInt(3) == 0 ? bytes(text, r)
        : json(tree, r).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  static JsonNode parseJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One structural edit of a copy of {@code tree}, written back as JSON text. */
  static String json(JsonNode tree, Random r) {
    JsonNode copy = tree.deepCopy();
    List<JsonNode> containers = new ArrayList<>();
    collect(copy, containers);
    if (containers.isEmpty()) {
      return JSON_VALUES[r.nextInt(JSON_VALUES.length)];
    }
    JsonNode target = containers.get(r.nextInt(containers.size()));
    String duplicate = null;
    if (target instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.get(r.nextInt(names.size()));
      switch (r.nextInt(5)) {
        case 0: object.remove(name); break;
        case 1: duplicate = name; break;
        case 2: object.set(name, numberVariant(object.get(name), r)); break;
        default: object.set(name, parseJson(JSON_VALUES[r.nextInt(JSON_VALUES.length)])); break;
      }
    } else if (target instanceof ArrayNode array && array.size() > 0) {
      int i = r.nextInt(array.size());
      switch (r.nextInt(7)) {
        case 0: array.remove(i); break;
        case 1: array.insert(i, array.get(r.nextInt(array.size())).deepCopy()); break;
        case 2: array.removeAll(); break;
        case 3: {
          int j = r.nextInt(array.size());
          JsonNode a = array.get(i);
          array.set(i, array.get(j));
          array.set(j, a);
          break;
        }
        case 4: array.set(i, numberVariant(array.get(i), r)); break;
        default: array.set(i, parseJson(JSON_VALUES[r.nextInt(JSON_VALUES.length)])); break;
      }
    }
    return write(copy, target, duplicate);
  }

  /** A number turned negative, huge, tiny, non-integral or NaN; other values to a number. */
  private static JsonNode numberVariant(JsonNode value, Random r) {
    double v = value.isNumber() ? value.doubleValue() : 1.0;
    double[] variants = {-v, v * 1e300, v + 0.5, Double.NaN, v - 1, Math.nextUp(v), 0x1p63,
        -0x1p63, 1e-320};
    double chosen = variants[r.nextInt(variants.length)];
    return value.isIntegralNumber() && chosen == Math.rint(chosen) && Math.abs(chosen) < 0x1p62
        ? JSON.getNodeFactory().numberNode((long) chosen)
        : JSON.getNodeFactory().numberNode(chosen);
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      for (JsonNode child : node) {
        collect(child, out);
      }
    }
  }

  /** Writes the tree, giving {@code target}'s member {@code duplicate} twice if not null. */
  private static String write(JsonNode tree, JsonNode target, String duplicate) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      write(g, tree, target, duplicate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void write(JsonGenerator g, JsonNode node, JsonNode target, String duplicate)
      throws IOException {
    if (node.isObject()) {
      g.writeStartObject();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        g.writeFieldName(e.getKey());
        write(g, e.getValue(), target, duplicate);
        if (node == target && e.getKey().equals(duplicate)) {
          g.writeFieldName(e.getKey());
          g.writeRawValue("\"duplicate\"");
        }
      }
      g.writeEndObject();
    } else if (node.isArray()) {
      g.writeStartArray();
      for (JsonNode child : node) {
        write(g, child, target, duplicate);
      }
      g.writeEndArray();
    } else if (node.isDouble() && !Double.isFinite(node.doubleValue())) {
      g.writeRawValue(Double.isNaN(node.doubleValue()) ? "NaN"
          : node.doubleValue() > 0 ? "Infinity" : "-Infinity");
    } else {
      g.writeTree(node);
    }
  }

  /** One line-aware YAML edit: a value replaced, a line deleted, repeated, moved or re-indented. */
  static String yaml(String text, Random r) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int i = r.nextInt(lines.size());
    String line = lines.get(i);
    switch (r.nextInt(6)) {
      case 0:
        lines.remove(i);
        break;
      case 1:
        lines.add(i, line);
        break;
      case 2:
        lines.set(i, " ".repeat(r.nextInt(5)) + line.stripLeading());
        break;
      case 3:
        lines.add(r.nextInt(lines.size()), lines.remove(i));
        break;
      default: {
        int colon = line.indexOf(": ");
        int dash = line.indexOf("- ");
        int at = colon >= 0 ? colon + 2 : dash >= 0 ? dash + 2 : line.length();
        lines.set(i, line.substring(0, at) + YAML_VALUES[r.nextInt(YAML_VALUES.length)]);
        break;
      }
    }
    return String.join("\n", lines);
  }
}

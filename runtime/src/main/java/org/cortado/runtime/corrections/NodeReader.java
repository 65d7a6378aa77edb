package org.cortado.runtime.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the content nodes of one correction into a {@link Node} tree, resolving input names
 * against a {@link Signature}. Compound corrections reuse it to read each stage directly against
 * the compound's inputs. Parsed expressions are shared through a cache that lives as long as the
 * file is being read.
 */
final class NodeReader {
  /**
   * How deep content nodes may nest. Real files nest a handful of levels; correctionlib has no
   * limit, but evaluation recurses once per level (about 350 bytes of stack each when
   * interpreted), and at this depth it stays well inside a thread's default 1 MB stack.
   */
  static final int MAX_DEPTH = 1000;

  private final Signature signature;
  private final List<Expr> genericFormulas;
  private final Map<String, Expr> exprCache;
  private int depth;

  NodeReader(Signature signature, JsonNode genericFormulas, Map<String, Expr> exprCache) {
    this.signature = signature;
    this.exprCache = exprCache;
    if (genericFormulas == null) {
      this.genericFormulas = List.of();
    } else {
      Expr[] exprs = new Expr[genericFormulas.size()];
      for (int i = 0; i < exprs.length; i++) {
        try {
          Json.requireObject(genericFormulas.get(i), "a generic formula");
          exprs[i] = expression(genericFormulas.get(i));
        } catch (FormatError e) {
          throw e.at(".generic_formulas[" + i + "]");
        }
      }
      this.genericFormulas = List.of(exprs);
    }
  }

  Node read(JsonNode json) {
    if (depth == MAX_DEPTH) {
      throw new FormatError("content nodes nested deeper than " + MAX_DEPTH + " levels");
    }
    depth++;
    try {
      return node(json);
    } finally {
      depth--;
    }
  }

  private Node node(JsonNode json) {
    if (json.isNumber()) {
      return new Constant(json.doubleValue());
    }
    if (!json.isObject() || !json.has("nodetype")) {
      throw new FormatError("content must be a number or an object with a 'nodetype', found "
          + Json.describe(json));
    }
    String type = Json.requiredString(json, "nodetype");
    switch (type) {
      case "binning": return binning(json);
      case "multibinning": return multiBinning(json);
      case "category": return category(json);
      case "formula": return formula(json);
      case "formularef": return formulaRef(json);
      case "transform": return transform(json);
      case "hashprng": return hashPrng(json);
      case "lwtnn":
        throw new FormatError("nodetype 'lwtnn' (correctionlib 2.9) is not supported yet");
      default:
        throw new FormatError("unknown nodetype '" + type + "'").at(".nodetype");
    }
  }

  private Node child(JsonNode parent, String key) {
    try {
      return read(Json.required(parent, key));
    } catch (FormatError e) {
      throw e.at("." + key);
    }
  }

  private Node[] children(JsonNode array, String key) {
    Node[] nodes = new Node[array.size()];
    for (int i = 0; i < nodes.length; i++) {
      try {
        nodes[i] = read(array.get(i));
      } catch (FormatError e) {
        throw e.at("." + key + "[" + i + "]");
      }
    }
    return nodes;
  }

  /** The index of a named input, which must exist and not be of one of the refused types. */
  private int input(String name, String key, String nodeType, Variable.Type... refused) {
    int index = signature.indexOf(name);
    if (index < 0) {
      throw new FormatError("unknown input '" + name + "'; the correction's inputs are "
          + signature.inputs()).at("." + key);
    }
    Variable.Type type = signature.input(index).type();
    for (Variable.Type r : refused) {
      if (type == r) {
        throw new FormatError(nodeType + " cannot use " + type.jsonName() + " input '" + name + "'")
            .at("." + key);
      }
    }
    return index;
  }

  private boolean isInt(int input) {
    return signature.input(input).type() == Variable.Type.INT;
  }

  private Node binning(JsonNode json) {
    int input = input(Json.requiredString(json, "input"), "input", "Binning", Variable.Type.STRING);
    Axis axis = axis(Json.required(json, "edges"), ".edges");
    JsonNode content = Json.requiredArray(json, "content");
    if (content.size() != axis.bins()) {
      throw new FormatError("Binning has " + axis.bins() + " bins but " + content.size()
          + " content nodes").at(".content");
    }
    Node[] nodes = children(content, "content");
    Flow flow = flow(json);
    return new Binning(input, isInt(input), axis, nodes, flow, flowNode(json, flow));
  }

  private Node multiBinning(JsonNode json) {
    JsonNode names = Json.requiredArray(json, "inputs");
    JsonNode edges = Json.requiredArray(json, "edges");
    if (names.size() == 0 || names.size() != edges.size()) {
      throw new FormatError("MultiBinning needs one edges entry per input, found " + names.size()
          + " inputs and " + edges.size() + " edges entries");
    }
    int[] inputs = new int[names.size()];
    boolean[] ints = new boolean[inputs.length];
    Axis[] axes = new Axis[inputs.length];
    for (int d = 0; d < inputs.length; d++) {
      if (!names.get(d).isTextual()) {
        throw new FormatError("input names must be strings").at(".inputs[" + d + "]");
      }
      inputs[d] = input(names.get(d).textValue(), "inputs[" + d + "]", "MultiBinning",
          Variable.Type.STRING);
      ints[d] = isInt(inputs[d]);
      axes[d] = axis(edges.get(d), ".edges[" + d + "]");
    }
    JsonNode content = Json.requiredArray(json, "content");
    if (content.size() != MultiBinning.cells(axes)) {
      throw new FormatError("MultiBinning has " + MultiBinning.cells(axes) + " cells but "
          + content.size() + " content nodes").at(".content");
    }
    Node[] nodes = children(content, "content");
    Flow flow = flow(json);
    return new MultiBinning(inputs, ints, axes, nodes, flow, flowNode(json, flow));
  }

  private static Axis axis(JsonNode edges, String where) {
    try {
      if (edges.isObject()) {
        int n = Json.requiredInt(edges, "n");
        double low = Json.number(Json.required(edges, "low"), "'low'");
        double high = Json.number(Json.required(edges, "high"), "'high'");
        if (n <= 0) {
          throw new FormatError("uniform binning needs n > 0, found " + n);
        }
        if (!(low < high)) {
          throw new FormatError("uniform binning needs low < high, found " + low + ", " + high);
        }
        return Axis.uniform(n, low, high);
      }
      if (!edges.isArray() || edges.size() < 2) {
        throw new FormatError("edges must be an array of at least two edges or a uniform {n, low, "
            + "high} object, found " + Json.describe(edges));
      }
      double[] values = new double[edges.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = edge(edges.get(i), i);
        if (i > 0 && !(values[i - 1] < values[i])) {
          throw new FormatError("edges must increase strictly, but " + values[i - 1] + " is "
              + "followed by " + values[i]).at("[" + i + "]");
        }
      }
      return Axis.ofEdges(values);
    } catch (FormatError e) {
      throw e.at(where);
    }
  }

  /** A number, or one of the strings "inf", "+inf", "-inf" (correctionlib 2.6). */
  private static double edge(JsonNode edge, int i) {
    if (edge.isNumber()) {
      return edge.doubleValue();
    }
    if (edge.isTextual()) {
      switch (edge.textValue()) {
        case "inf":
        case "+inf":
          return Double.POSITIVE_INFINITY;
        case "-inf":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
    }
    throw new FormatError("an edge must be a number, \"inf\", \"+inf\" or \"-inf\", found "
        + Json.describe(edge)).at("[" + i + "]");
  }

  private static Flow flow(JsonNode json) {
    JsonNode flow = Json.required(json, "flow");
    if (flow.isTextual()) {
      switch (flow.textValue()) {
        case "clamp": return Flow.CLAMP;
        case "error": return Flow.ERROR;
        case "wrap": return Flow.WRAP;
        default:
          throw new FormatError("flow must be \"clamp\", \"error\", \"wrap\" or a content node, "
              + "found \"" + flow.textValue() + "\"").at(".flow");
      }
    }
    return Flow.VALUE;
  }

  private Node flowNode(JsonNode json, Flow flow) {
    return flow == Flow.VALUE ? child(json, "flow") : null;
  }

  private Node category(JsonNode json) {
    int input = input(Json.requiredString(json, "input"), "input", "Category", Variable.Type.REAL);
    boolean strings = signature.input(input).type() == Variable.Type.STRING;
    JsonNode content = Json.requiredArray(json, "content");
    Map<String, Node> byString = new HashMap<>();
    TreeMap<Long, Node> byInt = new TreeMap<>();
    for (int i = 0; i < content.size(); i++) {
      JsonNode item = content.get(i);
      try {
        Json.requireObject(item, "a category item");
        JsonNode key = Json.required(item, "key");
        Node value = child(item, "value");
        // Duplicate keys: the first one wins, as with the reference's try_emplace.
        if (strings && key.isTextual()) {
          byString.putIfAbsent(key.textValue(), value);
        } else if (!strings && key.isIntegralNumber() && key.canConvertToLong()) {
          byInt.putIfAbsent(key.longValue(), value);
        } else {
          throw new FormatError("key must be " + (strings ? "a string" : "an integer")
              + " for " + signature.input(input) + ", found " + Json.describe(key)).at(".key");
        }
      } catch (FormatError e) {
        throw e.at(".content[" + i + "]");
      }
    }
    JsonNode fallbackJson = json.get("default");
    Node fallback = fallbackJson == null || fallbackJson.isNull() ? null : child(json, "default");
    if (strings) {
      return new StringCategory(input, byString, fallback);
    }
    long[] keys = new long[byInt.size()];
    Node[] branches = new Node[keys.length];
    int k = 0;
    for (Map.Entry<Long, Node> e : byInt.entrySet()) {
      keys[k] = e.getKey();
      branches[k++] = e.getValue();
    }
    return new IntCategory(input, keys, branches, fallback);
  }

  private Node formula(JsonNode json) {
    Expr expr = expression(json);
    JsonNode params = Json.optionalArray(json, "parameters");
    double[] values;
    try {
      values = params == null ? new double[0] : Json.numbers(params, "a parameter");
    } catch (FormatError e) {
      throw e.at(".parameters");
    }
    return new FormulaNode(expr, checkParameters(expr, values));
  }

  private Node formulaRef(JsonNode json) {
    int index = Json.requiredInt(json, "index");
    if (index < 0 || index >= genericFormulas.size()) {
      throw new FormatError("formularef index " + index + " is out of range; the correction has "
          + genericFormulas.size() + " generic formulas").at(".index");
    }
    double[] values;
    try {
      values = Json.numbers(Json.requiredArray(json, "parameters"), "a parameter");
    } catch (FormatError e) {
      throw e.at(".parameters");
    }
    Expr expr = genericFormulas.get(index);
    return new FormulaNode(expr, checkParameters(expr, values));
  }

  private static double[] checkParameters(Expr expr, double[] values) {
    if (expr.maxParameter() >= values.length) {
      throw new FormatError("the formula uses parameter [" + expr.maxParameter() + "] but only "
          + values.length + " parameters are given").at(".parameters");
    }
    return values;
  }

  /** Parses the expression of a formula object, sharing the result with identical formulas. */
  private Expr expression(JsonNode json) {
    String expression = Json.requiredString(json, "expression");
    String parser = Json.requiredString(json, "parser");
    if (!parser.equals("TFormula")) {
      throw new FormatError("formula parser '" + parser + "' is not supported; only 'TFormula' is")
          .at(".parser");
    }
    JsonNode names = Json.requiredArray(json, "variables");
    int[] variables = new int[names.size()];
    for (int i = 0; i < variables.length; i++) {
      if (!names.get(i).isTextual()) {
        throw new FormatError("variable names must be strings").at(".variables[" + i + "]");
      }
      variables[i] = input(names.get(i).textValue(), "variables[" + i + "]", "Formula",
          Variable.Type.STRING, Variable.Type.INT);
    }
    String key = expression + '\u0000' + Arrays.toString(variables);
    Expr expr = exprCache.get(key);
    if (expr == null) {
      try {
        expr = FormulaParser.parse(expression, variables);
      } catch (IllegalArgumentException e) {
        throw new FormatError(e.getMessage()).at(".expression");
      }
      exprCache.put(key, expr);
    }
    return expr;
  }

  private Node transform(JsonNode json) {
    int input = input(Json.requiredString(json, "input"), "input", "Transform",
        Variable.Type.STRING);
    return new Transform(input, isInt(input), child(json, "rule"), child(json, "content"));
  }

  private Node hashPrng(JsonNode json) {
    JsonNode names = Json.requiredArray(json, "inputs");
    if (names.size() == 0) {
      throw new FormatError("HashPRNG needs at least one input").at(".inputs");
    }
    int[] inputs = new int[names.size()];
    boolean[] ints = new boolean[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      if (!names.get(i).isTextual()) {
        throw new FormatError("input names must be strings").at(".inputs[" + i + "]");
      }
      inputs[i] = input(names.get(i).textValue(), "inputs[" + i + "]", "HashPRNG",
          Variable.Type.STRING);
      ints[i] = isInt(inputs[i]);
    }
    String distribution = Json.requiredString(json, "distribution");
    HashPrng.Distribution d;
    switch (distribution) {
      case "stdflat": d = HashPrng.Distribution.STDFLAT; break;
      case "normal": d = HashPrng.Distribution.NORMAL; break;
      case "stdnormal": d = HashPrng.Distribution.STDNORMAL; break;
      default:
        throw new FormatError("unknown HashPRNG distribution '" + distribution + "'")
            .at(".distribution");
    }
    return new HashPrng(inputs, ints, d);
  }
}

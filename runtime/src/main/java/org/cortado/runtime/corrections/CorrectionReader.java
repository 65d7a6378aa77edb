package org.cortado.runtime.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reads a parsed correctionlib schema-v2 document into corrections and compound corrections,
 * reporting every schema violation as a {@link CorrectionFormatException} that names the source,
 * the correction and the JSON location.
 */
final class CorrectionReader {
  private static final long READER_STACK_BYTES = 64L << 20;

  private final String source;
  private final Map<String, Expr> exprCache = new HashMap<>();
  private final Map<String, JsonNode> correctionJson = new HashMap<>();

  private CorrectionReader(String source) {
    this.source = source;
  }

  /**
   * Reads on a thread of its own with a large stack: reading recurses once per content level,
   * at up to a kilobyte of stack each, so a {@link NodeReader#MAX_DEPTH}-deep tree must not depend
   * on how much of the caller's stack is left. The stack is address space, used only as deep as
   * the tree goes.
   */
  static CorrectionSet read(JsonNode root, String source) {
    FutureTask<CorrectionSet> task = new FutureTask<>(() -> new CorrectionReader(source).read(root));
    new Thread(null, task, "correction-reader", READER_STACK_BYTES).start();
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private CorrectionSet read(JsonNode root) {
    String description;
    JsonNode corrections;
    JsonNode compounds;
    try {
      if (root.isMissingNode()) {
        throw new FormatError("empty document");
      }
      Json.requireObject(root, "a correction set");
      JsonNode version = Json.required(root, "schema_version");
      if (!version.isIntegralNumber() || version.asLong() != 2) {
        throw new FormatError("schema_version must be 2, found " + Json.describe(version))
            .at(".schema_version");
      }
      description = Json.optionalString(root, "description");
      corrections = Json.requiredArray(root, "corrections");
      compounds = Json.optionalArray(root, "compound_corrections");
    } catch (FormatError e) {
      throw new CorrectionFormatException(source + ": at " + e.path() + ": " + e.getMessage());
    }
    Map<String, Correction> byName = new LinkedHashMap<>();
    for (int i = 0; i < corrections.size(); i++) {
      JsonNode json = corrections.get(i);
      String name = nameOf(json, i);
      try {
        Correction c = correction(json);
        if (byName.putIfAbsent(c.name(), c) != null) {
          throw new FormatError("duplicate correction name '" + c.name() + "'").at(".name");
        }
        correctionJson.put(c.name(), json);
      } catch (FormatError e) {
        throw located("correction", name, e.at(".corrections[" + i + "]"));
      }
    }
    Map<String, CompoundCorrection> compoundByName = new LinkedHashMap<>();
    for (int i = 0; compounds != null && i < compounds.size(); i++) {
      JsonNode json = compounds.get(i);
      String name = nameOf(json, i);
      try {
        CompoundCorrection c = compound(json);
        if (compoundByName.putIfAbsent(c.name(), c) != null) {
          throw new FormatError("duplicate compound correction name '" + c.name() + "'")
              .at(".name");
        }
      } catch (FormatError e) {
        throw located("compound correction", name, e.at(".compound_corrections[" + i + "]"));
      }
    }
    return new CorrectionSet(source, description, byName, compoundByName);
  }

  private CorrectionFormatException located(String kind, String name, FormatError e) {
    return new CorrectionFormatException(source + ": " + kind + " " + name + " at " + e.path()
        + ": " + e.getMessage());
  }

  private static String nameOf(JsonNode json, int index) {
    JsonNode name = json.get("name");
    return name != null && name.isTextual() ? "'" + name.textValue() + "'" : "#" + index;
  }

  private Correction correction(JsonNode json) {
    Json.requireObject(json, "a correction");
    Signature signature = new Signature(Json.requiredString(json, "name"),
        variables(Json.requiredArray(json, "inputs"), ".inputs"));
    String description = Json.optionalString(json, "description");
    int version = Json.requiredInt(json, "version");
    Variable output = output(json);
    NodeReader reader = new NodeReader(signature, Json.optionalArray(json, "generic_formulas"),
        exprCache);
    return new Correction(signature, description, version, output, data(reader, json));
  }

  private static Node data(NodeReader reader, JsonNode json) {
    JsonNode data = Json.required(json, "data");
    try {
      return reader.read(data);
    } catch (FormatError e) {
      throw e.at(".data");
    }
  }

  private CompoundCorrection compound(JsonNode json) {
    Json.requireObject(json, "a compound correction");
    Signature signature = new Signature(Json.requiredString(json, "name"),
        variables(Json.requiredArray(json, "inputs"), ".inputs"));
    String description = Json.optionalString(json, "description");
    Variable output = output(json);
    JsonNode updateNames = Json.requiredArray(json, "inputs_update");
    int[] updates = new int[updateNames.size()];
    for (int i = 0; i < updates.length; i++) {
      JsonNode n = updateNames.get(i);
      updates[i] = n.isTextual() ? signature.indexOf(n.textValue()) : -1;
      if (updates[i] < 0 || signature.input(updates[i]).type() != Variable.Type.REAL) {
        throw new FormatError("inputs_update entries must name real inputs of the compound, "
            + "found " + Json.describe(n)).at(".inputs_update[" + i + "]");
      }
    }
    CompoundNode.Op inputOp = op(json, "input_op", false);
    CompoundNode.Op outputOp = op(json, "output_op", true);
    JsonNode stack = Json.requiredArray(json, "stack");
    Node[] stages = new Node[stack.size()];
    String[] stageNames = new String[stages.length];
    for (int i = 0; i < stages.length; i++) {
      try {
        stageNames[i] = stack.get(i).asText();
        stages[i] = stage(signature, stack.get(i));
      } catch (FormatError e) {
        throw e.at(".stack[" + i + "]");
      }
    }
    return new CompoundCorrection(signature, description, output,
        new CompoundNode(stages, stageNames, updates, inputOp, outputOp));
  }

  /** Reads a stage's tree against the compound's inputs, matched by name. */
  private Node stage(Signature compound, JsonNode name) {
    JsonNode json = name.isTextual() ? correctionJson.get(name.textValue()) : null;
    if (json == null) {
      throw new FormatError("stack entry " + Json.describe(name)
          + " is not a correction of this set");
    }
    for (Variable v : variables(json.get("inputs"), ".inputs")) {
      int i = compound.indexOf(v.name());
      if (i < 0 || compound.input(i).type() != v.type()) {
        throw new FormatError("input " + v + " of stage '" + name.textValue()
            + "' is not an input of the compound " + compound.inputs());
      }
    }
    NodeReader reader = new NodeReader(compound, Json.optionalArray(json, "generic_formulas"),
        exprCache);
    try {
      return data(reader, json);
    } catch (FormatError e) {
      throw new FormatError("in stage '" + name.textValue() + "' at " + e.path() + ": "
          + e.getMessage());
    }
  }

  private static CompoundNode.Op op(JsonNode json, String key, boolean allowLast) {
    String op = Json.requiredString(json, key);
    switch (op) {
      case "+": return CompoundNode.Op.ADD;
      case "*": return CompoundNode.Op.MULTIPLY;
      case "/": return CompoundNode.Op.DIVIDE;
      case "last":
        if (allowLast) {
          return CompoundNode.Op.LAST;
        }
        break;
      default:
        break;
    }
    throw new FormatError(key + " must be one of + * /" + (allowLast ? " last" : "") + ", found '"
        + op + "'").at("." + key);
  }

  private static Variable output(JsonNode json) {
    Variable output;
    try {
      output = variable(Json.required(json, "output"));
    } catch (FormatError e) {
      throw e.at(".output");
    }
    if (output.type() != Variable.Type.REAL) {
      throw new FormatError("the output must be real, found " + output.type().jsonName())
          .at(".output.type");
    }
    return output;
  }

  private static List<Variable> variables(JsonNode array, String key) {
    List<Variable> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      try {
        out.add(variable(array.get(i)));
      } catch (FormatError e) {
        throw e.at(key + "[" + i + "]");
      }
    }
    return out;
  }

  private static Variable variable(JsonNode json) {
    Json.requireObject(json, "a variable");
    String name = Json.requiredString(json, "name");
    String typeName = Json.requiredString(json, "type");
    Variable.Type type = Variable.Type.fromJson(typeName);
    if (type == null) {
      throw new FormatError("type must be \"string\", \"int\" or \"real\", found \"" + typeName
          + "\"").at(".type");
    }
    return new Variable(name, type, Json.optionalString(json, "description"));
  }
}

package org.cortado.processor.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cortado.params.EditDistance;
import org.cortado.params.ParamNode;
import org.cortado.params.ParamType;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.MethodModel;
import org.cortado.processor.model.ParamKind;
import org.cortado.processor.model.ParamModel;
import org.cortado.processor.model.ParamRef;
import org.cortado.processor.model.Site;
import org.cortado.processor.params.AnalysisParams;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * The parameter files load, and every {@code @Param} names a parameter that exists and can be
 * read as the parameter's Java type. Messages name the dotted path and the YAML file and line.
 */
public final class ParamRule implements ValidationRule {
  private final AnalysisParams params;

  public ParamRule(AnalysisParams params) {
    this.params = params;
  }

  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (AnalysisParams.FileProblem f : params.problems()) {
      Site site = f.index() >= 0 ? model.paramFiles().get(f.index()).site()
          : model.site().at("params");
      if (f.notFound()) {
        report.error(Diagnostic.PARAM_FILE_NOT_FOUND, site, f.name(), params.searched());
      } else {
        report.error(Diagnostic.PARAM_FILE_INVALID, site, f.name(), f.detail());
      }
    }
    for (MethodModel m : model.methods()) {
      for (ParamModel p : m.params()) {
        ParamRef ref = p.param();
        if (ref == null) {
          continue;
        }
        if (p.col() != null) {
          report.error(Diagnostic.PARAM_WITH_COL, ref.site().site(), p.name(), m.name());
        }
        if (ref.kind() == ParamKind.UNSUPPORTED) {
          report.error(Diagnostic.PARAM_UNSUPPORTED_TYPE, Site.of(p.element()), p.name(), m.name(),
              p.typeText());
        } else if (ref.problem() != null) {
          if (params.loaded()) {
            report.error(Diagnostic.PARAM_CHOICE_FAILED, ref.site().at("value"), ref.path(),
                ref.problem());
          }
        } else if (params.loaded()) {
          for (String path : ref.paths().all()) {
            check(params.params(), path, ref.kind(), p.name(), ref.site().at("value"), report);
          }
        }
      }
    }
  }

  /**
   * Checks that {@code path} exists and reads as {@code kind}; {@code what} names the Java side
   * in messages. Shared with the checks of standard weights.
   */
  static void check(Params params, String path, ParamKind kind, String what, Site site,
      ValidationReport.Builder report) {
    Optional<ParamNode> found = params.lookup(path);
    if (found.isEmpty()) {
      report.error(Diagnostic.PARAM_MISSING, site, path, whyMissing(params, path));
      return;
    }
    ParamNode node = found.get();
    if (node.type() == ParamType.MISSING) {
      report.error(Diagnostic.PARAM_MANDATORY, site, path, node.source());
      return;
    }
    if (!accepts(kind, node)) {
      report.error(Diagnostic.PARAM_WRONG_TYPE, site, path, describe(node), node.source(), what,
          kind.javaName(), fix(path, node));
    }
  }

  private static boolean accepts(ParamKind kind, ParamNode node) {
    ParamType t = node.type();
    switch (kind) {
      case FLOAT:
      case DOUBLE:
        return t == ParamType.FLOAT || t == ParamType.INT;
      case INT:
        return t == ParamType.INT && (Long) node.value() == ((Long) node.value()).intValue();
      case LONG:
        return t == ParamType.INT;
      case BOOLEAN:
        return t == ParamType.BOOLEAN;
      case STRING:
        return t == ParamType.STRING;
      case FILE:
        return t == ParamType.STRING || t == ParamType.PATH;
      case KEY:
        return t == ParamType.STRING || t == ParamType.INT;
      default:
        return false;
    }
  }

  private static String fix(String path, ParamNode node) {
    switch (node.type()) {
      case INT: return "fix the value there or declare the parameter as long";
      case FLOAT: return "fix the value there or declare the parameter as double";
      case BOOLEAN: return "fix the value there or declare the parameter as boolean";
      case STRING: return "fix the value there or declare the parameter as String";
      case MAP:
        String first = ((ParamNode.MapNode) node).entries().keySet().stream().findFirst()
            .orElse("<key>");
        return "read one of its entries, such as '" + path + "." + first + "'";
      case LIST:
        return "read one of its items, such as '" + path + ".0'";
      default:
        return "fix the value there";
    }
  }

  private static String describe(ParamNode node) {
    switch (node.type()) {
      case STRING:
        return "the string \"" + node.value() + "\"";
      case MAP:
      case LIST:
      case NULL:
      case PATH:
        return "a " + node.type();
      default:
        return "the " + node.type() + " " + node.value();
    }
  }

  /** Which step of {@code path} is absent, where its parent is defined, and a close key. */
  private static String whyMissing(Params params, String path) {
    String[] keys = path.split("\\.", -1);
    ParamNode parent = params.root();
    String prefix = "";
    for (String key : keys) {
      String next = prefix.isEmpty() ? key : prefix + "." + key;
      Optional<ParamNode> child = params.lookup(next);
      if (child.isEmpty()) {
        List<String> siblings = new ArrayList<>();
        if (parent instanceof ParamNode.MapNode map) {
          siblings.addAll(map.entries().keySet());
        }
        String close = EditDistance.closest(key, siblings);
        String hint = close.isEmpty() ? "" : "; did you mean '"
            + (prefix.isEmpty() ? close : prefix + "." + close) + "'?";
        if (prefix.isEmpty()) {
          List<String> files = new ArrayList<>(List.of("the defaults"));
          for (String s : params.sources()) {
            if (!s.startsWith(ParamsLoader.DEFAULTS_DIRECTORY)) {
              files.add(s);
            }
          }
          return "no parameter file defines '" + key + "' (read: " + String.join(", ", files)
              + ")" + hint;
        }
        if (!(parent instanceof ParamNode.MapNode) && !(parent instanceof ParamNode.ListNode)) {
          return "'" + prefix + "' at " + parent.source() + " is a " + parent.type()
              + ", not a map";
        }
        return "'" + prefix + "' at " + parent.source() + " has no key '" + key + "'" + hint;
      }
      parent = child.get();
      prefix = next;
    }
    return "not found";
  }
}

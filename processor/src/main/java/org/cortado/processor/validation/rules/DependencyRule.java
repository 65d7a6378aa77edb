package org.cortado.processor.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cortado.annotations.Stage;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.CollectionModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.CutModel;
import org.cortado.processor.model.Dependencies;
import org.cortado.processor.model.DerivedModel;
import org.cortado.processor.model.Field;
import org.cortado.processor.model.Site;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * The analysis's collections and derived columns can be computed in some order (no one needs
 * itself), skim cuts need nothing built after the skim, and loops over objects read no derived
 * column that can be missing.
 */
public final class DependencyRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    Dependencies deps = new Dependencies(model);
    for (String key : deps.keys()) {
      List<String> cycle = cycle(deps, key);
      if (!cycle.isEmpty()) {
        report.error(Diagnostic.DEPENDENCY_CYCLE, site(model, key), key,
            String.join(" -> ", cycle));
      }
    }
    for (RefSite r : RefSite.of(model)) {
      Uses u = r.use();
      if (u == null || r.ref().kind() != ColumnRef.Kind.EVENT
          || r.ref().field().storage() != Field.Storage.DERIVED) {
        continue;
      }
      String derived = r.ref().field().name();
      CutModel skim = skimCut(model, u);
      if (skim != null) {
        for (String need : deps.closure(Set.of(Dependencies.derived(derived)))) {
          if (need.startsWith("collection ")) {
            report.error(Diagnostic.CUT_SKIM_NEEDS_COLLECTION, r.value(), skim.name(), derived,
                need.substring("collection ".length()));
            break;
          }
        }
      }
      if (!u.loop().isEmpty() && deps.missable(derived)) {
        report.error(Diagnostic.COLUMN_MISSABLE_IN_LOOP, r.value(), derived, u.label());
      }
    }
  }

  /** The skim cut {@code u} is the method of, or null. */
  private static CutModel skimCut(AnalysisModel model, Uses u) {
    for (CutModel c : model.cuts()) {
      if (u.role() == Uses.Role.CUT && c.method() == u.method() && c.stage() == Stage.SKIM) {
        return c;
      }
    }
    return null;
  }

  /** A path from {@code key} back to itself, or empty. */
  private static List<String> cycle(Dependencies deps, String key) {
    List<String> path = new ArrayList<>(List.of(key));
    return walk(deps, key, path, new ArrayList<>()) ? path : List.of();
  }

  private static boolean walk(Dependencies deps, String target, List<String> path,
      List<String> dead) {
    for (String next : deps.needs(path.get(path.size() - 1))) {
      if (next.equals(target)) {
        path.add(next);
        return true;
      }
      if (path.contains(next) || dead.contains(next)) {
        continue;
      }
      path.add(next);
      if (walk(deps, target, path, dead)) {
        return true;
      }
      dead.add(path.remove(path.size() - 1));
    }
    return false;
  }

  private static Site site(AnalysisModel model, String key) {
    String name = key.substring(key.indexOf(' ') + 1);
    for (CollectionModel c : model.collections()) {
      if (key.startsWith("collection ") && c.name().equals(name)) {
        return c.site().at("name");
      }
    }
    for (DerivedModel d : model.derived()) {
      if (d.columnName().equals(name)) {
        return d.site().site();
      }
    }
    return model.site().site();
  }
}

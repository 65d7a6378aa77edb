package org.cortado.processor.validation.rules;

import java.util.List;
import javax.lang.model.element.Modifier;
import org.cortado.params.EditDistance;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.ViewBinding;
import org.cortado.processor.model.ViewType;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * A view interface can be implemented in the analysis's package, its abstract methods are
 * accessors {@code T name(int i)}, and on every collection it is bound to each accessor reads a
 * field the collection has, of exactly the accessor's type.
 */
public final class ViewRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (RefSite r : RefSite.of(model)) {
      if (r.ref().kind() != ColumnRef.Kind.VIEW) {
        continue;
      }
      ViewBinding view = r.ref().view();
      ViewType type = view.type();
      String problem = !type.problem().isEmpty() ? type.problem()
          : !type.element().getModifiers().contains(Modifier.PUBLIC)
              && !model.analysis().packageName().equals(packageOf(type))
              ? "it is not public and not in package " + model.analysis().packageName() : "";
      if (!problem.isEmpty()) {
        report.error(Diagnostic.VIEW_NOT_IMPLEMENTABLE, r.value(), type.name().simpleName(),
            problem);
      }
      for (ViewBinding.Bound b : view.accessors()) {
        ViewType.Accessor a = b.accessor();
        if (!a.wellFormed()) {
          report.error(Diagnostic.VIEW_BAD_ACCESSOR, a.site(), a.method() + "()",
              type.name().simpleName(), a.method());
          continue;
        }
        switch (b.problem()) {
          case UNKNOWN -> report.error(Diagnostic.VIEW_UNKNOWN_FIELD, r.value(),
              type.name().simpleName(), view.collection(), a.method(), b.detail(),
              view.collection(), Diagnostic.didYouMean(EditDistance.closest(b.detail(),
                  fields(model, view.collection()))));
          case CHOICE_FAILED -> report.error(Diagnostic.COLUMN_CHOICE_FAILED, a.fieldSite(),
              a.field(), b.detail());
          case PERIODS_DISAGREE -> report.error(Diagnostic.COLUMN_PERIODS_DISAGREE,
              a.fieldSite(), a.field(), b.detail());
          default -> {
            if (b.field() != null && b.field().type() != a.type()) {
              report.error(Diagnostic.VIEW_WRONG_TYPE, a.site(), type.name().simpleName(),
                  view.collection(), a.method(), a.returnText(), b.field().name(),
                  b.field().type().javaName(), b.field().type().javaName());
            }
          }
        }
      }
    }
  }

  private static String packageOf(ViewType type) {
    return type.name().packageName();
  }

  /** The field names of {@code collection}'s NanoAOD base, for suggestions. */
  private static List<String> fields(AnalysisModel model, String collection) {
    String base = model.catalogue().base(collection);
    String prefix = base + "_";
    return model.catalogue().names().stream().filter(n -> n.startsWith(prefix))
        .map(n -> n.substring(prefix.length())).toList();
  }
}

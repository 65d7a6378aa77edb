package org.cortado.processor.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.cortado.annotations.EventKind;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.Field;
import org.cortado.processor.model.ViewBinding;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/**
 * What acts on both kinds of events reads no derived column that exists for one kind only: a
 * histogram of data and simulation cannot read an {@code on = EventKind.MC} column.
 */
public final class EventKindRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (RefSite r : RefSite.of(model)) {
      for (Field f : derivedFields(r)) {
        String name = f.owner().isEmpty() ? f.name() : f.owner() + "_" + f.name();
        model.derived().stream().filter(d -> d.columnName().equals(name)).findFirst()
            .filter(d -> d.on() != EventKind.ALL && d.on() != r.on())
            .ifPresent(d -> report.error(Diagnostic.EVENT_KIND_MISMATCH, r.value(), r.label(),
                describe(r.on()), name, describe(d.on()), d.on()));
      }
    }
  }

  private static List<Field> derivedFields(RefSite r) {
    List<Field> out = new ArrayList<>();
    if (r.ref().field() != null && r.ref().field().storage() == Field.Storage.DERIVED) {
      out.add(r.ref().field());
    }
    if (r.ref().view() != null) {
      for (ViewBinding.Bound b : r.ref().view().accessors()) {
        if (b.field() != null && b.field().storage() == Field.Storage.DERIVED) {
          out.add(b.field());
        }
      }
    }
    return out;
  }

  private static String describe(EventKind k) {
    return k == EventKind.DATA ? "data" : k == EventKind.MC ? "simulation"
        : "data and simulation";
  }
}

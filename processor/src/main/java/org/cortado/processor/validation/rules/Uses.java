package org.cortado.processor.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.cortado.annotations.EventKind;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.AnnotationSite;
import org.cortado.processor.model.AxisModel;
import org.cortado.processor.model.CollectionModel;
import org.cortado.processor.model.CutModel;
import org.cortado.processor.model.DerivedModel;
import org.cortado.processor.model.HistogramModel;
import org.cortado.processor.model.MethodModel;
import org.cortado.processor.model.WeightModel;

/**
 * Every user method the kernel calls, with the annotation that makes it called, how messages name
 * that use ({@code @Cut 'dilepton'}), the kind of events it acts on, and, for methods called once
 * per object, the collection looped over.
 */
record Uses(String annotation, Role role, MethodModel method, AnnotationSite site, String label,
    EventKind on, String loop) {
  enum Role { CUT, SELECTION, DERIVED, WEIGHT, VARIATION, HISTOGRAM }

  static List<Uses> of(AnalysisModel model) {
    List<Uses> out = new ArrayList<>();
    for (CutModel c : model.cuts()) {
      out.add(new Uses("Cut", Role.CUT, c.method(), c.site(), "@Cut '" + c.name() + "'", c.on(),
          ""));
    }
    for (CollectionModel c : model.collections()) {
      if (c.method() != null) {
        out.add(new Uses("ObjectSelection", Role.SELECTION, c.method(), c.site(),
            "@ObjectSelection '" + c.name() + "'", EventKind.ALL, c.source()));
      }
    }
    for (DerivedModel d : model.derived()) {
      out.add(new Uses("Derived", Role.DERIVED, d.method(), d.site(),
          "@Derived '" + d.columnName() + "'", d.on(), d.collection()));
    }
    for (WeightModel w : model.weights()) {
      if (w.method() == null) {
        continue;
      }
      String label = "@Weight '" + w.name() + "'";
      out.add(new Uses("Weight", Role.WEIGHT, w.method(), w.site(), label, EventKind.MC, ""));
      if (w.upMethod() != null) {
        out.add(new Uses("Weight", Role.VARIATION, w.upMethod(), w.site(), label, EventKind.MC,
            ""));
      }
      if (w.downMethod() != null) {
        out.add(new Uses("Weight", Role.VARIATION, w.downMethod(), w.site(), label, EventKind.MC,
            ""));
      }
    }
    for (HistogramModel h : model.histograms()) {
      String label = "@Histogram '" + h.name() + "'";
      if (h.method() != null) {
        out.add(new Uses("Histogram", Role.HISTOGRAM, h.method(), h.site(), label, h.on(), ""));
      }
      for (AxisModel a : h.axes()) {
        if (a.method() != null) {
          out.add(new Uses("Histogram", Role.HISTOGRAM, a.method(), h.site(), label, h.on(), ""));
        }
      }
    }
    return out;
  }
}

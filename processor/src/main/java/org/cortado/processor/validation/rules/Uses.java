package org.cortado.processor.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.AnnotationSite;
import org.cortado.processor.model.AxisModel;
import org.cortado.processor.model.CollectionModel;
import org.cortado.processor.model.CutModel;
import org.cortado.processor.model.HistogramModel;
import org.cortado.processor.model.MethodModel;
import org.cortado.processor.model.WeightModel;

/** Every user method the kernel calls, with the annotation that makes it called. */
record Uses(String annotation, Role role, MethodModel method, AnnotationSite site) {
  enum Role { CUT, SELECTION, WEIGHT, VARIATION, HISTOGRAM }

  static List<Uses> of(AnalysisModel model) {
    List<Uses> out = new ArrayList<>();
    for (CutModel c : model.cuts()) {
      out.add(new Uses("Cut", Role.CUT, c.method(), c.site()));
    }
    for (CollectionModel c : model.collections()) {
      out.add(new Uses("ObjectSelection", Role.SELECTION, c.method(), c.site()));
    }
    for (WeightModel w : model.weights()) {
      if (w.method() == null) {
        continue;
      }
      out.add(new Uses("Weight", Role.WEIGHT, w.method(), w.site()));
      if (w.upMethod() != null) {
        out.add(new Uses("Weight", Role.VARIATION, w.upMethod(), w.site()));
      }
      if (w.downMethod() != null) {
        out.add(new Uses("Weight", Role.VARIATION, w.downMethod(), w.site()));
      }
    }
    for (HistogramModel h : model.histograms()) {
      if (h.method() != null) {
        out.add(new Uses("Histogram", Role.HISTOGRAM, h.method(), h.site()));
      }
      for (AxisModel a : h.axes()) {
        if (a.method() != null) {
          out.add(new Uses("Histogram", Role.HISTOGRAM, a.method(), h.site()));
        }
      }
    }
    return out;
  }
}

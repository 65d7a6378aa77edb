package org.cortado.processor.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.cortado.annotations.EventKind;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.AxisModel;
import org.cortado.processor.model.ColOutModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.HistogramModel;
import org.cortado.processor.model.ParamModel;
import org.cortado.processor.model.Site;

/**
 * A column reference with the annotation values to report its problems on ({@code value} for the
 * name, {@code pos} for the position), the use it belongs to ({@code label}, the kind of events
 * {@code on}) and, for a method parameter, the parameter.
 */
record RefSite(ColumnRef ref, Site value, Site pos, String label, EventKind on, ParamModel param,
    Uses use) {
  static List<RefSite> of(AnalysisModel model) {
    List<RefSite> out = new ArrayList<>();
    for (Uses u : Uses.of(model)) {
      for (ParamModel p : u.method().params()) {
        if (p.ref() != null) {
          out.add(new RefSite(p.ref(), p.col().at("value"), p.col().at("pos"), u.label(), u.on(),
              p, u));
        }
      }
    }
    for (HistogramModel h : model.histograms()) {
      for (AxisModel a : h.axes()) {
        if (a.ref() != null) {
          out.add(new RefSite(a.ref(), a.site().at("field"), a.site().at("pos"),
              "@Histogram '" + h.name() + "'", h.on(), null, null));
        }
      }
    }
    for (ColOutModel c : model.colOuts()) {
      for (int i = 0; i < c.refs().size(); i++) {
        out.add(new RefSite(c.refs().get(i), c.site().at("columns", i), c.site().at("columns", i),
            "@ColOut", c.on(), null, null));
      }
    }
    if (model.genWeight() != null) {
      out.add(new RefSite(model.genWeight(), model.site().at("genWeight"),
          model.site().at("genWeight"), "@Analysis(genWeight)", EventKind.MC, null, null));
    }
    for (ColumnRef r : model.lumiColumns()) {
      out.add(new RefSite(r, model.site().at("goldenJson"), model.site().at("goldenJson"),
          "@Analysis(goldenJson)", EventKind.DATA, null, null));
    }
    return out;
  }
}

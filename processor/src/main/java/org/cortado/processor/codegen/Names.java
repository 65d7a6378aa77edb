package org.cortado.processor.codegen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cortado.processor.calibration.CalibratorPlan;
import org.cortado.processor.ir.Build;
import org.cortado.processor.ir.ColumnSlot;
import org.cortado.processor.ir.CutStep;
import org.cortado.processor.ir.Derive;
import org.cortado.processor.ir.FillStep;
import org.cortado.processor.ir.FlagSet;
import org.cortado.processor.ir.LoopIr;
import org.cortado.processor.ir.Node;
import org.cortado.processor.ir.Offsets;
import org.cortado.processor.ir.ParamValue;
import org.cortado.processor.ir.Read;
import org.cortado.processor.ir.ViewImpl;
import org.cortado.processor.ir.WeightStep;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.MethodModel;
import org.cortado.processor.model.ParamModel;
import org.cortado.processor.model.WeightEvaluation;

/**
 * The Java name of everything in one kernel, claimed once from a {@link UniqueNames} set in a
 * fixed order: the generated code's own names first, then the analyst's, each after the name the
 * analyst wrote ({@code Muon_pt}, {@code nMuonGood}, {@code MuonGood_index}, {@code mll},
 * {@code h_mll}, {@code w_pileupUp}).
 */
final class Names {
  /** Names the generated code uses for itself. */
  static final String[] RESERVED = {"n", "mc", "nvar", "nw", "wt", "e", "currentEvent",
      "period", "kernel", "chunk", "out", "cutflow", "cutflowSumw", "counts", "sumw", "sumw2", "gw",
      "lumiMask", "params", "i", "k", "end", "cb", "at", "ex", "lumi", "xs", "values",
      "branches", "EventLoop", "BranchFlags", "LAYOUT", "PERIODS", "BRANCHES_MC",
      "BRANCHES_DATA", "COUNTERS_MC", "COUNTERS_DATA", "PARAM_FILES", "USER_METHODS",
      "goldenJson", "PASSES", "NOMINAL", "npass", "stamp", "s", "slot", "reached",
      "masks_event", "weights_event", "passing", "SkimLoop", "SKIM_LAYOUT", "SKIM_BRANCHES_MC",
      "SKIM_BRANCHES_DATA", "SKIM_COUNTERS_MC", "SKIM_COUNTERS_DATA", "CALIBRATOR_INPUTS"};

  private final UniqueNames names = new UniqueNames().reserve(RESERVED);
  private final Map<Object, String> of = new HashMap<>();

  Names(LoopIr ir) {
    Set<Node> varied = ir.passes().isEmpty() ? Set.of() : ir.varied();
    for (Read r : ir.reads()) {
      of.put(r, names.claim(r.branches().varies()
          ? String.join("_or_", r.branches().all()) : r.branches().first()));
    }
    for (Offsets o : ir.offsets()) {
      of.put(o, names.claim(o.collection() + "_offsets"));
      of.put(key(o, "max"), names.claim(o.collection() + "_max"));
      if (o.reordered()) {
        of.put(key(o, "order"), names.claim(o.collection() + "_order"));
      }
    }
    for (CalibratorPlan p : ir.calibrators()) {
      for (CalibratorPlan.Instance i : p.instances()) {
        String base = i.id().replace('.', '_');
        of.put(i.id(), names.claim(base));
        of.put(key(i.id(), "factory"), names.claim(base + "Factory"));
      }
    }
    // A parameter is named after its path; one whose path holds choices after the analyst's
    // name for it, which reads better than the template.
    for (ParamValue p : ir.params()) {
      of.put(p, names.claim(p.perPeriod() ? javaName(ir, p.path()) : p.path()));
    }
    for (Build b : ir.builds()) {
      of.put(key(b, "n"), names.claim("n" + b.name()));
      of.put(key(b, "build"), names.claim("build_" + b.name()));
      if (b.model().selection()) {
        of.put(key(b, "index"), names.claim(b.name() + "_index"));
      } else {
        of.put(key(b, "source"), names.claim(b.name() + "_source"));
        for (String f : b.fields()) {
          of.put(key(b, f), names.claim(b.name() + "_" + f));
        }
      }
    }
    for (Derive d : ir.derived()) {
      String base = d.model().name().startsWith("@")
          ? d.model().name().substring(1).replace("#", "") : d.model().columnName();
      if (d.model().perObject()) {
        of.put(key(d, "get"), names.claim(base));
        of.put(key(d, "values"), names.claim(base + "_values"));
      } else {
        of.put(key(d, "get"), names.claim(d.missable() ? "has_" + base : base));
        of.put(key(d, "value"), names.claim(base + "_value"));
        if (d.missable()) {
          of.put(key(d, "ok"), names.claim(base + "_ok"));
        }
      }
      of.put(key(d, "event"), names.claim(base + (varied.contains(d) ? "_pass" : "_event")));
    }
    for (CutStep c : ir.masks()) {
      of.put(c, names.claim("cut_" + c.name()));
    }
    for (int w = 0; w < ir.weights().size(); w++) {
      WeightStep ws = ir.weights().get(w);
      of.put(key(ws, ""), names.claim("w_" + ws.name()));
      if (ws.varies() && ws.sources().isEmpty()) {
        of.put(key(ws, "up"), names.claim("w_" + ws.name() + "Up"));
        of.put(key(ws, "down"), names.claim("w_" + ws.name() + "Down"));
      }
      for (String s : ws.sources()) {
        of.put(key(ws, s + "up"), names.claim("w_" + ws.name() + "_" + s + "Up"));
        of.put(key(ws, s + "down"), names.claim("w_" + ws.name() + "_" + s + "Down"));
      }
      if (ws.model().isStandard()
          && ws.model().standard().evaluation() instanceof WeightEvaluation.Evaluator) {
        of.put(key(ws, "factory"), names.claim(ws.name() + "Factory"));
        of.put(key(ws, "evaluator"), names.claim(ws.name() + "Weight"));
      }
      if (!ws.samples().isEmpty()) {
        of.put(key(ws, "samples"), names.claim("w_" + ws.name() + "_applies"));
      }
    }
    for (FillStep f : ir.fills()) {
      of.put(f, names.claim("h_" + f.model().name()));
      if (!f.model().samples().isEmpty()) {
        of.put(key(f, "samples"), names.claim("h_" + f.model().name() + "_applies"));
      }
    }
    for (var x : ir.exports()) {
      for (ColumnSlot s : x.slots()) {
        of.put(s, names.claim("col_" + s.name()));
      }
    }
    for (ColumnSlot s : ir.weightColumns().slots()) {
      of.put(s, names.claim("col_" + s.name()));
    }
    for (int c = 0; c < ir.categories().size(); c++) {
      of.put(key(ir.categorySteps().get(c), "in"), names.claim("in_" + ir.categories().get(c)));
      of.put(key(ir.categorySteps().get(c), "fill"), names.claim("fill_" + ir.categories().get(c)));
      if (!ir.passes().isEmpty()) {
        of.put(key(ir.categorySteps().get(c), "shape"),
            names.claim("shape_" + ir.categories().get(c)));
      }
    }
    for (ViewImpl v : ir.views()) {
      String type = v.type().name().simpleName();
      of.put(key(v, "class"), names.claim(type + "Of" + v.collection()));
      of.put(key(v, "field"), names.claim(v.collection() + "_" + type));
    }
    for (FlagSet f : ir.flagSets()) {
      String field = names.claim(javaName(ir, f));
      of.put(f, field);
      of.put(key(f, "branches"), names.claim(field + "_branches"));
    }
  }

  /** The Java name the analyst gave the first method parameter reading {@code @Param(path)}. */
  private static String javaName(LoopIr ir, String path) {
    for (MethodModel m : ir.model().methods()) {
      for (ParamModel p : m.params()) {
        if (p.param() != null && p.param().path().equals(path)) {
          return p.name();
        }
      }
    }
    return path;
  }

  /** The Java name the analyst gave the first method parameter reading flag set {@code f}. */
  private static String javaName(LoopIr ir, FlagSet f) {
    for (MethodModel m : ir.model().methods()) {
      for (ParamModel p : m.params()) {
        if (p.ref() != null && p.ref().kind() == ColumnRef.Kind.FLAGS
            && p.ref().requested().equals(f.template()) && p.on() == f.on()) {
          return p.name();
        }
      }
    }
    return f.template();
  }

  /** The name of a read, offsets, parameter, mask cut, histogram, column or flag set. */
  String of(Object node) {
    String n = of.get(node);
    if (n == null) {
      throw new IllegalStateException("no name for " + node);
    }
    return n;
  }

  /** The name of one part of a node: {@code of(build, "index")}, {@code of(weight, "up")}. */
  String of(Object node, String part) {
    return of(key(node, part));
  }

  private static List<Object> key(Object node, String part) {
    return List.of(new Identity(node), part);
  }

  /** Nodes are records that may be equal by value yet distinct; parts key them by identity. */
  private record Identity(Object node) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity i && i.node == node;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(node);
    }
  }
}

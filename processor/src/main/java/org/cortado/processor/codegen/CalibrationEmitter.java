package org.cortado.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.cortado.processor.calibration.CalibratorPlan;
import org.cortado.processor.ir.Build;
import org.cortado.processor.ir.CutStep;
import org.cortado.processor.ir.LoopIr;
import org.cortado.processor.ir.Node;
import org.cortado.processor.ir.Offsets;
import org.cortado.processor.ir.Read;
import org.cortado.processor.model.Periods;

/**
 * Calibrators and shape variations in a kernel. The kernel makes each calibrator's factory once
 * and checks that the run's parameters still offer the variations it was compiled for. The loop
 * binds each calibrator once per chunk; an event that passes the skim is calibrated in every pass
 * at once ({@code calibrate(e)}), then runs the nominal pass. For simulation, every shape
 * variation then runs as a pass of its own ({@code shape(e, s)}), but only when the variation can
 * change the event's fate (it passed the preselection, or failed at a cut that reads a varied
 * column), and only the steps that read a varied column run again: the collections built from
 * them, those preselection cuts (the others passed already), the category masks and weights that
 * read them (the others are kept for the event), and the fills, into the variation's slot with the
 * nominal weight. Derived columns that read a varied column are recomputed once per pass
 * ({@code stamp}).
 */
final class CalibrationEmitter {
  private static final ClassName LIST = ClassName.get(List.class);
  private static final TypeName STRINGS = ParameterizedTypeName.get(LIST, ClassName.get(String.class));

  private final Exprs exprs;
  private final Names names;
  private final LoopClass loop;
  private final LoopIr ir;
  private final Set<Node> varied;

  CalibrationEmitter(Exprs exprs, LoopClass loop) {
    this.exprs = exprs;
    this.names = exprs.names();
    this.loop = loop;
    this.ir = exprs.ir();
    this.varied = ir.varied();
  }

  /** Whether there are shape variations to run. */
  private boolean shapes() {
    return !ir.passes().isEmpty();
  }

  // ---- The kernel: factories, pass names, the check of the run's parameters.

  /** Adds the factories to the kernel and makes them in its {@code Params} constructor. */
  static void kernel(TypeSpec.Builder type, MethodSpec.Builder ctor, LoopIr ir, Names names) {
    if (ir.calibrators().isEmpty()) {
      return;
    }
    List<CodeBlock> passes = new ArrayList<>(List.of(CodeBlock.of("$S", "nominal")));
    ir.passes().forEach(p -> passes.add(CodeBlock.of("$S", p)));
    type.addField(FieldSpec.builder(STRINGS, "PASSES", Modifier.PRIVATE, Modifier.STATIC,
        Modifier.FINAL).addJavadoc("The nominal pass, then every shape variation, in order.\n")
        .initializer("$T.of($L)", List.class, CodeBlock.join(passes, ", ")).build());
    if (!ir.passes().isEmpty()) {
      type.addField(FieldSpec.builder(STRINGS, "NOMINAL", Modifier.PRIVATE, Modifier.STATIC,
          Modifier.FINAL).addJavadoc("Data run the nominal pass only.\n")
          .initializer("PASSES.subList(0, 1)").build());
    }
    Periods periods = ir.model().periods();
    for (CalibratorPlan p : ir.calibrators()) {
      for (CalibratorPlan.Instance i : p.instances()) {
        String factory = names.of(i.id(), "factory");
        type.addField(i.type().nestedClass("Factory"), factory, Modifier.PRIVATE, Modifier.FINAL);
        ctor.addStatement("this.$L = $L", factory, i.factory());
      }
      // The run's parameters must still offer what the kernel was compiled to fill.
      CodeBlock owner = CodeBlock.of("$L", names.of(p.instances().get(0).id(), "factory"));
      for (int k = 0; k < periods.size(); k++) {
        List<CodeBlock> wanted = new ArrayList<>();
        for (String v : p.variations().get(k)) {
          if (ir.passes().contains(v)) {
            wanted.add(CodeBlock.of("$S", v));
          }
        }
        if (!wanted.isEmpty()) {
          ctor.addStatement("$T.requireVariations($S, $S, $L.variations($S), $L)",
              org.cortado.processor.RuntimeNames.KERNELS, p.calibrator(), periods.get(k), owner,
              periods.get(k), CodeBlock.join(wanted, ", "));
        }
      }
    }
  }

  // ---- The loop's fields.

  /** Binds the calibrators for the chunk, and the pass state; before any read is bound. */
  void bind() {
    if (shapes()) {
      loop.bind(TypeName.INT, "npass", CodeBlock.of("mc ? $L : 0", ir.passes().size()));
      loop.state(TypeName.INT, "reached");
    }
    for (CalibratorPlan p : ir.calibrators()) {
      for (CalibratorPlan.Instance i : p.instances()) {
        List<CodeBlock> args = new ArrayList<>(List.of(CodeBlock.of("chunk"),
            shapes() ? CodeBlock.of("mc ? PASSES : NOMINAL") : CodeBlock.of("PASSES")));
        i.bindWith().forEach(w -> args.add(CodeBlock.of("$L", names.of(w))));
        loop.bind(i.type(), names.of(i.id()), CodeBlock.of("kernel.$L.bind($L)",
            names.of(i.id(), "factory"), CodeBlock.join(args, ", ")),
            "Calibrates every event that passes the skim, in every pass ("
                + p.calibrator() + ").");
      }
    }
  }

  /**
   * Binds a column a calibrator replaces: once, or per pass ({@link #passMethod}) when shape
   * variations run.
   */
  void bindCalibrated(Read r, String doc) {
    CalibratorPlan.Output o = ir.model().calibration().output(r.branches().first()).orElseThrow();
    TypeName array = ArrayTypeName.of(TypeName.DOUBLE);
    if (shapes()) {
      loop.state(array, names.of(r));
      return;
    }
    loop.bind(array, names.of(r), access(o, CodeBlock.of("0")), doc);
  }

  /** Binds the order of the objects of a collection a calibrator re-sorts. */
  void bindOrder(Offsets o) {
    TypeName array = ArrayTypeName.of(TypeName.INT);
    if (shapes()) {
      loop.state(array, names.of(o, "order"));
      return;
    }
    loop.bind(array, names.of(o, "order"), order(o, CodeBlock.of("0")),
        "The objects of " + o.collection() + " by calibrated pT, highest first.");
  }

  private CodeBlock access(CalibratorPlan.Output o, CodeBlock pass) {
    return CodeBlock.of("$L.$L($L)", names.of(o.instance()), o.accessor(), pass);
  }

  private CodeBlock order(Offsets o, CodeBlock pass) {
    CalibratorPlan.Reorder r = ir.model().calibration().reorder(o.collection()).orElseThrow();
    return CodeBlock.of("$L.order($L)", names.of(r.instance()), pass);
  }

  // ---- The loop.

  /**
   * Opens the nominal pass of an event in {@code run}: skim, then
   * {@code if (preselect(e)) {}, which the caller closes after the category fills. The
   * preselection calibrates the event where {@link #calibrateHere} puts it.
   */
  void nominal(CodeBlock.Builder run, CodeBlock skim, CodeBlock preselect) {
    run.beginControlFlow("if (!skim(e))").addStatement("continue").endControlFlow();
    loop.method(LoopClass.step("skim", TypeName.BOOLEAN, skim, "Cut flow and skim cuts of event"
        + " {@code e}, on the file's values: they run before the calibrators; false if a cut"
        + "\nrejects the event."));
    if (stamped()) {
      run.addStatement("stamp++");
    }
    run.beginControlFlow("if (preselect(e))");
    loop.method(LoopClass.step("preselect", TypeName.BOOLEAN, preselect, "Collections and"
        + " preselection of event {@code e} in the nominal pass, calibrating it once the cuts"
        + "\nthat read nothing calibrated have passed; false if a cut rejects it."));
  }

  /**
   * Calibrates the event, in every pass at once, and points the columns at the nominal pass: in
   * the preselection after the collections and cuts that read nothing calibrated, so an event
   * those reject is never calibrated.
   */
  void calibrateHere(CodeBlock.Builder b) {
    b.addStatement("calibrate(e)");
    CodeBlock.Builder calibrate = CodeBlock.builder();
    for (CalibratorPlan p : ir.calibrators()) {
      for (CalibratorPlan.Instance i : p.instances()) {
        calibrate.addStatement("$L.calibrate(e)", names.of(i.id()));
      }
    }
    loop.method(LoopClass.step("calibrate", TypeName.VOID, calibrate.build(),
        "Calibrates event {@code e}, in every pass at once."));
    if (shapes()) {
      b.addStatement("pass(0)");
      loop.method(passMethod());
    }
  }

  /** Whether derived columns are recomputed per pass, which counts passes in {@code stamp}. */
  boolean stamped() {
    return shapes() && ir.derived().stream().anyMatch(varied::contains);
  }

  /**
   * Runs the shape variations of the event, after its nominal pass: {@code categorize} and
   * {@code weigh} tell whether those methods exist.
   */
  void shapes(CodeBlock.Builder run, boolean categorize, boolean weigh, LoopWriter tests) {
    if (!shapes()) {
      return;
    }
    List<CodeBlock> fates = new ArrayList<>(List.of(
        CodeBlock.of("reached == $L", ir.preselection().size())));
    for (int j = 0; j < ir.preselection().size(); j++) {
      if (varied.contains(ir.preselection().get(j))) {
        fates.add(CodeBlock.of("reached == $L", j));
      }
    }
    run.add("// Shape variations: only where one can change the event's fate.\n");
    run.beginControlFlow("if (npass > 0 && ($L))", CodeBlock.join(fates, " || "));
    run.beginControlFlow("for (int s = 1; s <= npass; s++)");
    run.addStatement("pass(s)");
    if (stamped()) {
      run.addStatement("stamp++");
    }
    run.addStatement("shape(e, s)");
    run.endControlFlow();
    run.endControlFlow();

    CodeBlock.Builder b = CodeBlock.builder();
    for (Build build : ir.builds()) {
      if (varied.contains(build)) {
        b.addStatement("$L(e)", names.of(build, "build"));
      }
    }
    // The cuts before the first varied one passed, or no variation would run.
    int first = 0;
    while (first < ir.preselection().size() && !varied.contains(ir.preselection().get(first))) {
      first++;
    }
    for (int j = first; j < ir.preselection().size(); j++) {
      CutStep c = ir.preselection().get(j);
      if (varied.contains(c)) {
        tests.test(b, c);
      } else {
        // Passed in the nominal pass unless the event never reached it there.
        b.add("// (not varied: evaluated only if the nominal pass stopped before it)\n");
        b.beginControlFlow("if (reached < $L)", j);
        tests.test(b, c);
      }
      b.addStatement("return");
      b.endControlFlow();
      if (!varied.contains(c)) {
        b.endControlFlow();
      }
    }
    if (categorize) {
      b.addStatement("categorize(e)");
    }
    if (weigh) {
      b.addStatement("weigh(e)");
    }
    b.addStatement("int slot = $L + s - 1", ir.variations().size());
    CategoryEmitter categories = new CategoryEmitter(exprs);
    for (int c = 0; c < ir.categories().size(); c++) {
      String method = names.of(ir.categorySteps().get(c), "shape");
      b.beginControlFlow("if ($L)", names.of(ir.categorySteps().get(c), "in"))
          .addStatement("$L(e, slot)", method).endControlFlow();
      loop.method(MethodSpec.methodBuilder(method).addModifiers(Modifier.PRIVATE)
          .addParameter(TypeName.INT, "e").addParameter(TypeName.INT, "slot")
          .addJavadoc("Yields and histograms of event {@code e} in category $S, in the shape"
              + " variation\nstored at {@code slot}, with the nominal weight.\n",
              ir.categories().get(c))
          .addCode(categories.shapeCategory(c)).build());
    }
    loop.method(MethodSpec.methodBuilder("shape").addModifiers(Modifier.PRIVATE)
        .addParameter(TypeName.INT, "e").addParameter(TypeName.INT, "s")
        .addJavadoc("Shape variation {@code PASSES.get(s)} of event {@code e}: what reads a varied"
            + " column runs again.\n")
        .addCode(b.build()).build());
  }

  /** {@code pass(s)}: points the calibrated columns at pass {@code s}'s arrays. */
  private MethodSpec passMethod() {
    CodeBlock.Builder b = CodeBlock.builder();
    for (Read r : ir.reads()) {
      if (r.source() == Read.Source.CALIBRATED) {
        CalibratorPlan.Output o = ir.model().calibration().output(r.branches().first())
            .orElseThrow();
        b.addStatement("$L = $L", names.of(r), access(o, CodeBlock.of("s")));
      }
    }
    for (Offsets o : ir.offsets()) {
      if (o.reordered() && o.bound()) {
        b.addStatement("$L = $L", names.of(o, "order"), order(o, CodeBlock.of("s")));
      }
    }
    return MethodSpec.methodBuilder("pass").addModifiers(Modifier.PRIVATE)
        .addParameter(TypeName.INT, "s")
        .addJavadoc("Reads the calibrated columns of pass {@code s}: 0 is the nominal one.\n")
        .addCode(b.build()).build();
  }
}

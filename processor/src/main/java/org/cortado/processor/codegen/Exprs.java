package org.cortado.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cortado.annotations.EventKind;
import org.cortado.processor.ir.Arg;
import org.cortado.processor.ir.Call;
import org.cortado.processor.ir.Derive;
import org.cortado.processor.ir.LoopIr;
import org.cortado.processor.ir.Offsets;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.Field;

/**
 * Java expressions inside the event loop: the value of a column for event {@code e} (in an object
 * loop, object {@code i}), the conditions under which it exists, a user method call, and loops over
 * a collection's objects. Objects are addressed by their index in the storage of the collection's
 * base: the raw index of a NanoAOD collection, the position in a merged one. A NanoAOD collection
 * a calibrator re-sorts is visited in the calibrator's order, through its {@code _order} array.
 */
final class Exprs {
  private final LoopIr ir;
  private final Names names;
  private final ClassName owner;

  Exprs(LoopIr ir, Names names) {
    this.ir = ir;
    this.names = names;
    this.owner = ir.model().analysis();
  }

  Names names() {
    return names;
  }

  LoopIr ir() {
    return ir;
  }

  /** The value of {@code ref} in event {@code e}. */
  CodeBlock value(ColumnRef ref) {
    return value(ref, EventKind.ALL);
  }

  /** The value of {@code ref} in event {@code e}; {@code on} selects a {@code Flags} set's kind. */
  CodeBlock value(ColumnRef ref, EventKind on) {
    switch (ref.kind()) {
      case EVENT:
        return event(ref.field());
      case ELEMENT:
        return field(ref.field(), CodeBlock.of("i"), "e");
      case POSITIONAL:
        return field(ref.field(), position(ref.collection(), CodeBlock.of("$L", ref.pos()), "e"),
            "e");
      case VIEW:
        return CodeBlock.of("$L", names.of(view(ref), "field"));
      case FLAGS:
        return CodeBlock.of("$L", names.of(flags(ref, on)));
      default:
        throw new IllegalStateException("unresolved column " + ref.requested());
    }
  }

  /** A per-event field: a branch, a derived column (its value once known to exist) or a size. */
  CodeBlock event(Field f) {
    switch (f.storage()) {
      case BRANCH:
        return CodeBlock.of("$L[e]", names.of(ir.read(f.branches())));
      case COUNT:
        return size(f.owner(), "e");
      case DERIVED: {
        Derive d = derive(f);
        return d.missable() ? CodeBlock.of("$L", names.of(d, "value"))
            : CodeBlock.of("$L(e)", names.of(d, "get"));
      }
      default:
        throw new IllegalStateException("not per event: " + f);
    }
  }

  /** Field {@code f} of the object at base index {@code index}; {@code e} names the event. */
  CodeBlock field(Field f, CodeBlock index, String e) {
    switch (f.storage()) {
      case BRANCH:
        return CodeBlock.of("$L[$L]", names.of(ir.read(f.branches())), index);
      case DERIVED:
        return CodeBlock.of("$L($L, $L)", names.of(derive(f), "get"), e, index);
      case MERGED:
        return CodeBlock.of("$L[$L]", names.of(ir.build(f.owner()), f.name()), index);
      case SOURCE:
        return CodeBlock.of("$L[$L]", names.of(ir.build(f.owner()), "source"), index);
      default:
        throw new IllegalStateException("not per object: " + f);
    }
  }

  /** The conditions under which {@code ref} exists in the event; empty when it always does. */
  List<CodeBlock> guards(ColumnRef ref) {
    return render(guardsOf(List.of(ref)));
  }

  /** The guards of every column argument of {@code call}, without repeats. */
  List<CodeBlock> guards(Call call) {
    List<ColumnRef> refs = new ArrayList<>();
    for (Arg a : call.args()) {
      if (a instanceof Arg.Column c) {
        refs.add(c.ref());
      }
    }
    return render(guardsOf(refs));
  }

  /** The guards of {@code refs}: per collection the largest position read, then missable values. */
  List<CodeBlock> guards(List<ColumnRef> refs) {
    return render(guardsOf(refs));
  }

  private List<Guard> guardsOf(List<ColumnRef> refs) {
    Map<String, Integer> positions = new LinkedHashMap<>();
    List<Guard> out = new ArrayList<>();
    for (ColumnRef r : refs) {
      if (r.kind() == ColumnRef.Kind.POSITIONAL) {
        positions.merge(r.collection(), r.pos(), Math::max);
      } else if (r.kind() == ColumnRef.Kind.EVENT
          && r.field().storage() == Field.Storage.DERIVED && derive(r.field()).missable()) {
        Guard g = new Guard("", -1, derive(r.field()));
        if (!out.contains(g)) {
          out.add(g);
        }
      }
    }
    List<Guard> sized = new ArrayList<>();
    positions.forEach((c, p) -> sized.add(new Guard(c, p, null)));
    sized.addAll(out);
    return sized;
  }

  private List<CodeBlock> render(List<Guard> guards) {
    List<CodeBlock> out = new ArrayList<>();
    for (Guard g : guards) {
      out.add(g.derive() != null ? CodeBlock.of("$L(e)", names.of(g.derive(), "get"))
          : CodeBlock.of("$L > $L", size(g.collection(), "e"), g.pos()));
    }
    return out;
  }

  /** A collection holding more than {@code pos} objects, or a missable derived column present. */
  private record Guard(String collection, int pos, Derive derive) {}

  /** {@code Analysis.method(arg, ...)}. */
  CodeBlock call(Call call) {
    List<CodeBlock> args = new ArrayList<>();
    for (Arg a : call.args()) {
      args.add(a instanceof Arg.Column c ? value(c.ref(), c.on())
          : CodeBlock.of("$L", names.of(((Arg.Param) a).value())));
    }
    return CodeBlock.of("$T.$N($L)", owner, call.method().name(), CodeBlock.join(args, ", "));
  }

  /** {@code guards && call}, or the call alone. */
  CodeBlock guardedCall(Call call) {
    List<CodeBlock> parts = new ArrayList<>(guards(call));
    parts.add(call(call));
    return CodeBlock.join(parts, " && ");
  }

  /** The number of objects of {@code collection} in event {@code e}. */
  CodeBlock size(String collection, String e) {
    if (ir.model().catalogue().isRaw(collection)) {
      String o = names.of(ir.offsets(collection));
      return CodeBlock.of("$L[$L + 1] - $L[$L]", o, e, o, e);
    }
    return CodeBlock.of("$L", names.of(ir.build(collection), "n"));
  }

  /** The base index of the object at position {@code k} of {@code collection} in event {@code e}. */
  CodeBlock position(String collection, CodeBlock k, String e) {
    if (ir.model().catalogue().isRaw(collection)) {
      Offsets o = ir.offsets(collection);
      return o.reordered()
          ? CodeBlock.of("$L[$L[$L] + $L]", names.of(o, "order"), names.of(o), e, k)
          : CodeBlock.of("$L[$L] + $L", names.of(o), e, k);
    }
    var b = ir.build(collection);
    return b.model().selection() ? CodeBlock.of("$L[$L]", names.of(b, "index"), k) : k;
  }

  /** Opens a loop that sets {@code i} to the base index of each object of {@code collection}. */
  void objectLoop(CodeBlock.Builder b, String collection) {
    if (ir.model().catalogue().isRaw(collection)) {
      Offsets offsets = ir.offsets(collection);
      String o = names.of(offsets);
      if (offsets.reordered()) {
        // A calibrator re-sorted the objects: visit them in its order.
        b.beginControlFlow("for (int k = $L[e], end = $L[e + 1]; k < end; k++)", o, o);
        b.addStatement("int i = $L[k]", names.of(offsets, "order"));
        return;
      }
      b.beginControlFlow("for (int i = $L[e], end = $L[e + 1]; i < end; i++)", o, o);
      return;
    }
    var build = ir.build(collection);
    if (build.model().selection()) {
      b.beginControlFlow("for (int k = 0; k < $L; k++)", names.of(build, "n"));
      b.addStatement("int i = $L[k]", names.of(build, "index"));
    } else {
      b.beginControlFlow("for (int i = 0; i < $L; i++)", names.of(build, "n"));
    }
  }

  /** {@code // Analysis.method} style reference to a user method, for comments. */
  String method(Call call) {
    return owner.simpleName() + "." + call.method().name();
  }

  private Derive derive(Field f) {
    return ir.derive(f.owner().isEmpty() ? f.name() : f.owner() + "_" + f.name());
  }

  private org.cortado.processor.ir.ViewImpl view(ColumnRef ref) {
    for (var v : ir.views()) {
      if (v.type().name().equals(ref.view().type().name())
          && v.collection().equals(ref.collection())) {
        return v;
      }
    }
    throw new IllegalStateException("no view for " + ref.requested());
  }

  private org.cortado.processor.ir.FlagSet flags(ColumnRef ref, EventKind on) {
    for (var f : ir.flagSets()) {
      if (f.template().equals(ref.requested()) && f.on() == on) {
        return f;
      }
    }
    throw new IllegalStateException("no flag set for " + ref.requested());
  }
}

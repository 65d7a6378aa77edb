package org.cortado.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.MethodModel;
import org.cortado.processor.model.ParamModel;

/**
 * Java expressions for resolved columns inside the event loop ({@code e} is the event,
 * {@code i} the raw index of the current object), and the guards that make positional reads safe.
 */
final class Expressions {
  private Expressions() {}

  static String column(ColumnRef ref) {
    switch (ref.kind()) {
      case EVENT:
        return Names.branch(ref.branch()) + "[e]";
      case ELEMENT:
        return Names.branch(ref.branch()) + "[i]";
      case COUNT:
        return Names.count(ref.collection());
      case POSITIONAL:
        if (ref.rawCollection()) {
          return Names.branch(ref.branch()) + "[" + Names.offsets(ref.counter()) + "[e] + "
              + ref.pos() + "]";
        }
        return Names.branch(ref.branch()) + "[" + Names.indices(ref.collection()) + "["
            + ref.pos() + "]]";
      default:
        throw new IllegalStateException("unresolved column " + ref.requested());
    }
  }

  /** The conditions under which every positional input exists, or an empty list. */
  static List<String> guards(List<ColumnRef> refs) {
    Map<String, Integer> need = new LinkedHashMap<>();
    Map<String, ColumnRef> example = new LinkedHashMap<>();
    for (ColumnRef r : refs) {
      if (r.kind() == ColumnRef.Kind.POSITIONAL) {
        need.merge(r.collection(), r.pos(), Math::max);
        example.putIfAbsent(r.collection(), r);
      }
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : need.entrySet()) {
      ColumnRef r = example.get(e.getKey());
      if (r.rawCollection()) {
        String o = Names.offsets(r.counter());
        out.add(o + "[e + 1] - " + o + "[e] > " + e.getValue());
      } else {
        out.add(Names.count(r.collection()) + " > " + e.getValue());
      }
    }
    return out;
  }

  static List<ColumnRef> refs(MethodModel m) {
    List<ColumnRef> out = new ArrayList<>();
    for (ParamModel p : m.params()) {
      if (p.ref() != null) {
        out.add(p.ref());
      }
    }
    return out;
  }

  /** {@code Analysis.method(arg, ...)}. */
  static CodeBlock call(ClassName owner, MethodModel m) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.$N(", owner, m.name());
    for (int k = 0; k < m.params().size(); k++) {
      ParamModel p = m.params().get(k);
      b.add(k == 0 ? "$L" : ", $L", p.param() != null
          ? Names.param(p.param().path(), p.param().kind().javaName()) : column(p.ref()));
    }
    return b.add(")").build();
  }

  /** {@code g1 && g2 && } prefix, or nothing. */
  static String guardPrefix(List<String> guards) {
    StringBuilder b = new StringBuilder();
    for (String g : guards) {
      b.append(g).append(" && ");
    }
    return b.toString();
  }
}

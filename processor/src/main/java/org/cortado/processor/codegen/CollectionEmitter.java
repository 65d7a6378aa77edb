package org.cortado.processor.codegen;

import static org.cortado.processor.RuntimeNames.KERNELS;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cortado.processor.ir.Build;
import org.cortado.processor.model.Catalogue;
import org.cortado.processor.model.Field;

/**
 * The collections built per event: an object selection keeps the base indices of the objects its
 * method accepts; a merge gathers the fields read from it, inserting each object at its place in
 * descending order of the sort field (after equal values), so every array stays in step.
 */
final class CollectionEmitter {
  private final Exprs exprs;
  private final Names names;
  private final LoopClass loop;
  private final Catalogue catalogue;

  CollectionEmitter(Exprs exprs, LoopClass loop) {
    this.exprs = exprs;
    this.names = exprs.names();
    this.loop = loop;
    this.catalogue = exprs.ir().model().catalogue();
  }

  /** The per-event sizes and the arrays of every collection, sized once for the chunk. */
  void bindStorage() {
    // The most objects one event holds, per NanoAOD collection under a build, found once.
    for (var o : exprs.ir().offsets()) {
      if (exprs.ir().builds().stream().anyMatch(b -> b.inputs().contains(o))) {
        loop.bind(TypeName.INT, names.of(o, "max"), CodeBlock.of("$T.maxMultiplicity($L, n)",
            KERNELS, names.of(o)));
      }
    }
    for (Build b : exprs.ir().builds()) {
      loop.state(TypeName.INT, names.of(b, "n"));
      if (b.model().selection()) {
        loop.bind(ArrayTypeName.of(TypeName.INT), names.of(b, "index"),
            CodeBlock.of("new int[$L]", capacity(b.name())));
        continue;
      }
      loop.bind(ArrayTypeName.of(TypeName.INT), names.of(b, "source"),
          CodeBlock.of("new int[$L]", capacity(b.name())));
      for (String f : b.fields()) {
        TypeName t = LoopWriter.primitive(catalogue.field(b.name(), f).orElseThrow().type());
        loop.bind(ArrayTypeName.of(t), names.of(b, f),
            CodeBlock.of("new $T[$L]", t, capacity(b.name())));
      }
    }
  }

  /**
   * Builds every collection of the event, in dependency order, each in a method of its own
   * ({@code build_MuonGood(e)}): small methods, which C2 compiles and inlines as it sees fit, run
   * faster than one large {@code select}.
   */
  void builds(CodeBlock.Builder b) {
    builds(b, build -> true);
  }

  /** As {@link #builds(CodeBlock.Builder)}, for the collections {@code which} accepts only. */
  void builds(CodeBlock.Builder b, Predicate<Build> which) {
    for (Build build : exprs.ir().builds()) {
      if (!which.test(build)) {
        continue;
      }
      CodeBlock.Builder body = CodeBlock.builder();
      if (build.model().selection()) {
        selection(body, build);
      } else {
        merge(body, build);
      }
      String method = names.of(build, "build");
      b.addStatement("$L(e)", method);
      loop.method(LoopClass.step(method, TypeName.VOID, body.build(), "Builds {@code "
          + build.label() + "} for event {@code e}."));
    }
  }

  private void selection(CodeBlock.Builder b, Build build) {
    String n = names.of(build, "n");
    b.add("// @ObjectSelection $S from $S: $L\n", build.name(), build.model().source(),
        exprs.method(build.call()));
    b.addStatement("$L = 0", n);
    exprs.objectLoop(b, build.model().source());
    b.beginControlFlow("if ($L)", exprs.guardedCall(build.call()));
    b.addStatement("$L[$L++] = i", names.of(build, "index"), n);
    b.endControlFlow();
    b.endControlFlow();
  }

  private void merge(CodeBlock.Builder b, Build build) {
    String n = names.of(build, "n");
    List<String> arrays = new ArrayList<>(List.of(names.of(build, "source")));
    for (String f : build.fields()) {
      arrays.add(names.of(build, f));
    }
    String key = names.of(build, build.model().sortBy());
    b.add("// @Merge $S of $L, by $L, highest first\n", build.name(),
        String.join(", ", build.model().sources()), build.model().sortBy());
    b.addStatement("$L = 0", n);
    for (int s = 0; s < build.model().sources().size(); s++) {
      String source = build.model().sources().get(s);
      exprs.objectLoop(b, source);
      b.addStatement("int at = $T.sortedPosition($L, $L, $L)", KERNELS, key, n,
          field(source, build.model().sortBy()));
      b.beginControlFlow("if (at < $L)", n);
      for (String a : arrays) {
        b.addStatement("$T.arraycopy($L, at, $L, at + 1, $L - at)", System.class, a, a, n);
      }
      b.endControlFlow();
      b.addStatement("$L[at] = $L", names.of(build, "source"), s);
      for (String f : build.fields()) {
        b.addStatement("$L[at] = $L", names.of(build, f), field(source, f));
      }
      b.addStatement("$L++", n);
      b.endControlFlow();
    }
  }

  private CodeBlock field(String collection, String field) {
    Field f = catalogue.field(collection, field).orElseThrow();
    return exprs.field(f, CodeBlock.of("i"), "e");
  }

  /** The most objects {@code collection} can hold in one event of the chunk. */
  CodeBlock capacity(String collection) {
    return sumOverRaw(collection, raw -> CodeBlock.of("$L", names.of(exprs.ir().offsets(raw), "max")));
  }

  /** The most objects {@code collection} can hold over the whole chunk. */
  CodeBlock totalObjects(String collection) {
    return sumOverRaw(collection,
        raw -> CodeBlock.of("$T.total($L, n)", KERNELS, names.of(exprs.ir().offsets(raw))));
  }

  /**
   * A bound on a declared collection: a selection's is its source's, a merge's the sum of its
   * sources', down to the NanoAOD collections underneath, whose bound is {@code ofRaw}.
   */
  private CodeBlock sumOverRaw(String collection, Function<String, CodeBlock> ofRaw) {
    if (catalogue.isRaw(collection)) {
      return ofRaw.apply(collection);
    }
    var c = catalogue.declared(collection).orElseThrow();
    if (c.selection()) {
      return sumOverRaw(c.source(), ofRaw);
    }
    List<CodeBlock> parts = new ArrayList<>();
    for (String s : c.sources()) {
      parts.add(sumOverRaw(s, ofRaw));
    }
    return CodeBlock.join(parts, " + ");
  }

  /** The size of the storage objects of {@code base} are indexed in, for per-object arrays. */
  CodeBlock storageSize(String base) {
    if (catalogue.isRaw(base)) {
      return CodeBlock.of("$L[n]", names.of(exprs.ir().offsets(base)));
    }
    return capacity(base);
  }
}

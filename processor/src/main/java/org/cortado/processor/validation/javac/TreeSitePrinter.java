package org.cortado.processor.validation.javac;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.QualifiedNameable;
import javax.tools.Diagnostic.Kind;
import org.cortado.processor.model.Site;
import org.cortado.processor.validation.SitePrinter;

/**
 * Places diagnostics inside repeated annotations, which javac's {@code Messager} cannot: javac
 * wraps two {@code @Histogram}s in an implicit {@code @Histograms} that has no source position,
 * so {@code Messager} falls back to the declaration. This printer walks the source tree instead:
 * the k-th {@code @Histogram} written on the declaration, then the attribute assignments down to
 * the value ({@code axes = @Axis(bins = 0)} included), and prints there with
 * {@link Trees#printMessage}.
 *
 * <p>It declines (and {@code Messager} prints as before) whenever the top-level annotation is
 * written in the source, since {@code Messager} places those itself, and whenever it cannot
 * locate the tree. Without the Trees API (a compiler other than javac) it is never used.
 */
public final class TreeSitePrinter implements SitePrinter {
  /** One step from an annotation to a value: attribute {@code attr}, element {@code index} or -1. */
  private record Step(String attr, int index) {}

  private final Trees trees;

  private TreeSitePrinter(Trees trees) {
    this.trees = trees;
  }

  /** This printer under javac, else {@link SitePrinter#NONE}. */
  public static SitePrinter of(ProcessingEnvironment env) {
    try {
      return new TreeSitePrinter(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      return SitePrinter.NONE;
    }
  }

  @Override
  public boolean print(Kind kind, String message, Site site) {
    if (site.mirror() == null || site.value() == null) {
      return false;
    }
    try {
      TreePath declaration = trees.getPath(site.element());
      if (declaration == null) {
        return false;
      }
      Tree tree = locate(declaration, site.mirror(), site.value());
      if (tree == null) {
        return false;
      }
      trees.printMessage(kind, message, tree, declaration.getCompilationUnit());
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The tree of {@code value} inside the implicit container {@code top}, or null. */
  private Tree locate(TreePath declaration, AnnotationMirror top, AnnotationValue value) {
    ModifiersTree modifiers = modifiers(declaration.getLeaf());
    if (modifiers == null) {
      return null;
    }
    TreePath modifiersPath = new TreePath(declaration, modifiers);
    if (!annotationsOfType(modifiersPath, modifiers, nameOf(top)).isEmpty()) {
      return null; // written in the source: Messager places it
    }
    List<Step> steps = new ArrayList<>();
    if (!pathTo(top, value, steps) || !steps.get(0).attr().equals("value")
        || steps.get(0).index() < 0) {
      return null;
    }
    AnnotationMirror repeated = element(top, steps.get(0).index());
    if (repeated == null) {
      return null;
    }
    List<AnnotationTree> written = annotationsOfType(modifiersPath, modifiers, nameOf(repeated));
    int k = steps.get(0).index();
    if (k >= written.size()) {
      return null;
    }
    Tree current = written.get(k);
    for (Step step : steps.subList(1, steps.size())) {
      if (!(current instanceof AnnotationTree annotation)) {
        return null;
      }
      ExpressionTree v = argument(annotation, step.attr());
      if (v != null && step.index() >= 0) {
        if (v instanceof NewArrayTree array) {
          List<? extends ExpressionTree> elements = array.getInitializers();
          v = elements != null && step.index() < elements.size() ? elements.get(step.index()) : null;
        } else if (step.index() != 0) {
          v = null; // a single element written without braces is element 0 only
        }
      }
      if (v == null) {
        return null;
      }
      current = v;
    }
    return current;
  }

  private static ModifiersTree modifiers(Tree declaration) {
    if (declaration instanceof ClassTree c) {
      return c.getModifiers();
    } else if (declaration instanceof MethodTree m) {
      return m.getModifiers();
    } else if (declaration instanceof VariableTree v) {
      return v.getModifiers();
    }
    return null;
  }

  /** The annotations of type {@code fqcn} written in {@code modifiers}, in source order. */
  private List<AnnotationTree> annotationsOfType(TreePath modifiersPath, ModifiersTree modifiers,
      String fqcn) {
    List<AnnotationTree> out = new ArrayList<>();
    for (AnnotationTree a : modifiers.getAnnotations()) {
      TreePath typePath = new TreePath(new TreePath(modifiersPath, a), a.getAnnotationType());
      if (trees.getElement(typePath) instanceof QualifiedNameable type
          && type.getQualifiedName().contentEquals(fqcn)) {
        out.add(a);
      }
    }
    return out;
  }

  /** The argument for attribute {@code attr}, written as {@code attr = v} or, for value, bare. */
  private static ExpressionTree argument(AnnotationTree annotation, String attr) {
    for (ExpressionTree arg : annotation.getArguments()) {
      if (arg instanceof AssignmentTree assignment) {
        if (assignment.getVariable() instanceof IdentifierTree id
            && id.getName().contentEquals(attr)) {
          return assignment.getExpression();
        }
      } else if (attr.equals("value")) {
        return arg;
      }
    }
    return null;
  }

  /**
   * Appends to {@code steps} the attributes and array indices that lead from {@code m} to
   * {@code target} (compared by identity, as the model took it from these mirrors).
   */
  private static boolean pathTo(AnnotationMirror m, AnnotationValue target, List<Step> steps) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : m.getElementValues().entrySet()) {
      String attr = e.getKey().getSimpleName().toString();
      AnnotationValue v = e.getValue();
      if (within(v, target, new Step(attr, -1), steps)) {
        return true;
      }
      if (v.getValue() instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (within((AnnotationValue) list.get(i), target, new Step(attr, i), steps)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean within(AnnotationValue v, AnnotationValue target, Step step,
      List<Step> steps) {
    steps.add(step);
    if (v == target
        || v.getValue() instanceof AnnotationMirror nested && pathTo(nested, target, steps)) {
      return true;
    }
    steps.remove(steps.size() - 1);
    return false;
  }

  private static AnnotationMirror element(AnnotationMirror container, int index) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : container.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("value")
          && e.getValue().getValue() instanceof List<?> list && index < list.size()
          && ((AnnotationValue) list.get(index)).getValue() instanceof AnnotationMirror a) {
        return a;
      }
    }
    return null;
  }

  private static String nameOf(AnnotationMirror m) {
    return ((QualifiedNameable) m.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}

package org.cortado.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import org.cortado.processor.codegen.KernelWriter;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.AnalysisModelReader;
import org.cortado.processor.model.AnnotationNames;
import org.cortado.processor.model.KernelNeeds;
import org.cortado.processor.model.NanoAodSchema;
import org.cortado.processor.model.Ref;
import org.cortado.processor.params.AnalysisParams;
import org.cortado.processor.params.ParamFiles;
import org.cortado.processor.validation.AnalysisValidator;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.SitePrinter;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.javac.TreeSitePrinter;

/**
 * The Cortado annotation processor. For each {@code @Analysis} class: read the model, validate
 * it, print every problem, and only if it is clean write {@code <Analysis>_Kernel}.
 *
 * <p>Options: {@code -Acortado.schema=<path>} replaces the committed NanoAOD schema;
 * {@code -Acortado.paramsPath=<dirs>} adds directories where the files of
 * {@code @Analysis(params)} are looked up (see {@code ParamFiles}). Only javac
 * is supported. The processor never lets an exception reach javac: failures are reported as
 * {@code [cortado:Internal]} on the analysis class. It does not claim its annotations.
 */
@AutoService(Processor.class)
public final class AnalysisProcessor extends AbstractProcessor {
  private NanoAodSchema schema;
  private String schemaError;
  private SitePrinter sitePrinter;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> out = new TreeSet<>();
    out.add(AnnotationNames.ANALYSIS);
    for (String a : AnnotationNames.METHOD_ANNOTATIONS) {
      out.add(a);
    }
    return out;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOption.keys();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Messager messager = processingEnv.getMessager();
    reportOrphans(round, messager);
    for (Element e : round.getElementsAnnotatedWith(
        processingEnv.getElementUtils().getTypeElement(AnnotationNames.ANALYSIS))) {
      if (e instanceof TypeElement type) {
        try {
          processAnalysis(type, messager);
        } catch (RuntimeException | IOException | Error ex) {
          StringWriter trace = new StringWriter();
          ex.printStackTrace(new PrintWriter(trace));
          messager.printMessage(Kind.ERROR,
              Diagnostic.INTERNAL.format(type.getQualifiedName(), trace), type);
        }
      }
    }
    return false;
  }

  private void processAnalysis(TypeElement type, Messager messager) throws IOException {
    if (processingEnv.getOptions().containsKey(ProcessorOption.FAIL_FOR_TEST.key())) {
      throw new IllegalStateException("failure requested by -A"
          + ProcessorOption.FAIL_FOR_TEST.key());
    }
    NanoAodSchema s = schema();
    if (s == null) {
      messager.printMessage(Kind.ERROR, schemaError, type);
      return;
    }
    AnalysisModel model = new AnalysisModelReader(processingEnv.getElementUtils(), s).read(type);
    ValidationReport report = new AnalysisValidator(s, params(model)).validate(model);
    report.printTo(messager, sitePrinter());
    if (report.isClean()) {
      new KernelWriter().write(model).writeTo(processingEnv.getFiler());
    }
  }

  /** Places diagnostics inside repeated annotations under javac; declines elsewhere. */
  private SitePrinter sitePrinter() {
    if (sitePrinter == null) {
      sitePrinter = TreeSitePrinter.of(processingEnv);
    }
    return sitePrinter;
  }

  /** The analysis's parameters, loaded only when something reads them. */
  private AnalysisParams params(AnalysisModel model) {
    if (model.paramFiles().isEmpty() && !KernelNeeds.params(model)) {
      return AnalysisParams.none();
    }
    List<String> names = new ArrayList<>();
    for (Ref r : model.paramFiles()) {
      names.add(r.name());
    }
    return new ParamFiles(processingEnv.getOptions().get(ProcessorOption.PARAMS_PATH.key()),
        processingEnv.getFiler()).load(names);
  }

  private NanoAodSchema schema() {
    if (schema == null && schemaError == null) {
      String path = processingEnv.getOptions().get(ProcessorOption.SCHEMA.key());
      try {
        schema = path == null ? NanoAodSchema.loadDefault() : NanoAodSchema.load(Path.of(path));
      } catch (IOException | RuntimeException e) {
        schemaError = Diagnostic.SCHEMA_UNREADABLE.format(path, e.getMessage());
      }
    }
    return schema;
  }

  /** Method annotations outside an {@code @Analysis} class would silently never run. */
  private void reportOrphans(RoundEnvironment round, Messager messager) {
    for (String name : AnnotationNames.METHOD_ANNOTATIONS) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
      if (annotation == null) {
        continue;
      }
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (e.getKind() != ElementKind.METHOD) {
          continue;
        }
        Element owner = e.getEnclosingElement();
        if (owner.getAnnotationMirrors().stream().noneMatch(m ->
            m.getAnnotationType().toString().equals(AnnotationNames.ANALYSIS))) {
          messager.printMessage(Kind.ERROR, Diagnostic.ANALYSIS_MISSING.format(
              annotation.getSimpleName(), e.getSimpleName(), owner.getSimpleName()), e);
        }
      }
    }
  }
}

package org.cortado.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.cortado.processor.codegen.KernelRegistry;
import org.cortado.processor.codegen.KernelWriter;
import org.cortado.processor.model.AnalysisHeader;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.AnalysisModelReader;
import org.cortado.processor.model.AnnotationNames;
import org.cortado.processor.model.KernelNeeds;
import org.cortado.processor.model.NanoAodSchema;
import org.cortado.processor.model.Ref;
import org.cortado.processor.model.Site;
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
 * <p>Options: {@code -Acortado.schema=<path>} replaces the schema {@code @Analysis(schema)} names;
 * {@code -Acortado.paramsPath=<dirs>} adds directories where the files of
 * {@code @Analysis(params)} are looked up (see {@code ParamFiles}). Only javac
 * is supported. The processor never lets an exception reach javac: failures are reported as
 * {@code [cortado:Internal]} on the analysis class. It does not claim its annotations.
 */
@AutoService(Processor.class)
public final class AnalysisProcessor extends AbstractProcessor {
  private final Map<String, NanoAodSchema> schemas = new HashMap<>();
  private final KernelRegistry registry = new KernelRegistry();
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
    if (round.processingOver()) {
      try {
        registry.write(processingEnv.getFiler());
      } catch (IOException ex) {
        messager.printMessage(Kind.WARNING, "cortado: could not write the kernel list "
            + KernelRegistry.RESOURCE + ": " + ex.getMessage()
            + "; cortado run --analysis then needs the analysis's class name");
      }
    }
    return false;
  }

  private void processAnalysis(TypeElement type, Messager messager) throws IOException {
    if (processingEnv.getOptions().containsKey(ProcessorOption.FAIL_FOR_TEST.key())) {
      throw new IllegalStateException("failure requested by -A"
          + ProcessorOption.FAIL_FOR_TEST.key());
    }
    AnalysisModelReader reader = new AnalysisModelReader(processingEnv.getElementUtils(),
        processingEnv.getTypeUtils());
    AnalysisHeader header = reader.header(type);
    ParamFiles files = new ParamFiles(
        processingEnv.getOptions().get(ProcessorOption.PARAMS_PATH.key()), processingEnv.getFiler());
    NanoAodSchema s = schema(header, files, messager);
    if (s == null) {
      return;
    }
    AnalysisParams[] loaded = new AnalysisParams[1];
    AnalysisModel model = reader.read(header, s, () -> {
      loaded[0] = load(files, header);
      return loaded[0].params();
    });
    AnalysisParams params = loaded[0] != null ? loaded[0]
        : model.paramFiles().isEmpty() && !KernelNeeds.params(model) ? AnalysisParams.none()
        : load(files, header);
    ValidationReport report = new AnalysisValidator(s, params).validate(model);
    report.printTo(messager, sitePrinter());
    if (report.isClean()) {
      JavaFile kernel = new KernelWriter().write(model);
      kernel.writeTo(processingEnv.getFiler());
      registry.add(kernel.packageName().isEmpty() ? kernel.typeSpec().name()
          : kernel.packageName() + "." + kernel.typeSpec().name());
    }
  }

  /** Places diagnostics inside repeated annotations under javac; declines elsewhere. */
  private SitePrinter sitePrinter() {
    if (sitePrinter == null) {
      sitePrinter = TreeSitePrinter.of(processingEnv);
    }
    return sitePrinter;
  }

  private static AnalysisParams load(ParamFiles files, AnalysisHeader header) {
    List<String> names = new ArrayList<>();
    for (Ref r : header.paramFiles()) {
      names.add(r.name());
    }
    return files.load(names);
  }

  /**
   * The schema the analysis names: the {@code -Acortado.schema} file if given, else a shipped
   * schema, else a resource of the analysis; null after reporting why it cannot be read.
   */
  private NanoAodSchema schema(AnalysisHeader header, ParamFiles files, Messager messager) {
    String option = processingEnv.getOptions().get(ProcessorOption.SCHEMA.key());
    String name = option != null ? option : header.schema();
    NanoAodSchema cached = schemas.get(name);
    if (cached != null) {
      return cached;
    }
    Site site = option != null ? Site.of(header.type()) : header.site().at("schema");
    try {
      NanoAodSchema s = option != null ? NanoAodSchema.load(Path.of(option))
          : NanoAodSchema.builtin(name).orElse(null);
      if (s == null) {
        String text = files.resource(name).orElse(null);
        if (text == null) {
          report(messager, Diagnostic.SCHEMA_UNREADABLE.format(name, "it is neither shipped ("
              + String.join(", ", NanoAodSchema.SHIPPED) + ") nor found in " + files.searched()),
              site);
          return null;
        }
        s = NanoAodSchema.parse(name, text);
      }
      schemas.put(name, s);
      return s;
    } catch (IOException | RuntimeException e) {
      report(messager, Diagnostic.SCHEMA_UNREADABLE.format(name, e.getMessage()), site);
      return null;
    }
  }

  private void report(Messager messager, String message, Site site) {
    ValidationReport.of(List.of(new ValidationReport.Item(Diagnostic.SCHEMA_UNREADABLE, message,
        site))).printTo(messager, sitePrinter());
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

package org.cortado.processor.params;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.cortado.params.ParamsException;
import org.cortado.params.ParamsLoader;

/**
 * Finds and loads the parameter files of an analysis. A file name is a classpath resource name
 * ({@code "zmumu/params/object_preselection.yaml"}), looked up in order in the directories of
 * {@code -Acortado.paramsPath}, in the class output (where Maven copies
 * {@code src/main/resources} before compiling) and on the source path. Files are loaded under the
 * name as written, so messages read {@code zmumu/params/object_preselection.yaml:4}.
 */
public final class ParamFiles {
  private final List<Path> directories;
  private final Filer filer;

  /** {@code paramsPath} is the option value (may be null); {@code filer} may be null in tests. */
  public ParamFiles(String paramsPath, Filer filer) {
    List<Path> dirs = new ArrayList<>();
    if (paramsPath != null) {
      for (String d : paramsPath.split(File.pathSeparator)) {
        if (!d.isBlank()) {
          dirs.add(Path.of(d.trim()));
        }
      }
    }
    this.directories = List.copyOf(dirs);
    this.filer = filer;
  }

  /** Loads the defaults overlaid with {@code names}, in order. */
  public AnalysisParams load(List<String> names) {
    ParamsLoader loader = ParamsLoader.withDefaults();
    List<AnalysisParams.FileProblem> problems = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Optional<String> text = resource(name);
      if (text.isEmpty()) {
        problems.add(new AnalysisParams.FileProblem(i, name, true, ""));
      } else {
        loader = loader.text(name, text.get());
      }
    }
    if (!problems.isEmpty()) {
      return new AnalysisParams(null, problems, searched());
    }
    try {
      return new AnalysisParams(loader.load(), List.of(), searched());
    } catch (ParamsException e) {
      String file = e.source().map(s -> s.file()).orElse("");
      return new AnalysisParams(null, List.of(new AnalysisParams.FileProblem(names.indexOf(file),
          file, false, e.getMessage())), searched());
    }
  }

  /**
   * The text of the class-path resource {@code name} of the analysis being compiled, looked up as
   * parameter files are; also used for a schema named by {@code @Analysis(schema)}.
   */
  public Optional<String> resource(String name) {
    for (Path d : directories) {
      Path f = d.resolve(name);
      if (Files.isRegularFile(f)) {
        try {
          return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
          return Optional.empty();
        }
      }
    }
    if (filer != null) {
      for (StandardLocation location
          : new StandardLocation[] {StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH}) {
        try {
          FileObject f = filer.getResource(location, "", name);
          return Optional.of(f.getCharContent(true).toString());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
          // not there: try the next location
        }
      }
    }
    return Optional.empty();
  }

  /** Where names are looked up, for the "not found" message. */
  public String searched() {
    List<String> where = new ArrayList<>();
    for (Path d : directories) {
      where.add(d.toString());
    }
    where.add("the class output (src/main/resources)");
    where.add("the source path");
    return String.join(", ", where) + " (add directories with -Acortado.paramsPath)";
  }
}

package org.cortado.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.cortado.processor.validation.Diagnostic;

/**
 * The negative-test harness. A fixture marks each line that must get an error with
 * {@code // expect-error: <Id>}; {@link #assertErrors} checks that the compile fails with exactly
 * those errors, each with its {@code [cortado:<Id>]} tag, in the fixture, on the line containing
 * the marked code ({@code onLineContaining}, which rejects ambiguous matches).
 */
public final class Fixtures {
  private static final Pattern MARKER = Pattern.compile("^(.*?)\\s*// expect-error: (\\S+)\\s*$");

  /** One expected error: the diagnostic and the code on its line. */
  public record Expected(Diagnostic diagnostic, String code) {}

  private Fixtures() {}

  public static String read(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Expected> expected(String resource) {
    List<Expected> out = new ArrayList<>();
    for (String line : read(resource).split("\n")) {
      Matcher m = MARKER.matcher(line);
      if (m.matches()) {
        out.add(new Expected(byId(m.group(2)), m.group(1).trim()));
      }
    }
    return out;
  }

  public static Diagnostic byId(String id) {
    for (Diagnostic d : Diagnostic.values()) {
      if (d.id().equals(id)) {
        return d;
      }
    }
    throw new IllegalArgumentException("no diagnostic with id " + id);
  }

  /** Compiles a bad fixture and checks its marked errors, and that there are no others. */
  public static Compilation assertErrors(String resource) {
    JavaFileObject source = JavaFileObjects.forResource(resource);
    Compilation c = Compilers.cortado().compile(source);
    List<Expected> expected = expected(resource);
    assertWithMessage("fixture %s has no expect-error markers", resource)
        .that(expected).isNotEmpty();
    assertThat(c).failed();
    assertThat(c).hadErrorCount(expected.size());
    for (Expected e : expected) {
      assertThat(c).hadErrorContaining(e.diagnostic().tag()).inFile(source)
          .onLineContaining(e.code());
    }
    return c;
  }

  /** Compiles a near-miss fixture, which must compile without any warning. */
  public static Compilation assertClean(String resource) {
    Compilation c = Compilers.cortado().compile(JavaFileObjects.forResource(resource));
    assertThat(c).succeededWithoutWarnings();
    return c;
  }
}

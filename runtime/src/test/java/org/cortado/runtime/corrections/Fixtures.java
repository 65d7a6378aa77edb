package org.cortado.runtime.corrections;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.cortado.testing.SharedData;

/** Test fixtures: classpath resources under {@code corrections/} and the shared data folder. */
final class Fixtures {
  private Fixtures() {}

  static CorrectionSet resource(String name) {
    try (InputStream in = stream(name)) {
      return CorrectionSet.read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(String name) {
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(stream(name), StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String name) {
    InputStream in = Fixtures.class.getResourceAsStream("/corrections/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource corrections/" + name);
    }
    return in;
  }

  static CorrectionSet shared(String relative) {
    try {
      return CorrectionSet.load(SharedData.data("corrections/" + relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

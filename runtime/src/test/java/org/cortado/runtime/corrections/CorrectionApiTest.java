package org.cortado.runtime.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The public API around evaluation: messages, binding, gzip sniffing, allocation. */
class CorrectionApiTest {
  private static final String SF = "{\"schema_version\": 2, \"corrections\": [{\"name\": \"sf\", "
      + "\"version\": 3, \"description\": null, \"inputs\": [{\"name\": \"pt\", \"type\": \"real\"}, "
      + "{\"name\": \"syst\", \"type\": \"string\"}, {\"name\": \"flav\", \"type\": \"int\"}], "
      + "\"output\": {\"name\": \"w\", \"type\": \"real\"}, \"data\": {\"nodetype\": \"category\", "
      + "\"input\": \"syst\", \"content\": [{\"key\": \"nominal\", \"value\": {\"nodetype\": "
      + "\"binning\", \"input\": \"pt\", \"edges\": [20.0, 50.0, Infinity], \"content\": "
      + "[{\"nodetype\": \"category\", \"input\": \"flav\", \"content\": [{\"key\": 5, \"value\": "
      + "1.1}]}, 1.2], \"flow\": \"error\"}}]}}]}";

  private final Correction sf = CorrectionSet.parse(SF, "sf.json").correction("sf");

  @Test
  void describesItself() {
    assertEquals(3, sf.version());
    assertEquals("", sf.description());
    assertEquals(List.of("pt", "syst", "flav"), sf.inputs().stream().map(Variable::name).toList());
    assertEquals(Variable.Type.REAL, sf.output().type());
  }

  @Test
  void boundEvaluationSkipsStringsAndTakesIntsAsDoubles() {
    BoundCorrection nominal = sf.bind("nominal");
    assertEquals(List.of("pt", "flav"), nominal.arguments().stream().map(Variable::name).toList());
    assertEquals(1.1, nominal.evaluate(30.0, 5.0));
    assertEquals(1.2, nominal.evaluate(new double[] {1e9, 0.0}));
    assertEquals("Correction 'sf': input 'flav' is declared int but got 5.5",
        assertThrows(CorrectionEvaluationException.class, () -> nominal.evaluate(30.0, 5.5))
            .getMessage());
    assertEquals("Correction 'sf': input 'flav' = 4 is not a key of the Category, which has no "
        + "default", assertThrows(CorrectionEvaluationException.class,
            () -> nominal.evaluate(30.0, 4.0)).getMessage());
    assertEquals("Correction 'sf': input 'pt' = 10.0 is below the lowest edge 20.0 of a Binning "
        + "with flow 'error'", assertThrows(CorrectionEvaluationException.class,
            () -> nominal.evaluate(10.0, 5.0)).getMessage());
    assertThrows(CorrectionEvaluationException.class, () -> nominal.evaluate(30.0));
    assertThrows(IllegalArgumentException.class, () -> sf.bind());
    assertEquals("Correction 'sf': input 'syst' = 'up' is not a key of the Category, which has no "
        + "default", assertThrows(CorrectionEvaluationException.class,
            () -> sf.bind("up").evaluate(30.0, 5.0)).getMessage());
  }

  @Test
  void boxedEvaluationChecksCountAndTypes() {
    assertEquals(1.1, sf.evaluate(30.0, "nominal", 5));
    assertEquals("Correction 'sf' takes 3 arguments [pt:real, syst:string, flav:int], got 2",
        assertThrows(CorrectionEvaluationException.class, () -> sf.evaluate(30.0, "nominal"))
            .getMessage());
    assertEquals("Correction 'sf': input 'pt' is declared real but got Integer 30",
        assertThrows(CorrectionEvaluationException.class, () -> sf.evaluate(30, "nominal", 5))
            .getMessage());
  }

  @Test
  void formatErrorsNameFileCorrectionAndLocation() {
    String broken = SF.replace("[20.0, 50.0, Infinity]", "[20.0, 10.0, Infinity]");
    CorrectionFormatException e = assertThrows(CorrectionFormatException.class,
        () -> CorrectionSet.parse(broken, "sf.json"));
    assertEquals("sf.json: correction 'sf' at $.corrections[0].data.content[0].value.edges[1]: "
        + "edges must increase strictly, but 20.0 is followed by 10.0", e.getMessage());
    CorrectionFormatException json = assertThrows(CorrectionFormatException.class,
        () -> CorrectionSet.parse("{\"schema_version\": 2,\n \"corrections\": [}", "x.json"));
    assertTrue(json.getMessage().startsWith("x.json: malformed JSON at line 2, column "),
        json.getMessage());
  }

  @Test
  void readsGzipByMagicBytes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(SF.getBytes(StandardCharsets.UTF_8));
    }
    CorrectionSet set = CorrectionSet.read(new ByteArrayInputStream(bytes.toByteArray()), "sf.gz");
    assertEquals(1.2, set.correction("sf").evaluate(60.0, "nominal", 0L));
  }

  @Test
  void boundEvaluationAllocatesNothing() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    BoundCorrection nominal = sf.bind("nominal");
    double[] args = {30.0, 5.0};
    double sum = 0;
    for (int k = 0; k < 20_000; k++) {
      sum += nominal.evaluate(args) + nominal.evaluate(70.0, 5.0);
    }
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    for (int k = 0; k < 100_000; k++) {
      args[0] = 20.0 + k % 100;
      sum += nominal.evaluate(args) + nominal.evaluate(70.0, 5.0);
    }
    long allocated = threads.getThreadAllocatedBytes(id) - before;
    assertTrue(sum > 0);
    assertTrue(allocated < 4096, allocated + " bytes allocated by 200000 evaluations");
  }
}

package org.cortado.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The luminosity label from the periods a run normalised with. */
class LumiLabelTest {
  @Test
  void periodsAddUpOnceEach() {
    assertEquals("59.8 fb\u207b\u00b9 (13 TeV)", LumiLabel.of(Map.of("2018", 59832.0)));
    assertEquals("101.3 fb\u207b\u00b9 (13 TeV)",
        LumiLabel.of(Map.of("2017", 41480.0, "2018", 59832.0)));
    assertEquals("34.7 fb\u207b\u00b9 (13.6 TeV)", LumiLabel.of(Map.of("2022", 34700.0)));
    assertEquals("50.6 pb\u207b\u00b9 (13 TeV)", LumiLabel.of(Map.of("2018", 50.6)));
    assertEquals("(13 + 13.6 TeV)", LumiLabel.of(Map.of("2018", 0.0, "2023", 0.0)));
  }

  @Test
  void readFromTheRunsCutflow(@TempDir Path dir) throws IOException {
    Path histograms = Files.writeString(dir.resolve("histograms.json"), "{}");
    assertEquals("(13 TeV)", LumiLabel.of(histograms), "no cutflow.json: the energy only");
    Files.writeString(dir.resolve("cutflow.json"), """
        {"datasets": {
          "DY": {"year": "2018", "lumi": 59832.0},
          "TT": {"year": "2018", "lumi": 59832.0},
          "DATA": {"year": "2018"}}}
        """);
    assertEquals("59.8 fb\u207b\u00b9 (13 TeV)", LumiLabel.of(histograms));
  }
}

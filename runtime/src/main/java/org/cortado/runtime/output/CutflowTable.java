package org.cortado.runtime.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cut flow as a text table: one row per cut-flow row and per category, one column per
 * dataset, events passing (and, for simulation, the normalised category yield).
 */
public final class CutflowTable {
  private CutflowTable() {}

  /** The table of the {@code cutflow.json} in output folder {@code dir}. */
  public static String of(Path dir) throws IOException {
    Path file = dir.resolve(OutputWriter.CUTFLOW);
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString());
    }
    return render(Json.read(file));
  }

  static String render(JsonNode cutflow) {
    List<String> names = new ArrayList<>();
    List<JsonNode> datasets = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = cutflow.get("datasets").properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      names.add(e.getKey());
      datasets.add(e.getValue());
    }
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[names.size() + 1];
    header[0] = "";
    for (int i = 0; i < names.size(); i++) {
      header[i + 1] = names.get(i);
    }
    rows.add(header);
    for (JsonNode cut : cutflow.get("cuts")) {
      String[] row = new String[names.size() + 1];
      row[0] = cut.asText();
      for (int i = 0; i < datasets.size(); i++) {
        row[i + 1] = String.format(Locale.ROOT, "%,d", datasets.get(i).get("cutflow").get(cut.asText()).asLong());
      }
      rows.add(row);
    }
    for (JsonNode cat : cutflow.get("categories")) {
      String[] row = new String[names.size() + 1];
      row[0] = "category " + cat.asText();
      for (int i = 0; i < datasets.size(); i++) {
        JsonNode c = datasets.get(i).get("categories").get(cat.asText());
        String cell = String.format(Locale.ROOT, "%,d", c.get("events").asLong());
        if (datasets.get(i).get("isMC").asBoolean()) {
          cell += String.format(Locale.ROOT, " (%.6g)", c.get("sumw").get("nominal").asDouble());
        }
        row[i + 1] = cell;
      }
      rows.add(row);
    }
    int[] widths = new int[header.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(pad(row[0], widths[0], false));
      for (int i = 1; i < row.length; i++) {
        line.append("  ").append(pad(row[i], widths[i], true));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    out.append("(events passing; for simulation the normalised nominal yield in parentheses)\n");
    return out.toString();
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(width - s.length());
    return right ? fill + s : s + fill;
  }
}

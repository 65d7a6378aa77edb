package org.cortado.runtime.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cortado.rootio.Branch;
import org.cortado.rootio.EventColumn;
import org.cortado.rootio.EventTable;
import org.cortado.rootio.Globs;
import org.cortado.rootio.LeafType;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.RootFormatException;
import org.cortado.rootio.Strings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cortado dump FILE --tree T --branches a,b --entries 0:10 [--json]}: branch values, jagged
 * branches as one list per entry, strings as strings; {@code T} may also name an RNTuple, whose fields
 * are dumped alike. Without {@code --branches} every branch is listed: one Cortado cannot read is shown
 * as unsupported with the reason, never left out (a leaf list is shown through its columns).
 */
@Command(name = "dump", mixinStandardHelpOptions = true,
    description = "Print branch (or RNTuple field) values for a range of entries; jagged ones as nested lists.")
final class DumpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "ROOT file to read: a path, or an http(s):// URL")
  String file;

  @Option(names = "--tree", defaultValue = "Events",
      description = "tree or RNTuple to read (default: ${DEFAULT-VALUE})")
  String tree;

  @Option(names = "--branches", split = ",", description = "branch names or globs (default: all branches)")
  List<String> branches;

  @Option(names = "--entries", defaultValue = "0:10", description = "START:STOP entry range (default: ${DEFAULT-VALUE})")
  String entries;

  @Option(names = "--json", description = "write a JSON object {file, tree, start, stop, branches: {name: values}}")
  boolean json;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (RootFile root = RootFile.open(file)) {
      EventTable t = root.table(tree);
      EntryRange range = EntryRange.parse(entries, t.entries());
      List<EventColumn> selected = select(t);
      List<List<Object>> columns = new ArrayList<>();
      for (EventColumn b : selected) {
        String unsupported = branches == null ? b.unsupportedReason() : null;
        columns.add(unsupported == null ? values(b, range)
            : java.util.Collections.nCopies((int) range.size(), "unsupported: " + unsupported));
      }
      if (json) {
        writeJson(out, t, range, selected, columns);
      } else {
        for (long e = range.start(); e < range.stop(); e++) {
          out.printf("entry %d%n", e);
          for (int i = 0; i < selected.size(); i++) {
            out.printf("  %-36s %s%n", selected.get(i).name(), columns.get(i).get((int) (e - range.start())));
          }
        }
      }
    }
    return 0;
  }

  private List<EventColumn> select(EventTable t) throws RootFormatException {
    if (branches == null) {
      // A leaf list is dumped through its columns.
      return t.columns().stream().filter(b -> !(b instanceof Branch br) || br.leafColumns().isEmpty())
          .map(EventColumn.class::cast).toList();
    }
    List<EventColumn> out = new ArrayList<>();
    for (String pattern : branches) {
      if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
        out.add(t.column(pattern));
        continue;
      }
      int before = out.size();
      for (EventColumn b : t.columns()) {
        if (Globs.matches(pattern, b.name()) && !out.contains(b)) {
          out.add(b);
        }
      }
      if (out.size() == before) {
        throw new RootFormatException(file + ", '" + t.name() + "': no branch or field matches '" + pattern + "'");
      }
    }
    return out;
  }

  /** One value per entry: a number or boolean for flat branches, a list for jagged and fixed arrays. */
  private static List<Object> values(EventColumn b, EntryRange range) throws IOException {
    int n = (int) range.size();
    if (b.type() == LeafType.STRING && (b instanceof Branch || !b.isJagged())) {
      Strings strings = b.readStrings(range.start(), range.stop());
      List<Object> rows = new ArrayList<>(n);
      for (int e = 0; e < n; e++) {
        rows.add(strings.get(e));
      }
      return rows;
    }
    int total = Math.toIntExact(b.countElements(range.start(), range.stop()));
    int[] offsets = new int[n + 1];
    b.readOffsets(range.start(), range.stop(), offsets);
    Object[] flat = new Object[total];
    switch (b.type()) {
      case STRING -> {
        // An RNTuple field may hold a collection of strings: one string per value.
        Strings strings = b.readStrings(range.start(), range.stop());
        for (int i = 0; i < total; i++) {
          flat[i] = strings.get(i);
        }
      }
      case FLOAT32 -> {
        float[] v = new float[total];
        b.readFloats(range.start(), range.stop(), v);
        for (int i = 0; i < total; i++) {
          flat[i] = v[i];
        }
      }
      case FLOAT64 -> {
        double[] v = new double[total];
        b.readDoubles(range.start(), range.stop(), v);
        for (int i = 0; i < total; i++) {
          flat[i] = v[i];
        }
      }
      case BOOL -> {
        boolean[] v = new boolean[total];
        b.readBooleans(range.start(), range.stop(), v);
        for (int i = 0; i < total; i++) {
          flat[i] = v[i];
        }
      }
      default -> {
        long[] v = new long[total];
        b.readLongs(range.start(), range.stop(), v);
        for (int i = 0; i < total; i++) {
          flat[i] = b.type() == LeafType.UINT64 && v[i] < 0 ? new BigInteger(Long.toUnsignedString(v[i])) : v[i];
        }
      }
    }
    boolean nested = b.isJagged() || b.elementsPerEntry() > 1;
    List<Object> rows = new ArrayList<>(n);
    for (int e = 0; e < n; e++) {
      if (nested) {
        List<Object> row = new ArrayList<>(offsets[e + 1] - offsets[e]);
        for (int k = offsets[e]; k < offsets[e + 1]; k++) {
          row.add(flat[k]);
        }
        rows.add(row);
      } else {
        rows.add(flat[offsets[e]]);
      }
    }
    return rows;
  }

  private void writeJson(PrintWriter out, EventTable t, EntryRange range, List<EventColumn> selected,
      List<List<Object>> columns)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (JsonGenerator g = mapper.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("file", file);
      g.writeStringField("tree", t.name());
      g.writeNumberField("start", range.start());
      g.writeNumberField("stop", range.stop());
      g.writeObjectFieldStart("branches");
      for (int i = 0; i < selected.size(); i++) {
        g.writeFieldName(selected.get(i).name());
        mapper.writeValue(g, columns.get(i));
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    out.println();
    out.flush();
  }
}

package org.cortado.runtime.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cortado.rootio.Branch;
import org.cortado.rootio.Globs;
import org.cortado.rootio.KeyInfo;
import org.cortado.rootio.NativeDecoding;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cortado inspect FILE}: the file's keys, trees, branches, types, entries and compression. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "List the trees of a ROOT file with their branches, types, entries and compression.")
final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "ROOT file to inspect: a path, or an http(s):// URL")
  String file;

  @Option(names = "--tree", description = "only this tree")
  String tree;

  @Option(names = "--branches", split = ",", description = "only branches matching these names or globs (Muon_*)")
  List<String> branches;

  @Option(names = "--json", description = "machine-readable output")
  boolean json;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (RootFile root = RootFile.open(file)) {
      List<String> trees = tree == null ? root.treeNames() : List.of(tree);
      if (json) {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(describe(root, trees)));
        return 0;
      }
      out.printf("%s: ROOT %s, %,d bytes, compression %s%n", file, version(root.rootVersion()), root.length(),
          Compressions.describe(root.compressionSetting()));
      // Which decoders this JVM uses decides much of the read speed (central NanoAOD is LZMA).
      out.printf("decoders: lzma %s; zlib %s%n", NativeDecoding.LZMA.active(), NativeDecoding.ZLIB.active());
      out.println("keys:");
      for (KeyInfo key : root.keys()) {
        out.printf("  %-40s %-16s cycle %d, %,d bytes stored, %,d uncompressed%n", key.path(), key.className(),
            key.cycle(), key.storedBytes(), key.objectBytes());
      }
      for (String name : trees) {
        TTree t = root.tree(name);
        List<Branch> selected = select(t);
        out.printf("%ntree %s: %,d entries, %d branches%s%n", t.name(), t.entries(), t.branches().size(),
            selected.size() == t.branches().size() ? "" : " (" + selected.size() + " shown)");
        out.printf("  %-36s %-10s %-14s %8s %12s %12s  %s%n", "branch", "type", "counter", "baskets", "stored",
            "uncompressed", "compression");
        for (Branch b : selected) {
          out.printf("  %-36s %-10s %-14s %8d %12d %12d  %s%s%n", b.name(), b.typeName(),
              b.counter() == null ? (b.isJagged() ? "[var]" : b.elementsPerEntry() > 1 ? "[" + b.elementsPerEntry() + "]" : "-")
                  : b.counter().name(),
              b.basketCount(), b.compressedBytes(), b.uncompressedBytes(), Compressions.describe(b.compressionSetting()),
              b.unsupportedReason() == null ? "" : "  unsupported: " + b.unsupportedReason());
        }
      }
    }
    return 0;
  }

  private List<Branch> select(TTree t) {
    List<Branch> out = new ArrayList<>();
    for (Branch b : t.branches()) {
      if (branches == null || branches.stream().anyMatch(p -> Globs.matches(p, b.name()))) {
        out.add(b);
      }
    }
    return out;
  }

  private Map<String, Object> describe(RootFile root, List<String> trees) throws Exception {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("file", file);
    doc.put("rootVersion", version(root.rootVersion()));
    doc.put("bytes", root.length());
    doc.put("compression", Compressions.describe(root.compressionSetting()));
    doc.put("lzmaDecoder", NativeDecoding.LZMA.active());
    doc.put("zlibDecoder", NativeDecoding.ZLIB.active());
    doc.put("keys", root.keys());
    List<Map<String, Object>> treeDocs = new ArrayList<>();
    for (String name : trees) {
      TTree t = root.tree(name);
      Map<String, Object> td = new LinkedHashMap<>();
      td.put("name", t.name());
      td.put("entries", t.entries());
      List<Map<String, Object>> bs = new ArrayList<>();
      for (Branch b : select(t)) {
        Map<String, Object> bd = new LinkedHashMap<>();
        bd.put("name", b.name());
        bd.put("type", b.typeName());
        bd.put("code", b.type() == null ? null : String.valueOf(b.type().code()));
        bd.put("counter", b.counter() == null ? null : b.counter().name());
        bd.put("elementsPerEntry", b.elementsPerEntry());
        bd.put("entries", b.entries());
        bd.put("baskets", b.basketCount());
        bd.put("embeddedBaskets", b.embeddedBasketCount());
        bd.put("storedBytes", b.compressedBytes());
        bd.put("uncompressedBytes", b.uncompressedBytes());
        bd.put("compression", Compressions.describe(b.compressionSetting()));
        bd.put("title", b.title());
        bd.put("unsupported", b.unsupportedReason());
        bs.add(bd);
      }
      td.put("branches", bs);
      treeDocs.add(td);
    }
    doc.put("trees", treeDocs);
    return doc;
  }

  static String version(int v) {
    return String.format("%d.%02d/%02d", v / 10000, (v / 100) % 100, v % 100);
  }
}

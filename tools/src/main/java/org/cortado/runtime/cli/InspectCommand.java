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
import org.cortado.rootio.EventColumn;
import org.cortado.rootio.Globs;
import org.cortado.rootio.KeyInfo;
import org.cortado.rootio.NativeDecoding;
import org.cortado.rootio.RNTuple;
import org.cortado.rootio.RNTupleField;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cortado inspect FILE}: the file's keys, trees, branches, types, entries and compression, and its
 * RNTuples with their fields.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "List the trees and RNTuples of a ROOT file with their branches or fields, types, entries and "
        + "compression.")
final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "ROOT file to inspect: a path, or an http(s):// URL")
  String file;

  @Option(names = "--tree", description = "only this tree or RNTuple")
  String tree;

  @Option(names = "--branches", split = ",",
      description = "only branches or fields matching these names or globs (Muon_*)")
  List<String> branches;

  @Option(names = "--json", description = "machine-readable output")
  boolean json;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (RootFile root = RootFile.open(file)) {
      List<String> trees = tree == null ? root.treeNames()
          : root.rntupleNames().contains(tree) && !root.treeNames().contains(tree) ? List.of() : List.of(tree);
      List<String> ntuples = tree == null ? root.rntupleNames() : trees.isEmpty() ? List.of(tree) : List.of();
      if (json) {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(describe(root, trees, ntuples)));
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
              b.counter() == null ? shape(b) : b.counter().name(),
              b.basketCount(), b.compressedBytes(), b.uncompressedBytes(), Compressions.describe(b.compressionSetting()),
              b.unsupportedReason() == null ? "" : "  unsupported: " + b.unsupportedReason());
        }
      }
      for (String name : ntuples) {
        RNTuple n = root.rntuple(name);
        List<RNTupleField> selected = select(n);
        out.printf("%nRNTuple %s: %,d entries, %d clusters, %d fields%s%n", n.name(), n.entries(), n.clusterCount(),
            n.fields().size(), selected.size() == n.fields().size() ? "" : " (" + selected.size() + " shown)");
        out.printf("  %-36s %-10s %-8s %s%n", "field", "type", "shape", "C++ type");
        for (RNTupleField f : selected) {
          out.printf("  %-36s %-10s %-8s %s%s%n", f.name(), f.type() == null ? "-" : f.type().rootName(), shape(f),
              f.typeName(), f.unsupportedReason() == null ? "" : "  unsupported: " + f.unsupportedReason());
        }
      }
    }
    return 0;
  }

  private static String shape(EventColumn c) {
    return c.isJagged() ? "[var]" : c.elementsPerEntry() > 1 ? "[" + c.elementsPerEntry() + "]" : "-";
  }

  private <C extends EventColumn> List<C> select(List<C> columns) {
    List<C> out = new ArrayList<>();
    for (C c : columns) {
      if (branches == null || branches.stream().anyMatch(p -> Globs.matches(p, c.name()))) {
        out.add(c);
      }
    }
    return out;
  }

  private List<Branch> select(TTree t) {
    return select(t.branches());
  }

  private List<RNTupleField> select(RNTuple n) {
    return select(n.fields());
  }

  private Map<String, Object> describe(RootFile root, List<String> trees, List<String> ntuples) throws Exception {
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
    List<Map<String, Object>> ntupleDocs = new ArrayList<>();
    for (String name : ntuples) {
      RNTuple n = root.rntuple(name);
      Map<String, Object> nd = new LinkedHashMap<>();
      nd.put("name", n.name());
      nd.put("entries", n.entries());
      nd.put("clusters", n.clusterCount());
      List<Map<String, Object>> fs = new ArrayList<>();
      for (RNTupleField f : select(n)) {
        Map<String, Object> fd = new LinkedHashMap<>();
        fd.put("name", f.name());
        fd.put("type", f.type() == null ? null : f.type().rootName());
        fd.put("cppType", f.typeName());
        fd.put("jagged", f.isJagged());
        fd.put("elementsPerEntry", f.elementsPerEntry());
        fd.put("unsupported", f.unsupportedReason());
        fs.add(fd);
      }
      nd.put("fields", fs);
      ntupleDocs.add(nd);
    }
    doc.put("rntuples", ntupleDocs);
    return doc;
  }

  static String version(int v) {
    return String.format("%d.%02d/%02d", v / 10000, (v / 100) % 100, v % 100);
  }
}

package org.cortado.rootio.write;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cortado.rootio.LeafType;

/**
 * Serializes a finished tree's metadata into the payload of its TTree key: TTree v20 with its
 * branches (TBranch v13, one leaf each) and the list of leaf references (ROOT-FORMAT.md §2.4-2.6,
 * §6 item 7). A jagged leaf points to its counter leaf by the counter's key-relative position plus
 * two, which is why the key length must be known before serializing.
 */
final class TreeSerializer {
  private static final int MIN_BASKET_SLOTS = 10;

  private TreeSerializer() {}

  static byte[] serialize(TreeWriter tree, int keyLength, int compressionSetting, int basketBytes, Out out) {
    List<BranchWriter> branches = tree.branchList();
    long totBytes = 0;
    long zipBytes = 0;
    for (BranchWriter b : branches) {
      totBytes += b.totalBytes();
      zipBytes += b.zippedBytes();
    }
    out.reset();
    int ttree = out.begin(20);
    Records.tnamed(out, tree.name(), tree.title(), 0x8);
    int line = out.begin(2);
    out.i2(602).i2(1).i2(1);
    out.end(line);
    attFill(out);
    int marker = out.begin(2);
    out.i2(1).i2(1).f4(1.0f);
    out.end(marker);
    out.i8(tree.entries()).i8(totBytes).i8(zipBytes).i8(zipBytes).i8(zipBytes);
    out.f8(1.0).i4(0).i4(25).i4(0).i4(1000).i4(0);
    out.i8(1_000_000_000_000L).i8(1_000_000_000_000L).i8(0).i8(-300_000_000L).i8(tree.autoFlush()).i8(1_000_000L);
    out.u1(0).u1(0); // no cluster ranges
    out.bytes(Records.IO_FEATURES);

    Map<BranchWriter, Integer> leafRefs = new IdentityHashMap<>();
    int array = out.begin(3);
    Records.tobject(out, 0);
    out.string("").i4(branches.size()).i4(0);
    for (BranchWriter b : branches) {
      branch(out, b, keyLength, compressionSetting, basketBytes, tree.entries(), leafRefs);
    }
    out.end(array);

    int leaves = out.begin(3);
    Records.tobject(out, 0);
    out.string("").i4(branches.size()).i4(0);
    for (BranchWriter b : branches) {
      out.i4(leafRefs.get(b));
    }
    out.end(leaves);
    for (int i = 0; i < 7; i++) {
      out.i4(0); // fAliases, fIndexValues, fIndex, fTreeIndex, fFriends, fUserInfo, fBranchRef
    }
    out.end(ttree);
    return java.util.Arrays.copyOf(out.array(), out.size());
  }

  private static void attFill(Out out) {
    int fill = out.begin(2);
    out.i2(0).i2(1001);
    out.end(fill);
  }

  private static void branch(Out out, BranchWriter b, int keyLength, int compressionSetting, int basketBytes,
      long entries, Map<BranchWriter, Integer> leafRefs) {
    int any = out.beginCount();
    out.i4(0xFFFFFFFF).cString("TBranch");
    int branch = out.begin(13);
    Records.tnamed(out, b.name(), b.title(), 0x00400000);
    attFill(out);
    int slots = Math.max(MIN_BASKET_SLOTS, b.baskets() + 1);
    out.i4(compressionSetting).i4(basketBytes).i4(b.counter() == null ? 0 : 1000).i4(b.baskets()).i8(entries);
    out.bytes(Records.IO_FEATURES);
    out.i4(0).i4(slots).i4(0).i8(entries).i8(0).i8(b.totalBytes()).i8(b.zippedBytes());
    Records.emptyObjArray(out);

    int leaves = out.begin(3);
    Records.tobject(out, 0);
    out.string("").i4(1).i4(0);
    leafRefs.put(b, keyLength + out.size() + 2);
    leaf(out, b, leafRefs);
    out.end(leaves);

    Records.emptyObjArray(out);
    out.u1(1);
    for (int i = 0; i < slots; i++) {
      out.i4(i < b.baskets() ? b.basketBytes(i) : 0);
    }
    out.u1(1);
    for (int i = 0; i < slots; i++) {
      out.i8(i < b.baskets() ? b.basketFirstEntry(i) : i == b.baskets() ? entries : 0);
    }
    out.u1(1);
    for (int i = 0; i < slots; i++) {
      out.i8(i < b.baskets() ? b.basketSeek(i) : 0);
    }
    out.string("");
    out.end(branch);
    out.end(any);
  }

  private static void leaf(Out out, BranchWriter b, Map<BranchWriter, Integer> leafRefs) {
    LeafType type = b.type();
    String leafClass = "TLeaf" + Character.toUpperCase(type.code());
    int any = out.beginCount();
    out.i4(0xFFFFFFFF).cString(leafClass);
    int specific = out.begin(1);
    int base = out.begin(2);
    String dims = b.counter() != null ? "[" + b.counter().name() + "]" : b.perEntry() > 1 ? "[" + b.perEntry() + "]" : "";
    Records.tnamed(out, b.name(), b.name() + dims, 0);
    out.i4(b.perEntry()).i4(type.size()).i4(0).u1(b.isCounter() ? 1 : 0).u1(type.isUnsigned() ? 1 : 0);
    out.i4(b.counter() == null ? 0 : leafRefs.get(b.counter()));
    out.end(base);
    long max = b.isCounter() ? b.maxCount() : 0;
    switch (type.size()) {
      case 1 -> out.u1(0).u1((int) max);
      case 2 -> out.i2(0).i2((int) max);
      case 4 -> {
        if (type == LeafType.FLOAT32) {
          out.f4(0).f4(0);
        } else {
          out.i4(0).i4((int) max);
        }
      }
      default -> {
        if (type == LeafType.FLOAT64) {
          out.f8(0).f8(0);
        } else {
          out.i8(0).i8(max);
        }
      }
    }
    out.end(specific);
    out.end(any);
  }
}

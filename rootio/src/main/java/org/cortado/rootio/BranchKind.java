package org.cortado.rootio;

import java.util.List;
import java.util.Map;

/**
 * What a branch holds and how its entries lie in its baskets, worked out from its class, its leaves
 * and its TBranchElement members by the rules of uproot's {@code interpretation_of}: either a
 * {@code type} with a {@code layout} (null for the fixed-size and counter-driven entries of plain
 * leaves, as NanoAOD has) and, for a {@code Double32_t} or {@code Float16_t} stored in fewer bits,
 * the {@code real} encoding of its values, and the C++ type of a container or string for listings
 * ({@code vector<float>}; null for plain numbers); or the reason the branch cannot be read.
 */
record BranchKind(LeafType type, EntryLayout layout, TruncatedReal real, String cppType, String unsupported) {

  /** ROOT's streamer type codes (TStreamerInfo::EReadWrite) that hold one number. */
  private static final Map<Integer, LeafType> STREAMER_TYPES = Map.ofEntries(
      Map.entry(1, LeafType.INT8), Map.entry(2, LeafType.INT16), Map.entry(3, LeafType.INT32),
      Map.entry(4, LeafType.INT64), Map.entry(5, LeafType.FLOAT32), Map.entry(6, LeafType.UINT32),
      Map.entry(8, LeafType.FLOAT64), Map.entry(11, LeafType.UINT8), Map.entry(12, LeafType.UINT16),
      Map.entry(13, LeafType.UINT32), Map.entry(14, LeafType.UINT64), Map.entry(15, LeafType.UINT32),
      Map.entry(16, LeafType.INT64), Map.entry(17, LeafType.UINT64), Map.entry(18, LeafType.BOOL));
  private static final int K_OFFSET_L = 20;
  private static final int K_OFFSET_P = 40;
  private static final int K_DOUBLE32 = 9;
  private static final int K_FLOAT16 = 19;
  private static final int K_TSTRING = 65;
  private static final int K_CHAR_STAR = 7;
  /** More elements per entry than any real leaf has; a larger count is a corrupt field. */
  private static final int MAX_LEAF_LENGTH = 1 << 24;
  /** What ROOT writes before each std::vector or RVec: a byte count, a version and the length. */
  private static final int VECTOR_HEADER = 10;

  /** The C++ spellings of the element types a std::vector or RVec branch may hold. */
  private static final Map<String, LeafType> CPP_TYPES = Map.ofEntries(
      Map.entry("bool", LeafType.BOOL), Map.entry("Bool_t", LeafType.BOOL),
      Map.entry("char", LeafType.INT8), Map.entry("Char_t", LeafType.INT8), Map.entry("int8_t", LeafType.INT8),
      Map.entry("signed char", LeafType.INT8),
      Map.entry("unsigned char", LeafType.UINT8), Map.entry("UChar_t", LeafType.UINT8),
      Map.entry("uint8_t", LeafType.UINT8),
      Map.entry("short", LeafType.INT16), Map.entry("Short_t", LeafType.INT16), Map.entry("int16_t", LeafType.INT16),
      Map.entry("unsigned short", LeafType.UINT16), Map.entry("UShort_t", LeafType.UINT16),
      Map.entry("uint16_t", LeafType.UINT16),
      Map.entry("int", LeafType.INT32), Map.entry("Int_t", LeafType.INT32), Map.entry("int32_t", LeafType.INT32),
      Map.entry("unsigned int", LeafType.UINT32), Map.entry("unsigned", LeafType.UINT32),
      Map.entry("UInt_t", LeafType.UINT32), Map.entry("uint32_t", LeafType.UINT32),
      Map.entry("long", LeafType.INT64), Map.entry("Long_t", LeafType.INT64), Map.entry("long long", LeafType.INT64),
      Map.entry("Long64_t", LeafType.INT64), Map.entry("int64_t", LeafType.INT64),
      Map.entry("unsigned long", LeafType.UINT64), Map.entry("ULong_t", LeafType.UINT64),
      Map.entry("unsigned long long", LeafType.UINT64), Map.entry("ULong64_t", LeafType.UINT64),
      Map.entry("uint64_t", LeafType.UINT64), Map.entry("size_t", LeafType.UINT64),
      Map.entry("float", LeafType.FLOAT32), Map.entry("Float_t", LeafType.FLOAT32),
      Map.entry("double", LeafType.FLOAT64), Map.entry("Double_t", LeafType.FLOAT64));

  private static final List<String> VECTOR_PREFIXES =
      List.of("vector<", "std::vector<", "ROOT::VecOps::RVec<", "ROOT::RVec<", "RVec<");

  static BranchKind of(LeafType type, EntryLayout layout) {
    return new BranchKind(type, layout, null, null, null);
  }

  private static BranchKind of(LeafType type, EntryLayout layout, String cppType) {
    return new BranchKind(type, layout, null, cppType, null);
  }

  static BranchKind unsupported(String why) {
    return new BranchKind(null, null, null, null, why);
  }

  /** A Double32_t or Float16_t whose encoding {@code title} gives (a plain float without brackets). */
  private static BranchKind real(String title, boolean isFloat16, EntryLayout layout) {
    TruncatedReal real = TruncatedReal.of(title, isFloat16);
    return real == null ? of(LeafType.FLOAT32, layout) : new BranchKind(real.type(), layout, real, null, null);
  }

  /** Bytes per stored element. */
  int elementBytes() {
    return real != null ? real.size() : type.size();
  }

  /**
   * The kind of a branch. {@code topLevel} is whether the tree holds it directly (a split object's
   * member branches name the enclosing class in their TBranchElement members, not their own type).
   */
  static BranchKind resolve(String branchClass, List<Leaf> leaves, ElementInfo element, boolean hasChildren,
      boolean topLevel, MemberLookup lookup) {
    if (hasChildren && element != null && element.className().equals("TClonesArray")) {
      return of(LeafType.INT32, null); // the number of objects in each entry, as uproot reads it
    }
    if (hasChildren) {
      return unsupported(branchClass + " of a split " + describe(element, leaves)
          + " (its members are sub-branches, read those)");
    }
    if (branchClass.equals("TBranchObject")) {
      return unsupported("TBranchObject of " + describe(element, leaves));
    }
    if (leaves.isEmpty()) {
      return unsupported(branchClass + " without leaves");
    }
    if (leaves.size() > 1) {
      return leafList(leaves);
    }
    Leaf leaf = leaves.get(0);
    if (leaf.className().equals("TLeafD32") || leaf.className().equals("TLeafF16")) {
      return real(leaf.title(), leaf.className().equals("TLeafF16"), leaf.count() == null ? null
          : new EntryLayout.Elements(0));
    }
    if (!leaf.className().equals("TLeafElement")) {
      LeafType type = LeafType.ofLeafClass(leaf.className(), leaf.unsigned());
      if (type == LeafType.STRING) {
        return of(type, new EntryLayout.Strings(0, false));
      }
      return type == null ? unsupported("leaf class " + leaf.className()) : of(type, null);
    }
    int code = leaf.elementType();
    int scalar = code > K_OFFSET_L && code < K_OFFSET_P ? code - K_OFFSET_L : code;
    LeafType numeric = STREAMER_TYPES.get(scalar);
    if (numeric != null) {
      return of(numeric, leaf.count() == null ? null : new EntryLayout.Elements(0));
    }
    if (scalar == K_DOUBLE32 || scalar == K_FLOAT16) {
      StreamerElement member;
      try {
        member = lookup.member();
      } catch (java.io.IOException e) {
        return unsupported((scalar == K_DOUBLE32 ? "Double32_t" : "Float16_t") + " member of "
            + element.className() + " whose range cannot be found: " + e.getMessage());
      }
      return real(member == null ? "" : member.title(), scalar == K_FLOAT16,
          leaf.count() == null ? null : new EntryLayout.Elements(0));
    }
    if (scalar == K_CHAR_STAR) {
      return of(LeafType.STRING, new EntryLayout.Strings(0, true), "char*");
    }
    if (element != null && element.streamerType() == K_TSTRING) {
      return of(LeafType.STRING, new EntryLayout.Strings(0, false), "TString");
    }
    if (element == null) {
      return unsupported("TBranchElement of " + describe(null, leaves));
    }
    if (topLevel) {
      return container(element.className(), 0, "TBranchElement of " + element.className());
    }
    // A member of a split object: its type is in the streamer of the enclosing class, and a string
    // member keeps the byte count and version a top-level one lacks.
    StreamerElement member;
    try {
      member = lookup.member();
    } catch (java.io.IOException e) {
      return unsupported("member of " + element.className() + " whose type cannot be found: " + e.getMessage());
    }
    if (member == null) {
      return unsupported("member of " + element.className() + " that its streamer does not describe");
    }
    LeafType pointed = STREAMER_TYPES.get(code - K_OFFSET_P);
    if (member.elementClass().equals("TStreamerBasicPointer") && pointed != null) {
      // A C array sized by another member: a one-byte marker, then the elements.
      return of(pointed, new EntryLayout.Elements(1));
    }
    return container(member.typeName(), 6, "member " + member.typeName() + " " + member.name() + " of "
        + element.className());
  }

  /** A std::string, a vector or RVec of numbers, or else the unsupported {@code what}. */
  private static BranchKind container(String typeName, int stringHeader, String what) {
    String cls = typeName.strip();
    if (cls.startsWith("const ")) {
      cls = cls.substring(6).strip();
    }
    if (cls.equals("string") || cls.equals("std::string")) {
      return of(LeafType.STRING, new EntryLayout.Strings(stringHeader, false), "std::string");
    }
    if (cls.equals("TString")) {
      return of(LeafType.STRING, new EntryLayout.Strings(0, false), "TString");
    }
    LeafType inVector = vectorElement(cls);
    if (inVector != null) {
      return of(inVector, new EntryLayout.Elements(VECTOR_HEADER), cls);
    }
    return unsupported(what);
  }

  /** Finds the streamer element of a split object's member branch, or null. */
  @FunctionalInterface
  interface MemberLookup {
    StreamerElement member() throws java.io.IOException;
  }

  /** Several leaves in one branch ({@code px/D:py/D:pz/D}): one column per leaf, all fixed-size. */
  private static BranchKind leafList(List<Leaf> leaves) {
    long entryBytes = 0;
    for (Leaf l : leaves) {
      if (l.length() < 0 || l.length() > MAX_LEAF_LENGTH) {
        return unsupported("leaf list whose leaf '" + l.name() + "' claims " + l.length() + " elements");
      }
      entryBytes += (long) Math.max(1, l.length()) * Long.BYTES; // an upper bound: no leaf type is wider
    }
    if (entryBytes > Integer.MAX_VALUE) {
      return unsupported("leaf list of " + entryBytes + " bytes per entry");
    }
    for (Leaf l : leaves) {
      if (l.count() != null) {
        return unsupported("leaf list with the counted leaf '" + l.title() + "'");
      }
      LeafType t = LeafType.ofLeafClass(l.className(), l.unsigned());
      if (t == null || t == LeafType.STRING) {
        return unsupported("leaf list with the " + l.className() + " leaf '" + l.name() + "'");
      }
    }
    return of(null, new EntryLayout.LeafList());
  }

  /** The numeric element type of {@code vector<T>} or {@code RVec<T>}, else null. */
  static LeafType vectorElement(String className) {
    for (String prefix : VECTOR_PREFIXES) {
      if (className.startsWith(prefix) && className.endsWith(">")) {
        String inner = className.substring(prefix.length(), className.length() - 1).strip();
        int comma = inner.indexOf(',');
        if (comma >= 0 && inner.substring(comma).toLowerCase().contains("allocator")) {
          inner = inner.substring(0, comma).strip(); // RVec's adopting allocator changes nothing on disk
        }
        if (inner.startsWith("std::")) {
          inner = inner.substring(5);
        }
        return CPP_TYPES.get(inner);
      }
    }
    return null;
  }

  private static String describe(ElementInfo element, List<Leaf> leaves) {
    if (element != null && !element.className().isEmpty()) {
      return element.className();
    }
    return leaves.isEmpty() ? "an object" : leaves.get(0).className() + " '" + leaves.get(0).title() + "'";
  }
}

package org.cortado.rootio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a file's StreamerInfo record, the TList of TStreamerInfo objects that describe the classes
 * its objects are made of, keeping for each class the name, title, type code and type name of its
 * members. Branches of split objects need them: a member branch names only the enclosing class and
 * the member's index, and a {@code Double32_t} member's range and bit count live in its title.
 */
final class StreamerParser extends ObjectReader {
  /** The members of one version of a class. */
  private record Info(String className, int version, List<StreamerElement> elements) {}

  private StreamerParser(ByteReader r) {
    super(r);
  }

  /** Class name to its members, for the highest version of each class the file describes. */
  static Map<String, List<StreamerElement>> parse(ByteReader r) throws RootFormatException {
    StreamerParser parser = new StreamerParser(r);
    Header h = parser.header();
    parser.tobject();
    r.skipString(); // fName
    int n = r.arrayLength(r.i4(), 4, "StreamerInfo list");
    Map<String, Info> infos = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Object o = parser.objectAny();
      r.skipString(); // the list item's option
      if (o instanceof Info info) {
        Info other = infos.get(info.className());
        if (other == null || other.version() < info.version()) {
          infos.put(info.className(), info);
        }
      }
    }
    parser.skipTo(h);
    Map<String, List<StreamerElement>> out = new HashMap<>();
    infos.forEach((name, info) -> out.put(name, info.elements()));
    return out;
  }

  @Override
  Object readObject(String className, int end) throws RootFormatException {
    if (className.equals("TStreamerInfo")) {
      Header h = header();
      String[] named = tnamed();
      r.skip(4); // fCheckSum
      int version = r.i4();
      List<StreamerElement> elements = new ArrayList<>();
      Object array = objectAny();
      if (array instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof StreamerElement e) {
            elements.add(e);
          }
        }
      }
      skipTo(h);
      return new Info(named[0].replace(" ", ""), version, List.copyOf(elements));
    }
    if (className.equals("TObjArray")) {
      return objArray();
    }
    if (className.startsWith("TStreamer") && end >= 0) {
      Header outer = header();
      if (className.equals("TStreamerSTLstring")) {
        header(); // its TStreamerSTL base, whose TStreamerElement base follows
      }
      Header base = className.equals("TStreamerElement") ? outer : header();
      String[] named = tnamed();
      int type = r.i4();
      r.skip(4 * 3); // fSize, fArrayLength, fArrayDim
      if (base.version() == 1) {
        r.skip(4 * r.arrayLength(r.i4(), 4, "fMaxIndex"));
      } else {
        r.skip(4 * 5); // fMaxIndex
      }
      String typeName = r.string();
      skipTo(outer);
      return new StreamerElement(className, named[0], named[1], type, typeName);
    }
    if (end < 0) {
      throw r.error("object of class " + className + " has no byte count and cannot be skipped");
    }
    return new Skipped(className);
  }
}

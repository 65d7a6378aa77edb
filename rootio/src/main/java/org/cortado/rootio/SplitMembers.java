package org.cortado.rootio;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a member branch of a split object holds: the element of the enclosing class's
 * TStreamerInfo that the branch names (a member branch records only the class and an index).
 */
final class SplitMembers {
  /** Matches branch names such as {@code obj.member[3]} to the bare member name. */
  private static final Pattern CLEAN_NAME = Pattern.compile("(?:.*\\.)*([^.\\[\\]]*)(?:\\[.*\\])*");

  private SplitMembers() {}

  /**
   * The streamer element describing the member branch {@code name} of a split object: the member at
   * index fID of the parent class (else of the branch's class) if its name matches, else the member
   * of that name, searched in the class and its bases as uproot does; null if there is none.
   */
  static StreamerElement find(Map<String, List<StreamerElement>> streamers, ElementInfo element, String name) {
    Matcher m = CLEAN_NAME.matcher(name);
    String clean = m.matches() ? m.group(1) : name;
    // The member may belong to the branch's class rather than to the parent it was split from.
    for (String owner : List.of(element.parentName(), element.className())) {
      List<StreamerElement> members = streamers.get(owner.replace(" ", ""));
      if (members == null) {
        continue;
      }
      if (element.id() >= 0 && element.id() < members.size() && members.get(element.id()).name().equals(clean)) {
        return members.get(element.id());
      }
      StreamerElement found = findMember(streamers, members, clean, 0);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static StreamerElement findMember(Map<String, List<StreamerElement>> streamers,
      List<StreamerElement> members, String wanted, int depth) {
    if (depth > 16) {
      return null; // bases that loop back on themselves
    }
    for (StreamerElement e : members) {
      if (e.elementClass().equals("TStreamerBase")) {
        List<StreamerElement> base = streamers.get(e.name().replace(" ", ""));
        StreamerElement found = base == null ? null : findMember(streamers, base, wanted, depth + 1);
        if (found != null) {
          return found;
        }
      } else if (e.name().equals(wanted)) {
        return e;
      }
    }
    return null;
  }

}

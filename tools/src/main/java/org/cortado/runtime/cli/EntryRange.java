package org.cortado.runtime.cli;

/**
 * An entry range written as Python slices are: {@code 0:10}, {@code :10}, {@code 5:}, or a single
 * entry {@code 7}. Negative numbers count from the end.
 */
record EntryRange(long start, long stop) {

  static EntryRange parse(String text, long entries) {
    String t = text.trim();
    long start;
    long stop;
    int colon = t.indexOf(':');
    try {
      if (colon < 0) {
        start = resolve(Long.parseLong(t), entries);
        stop = start + 1;
      } else {
        String a = t.substring(0, colon).trim();
        String b = t.substring(colon + 1).trim();
        start = a.isEmpty() ? 0 : resolve(Long.parseLong(a), entries);
        stop = b.isEmpty() ? entries : resolve(Long.parseLong(b), entries);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--entries '" + text + "' is not START:STOP (e.g. 0:10, :100, 5:)");
    }
    start = Math.max(0, Math.min(start, entries));
    stop = Math.max(start, Math.min(stop, entries));
    return new EntryRange(start, stop);
  }

  private static long resolve(long value, long entries) {
    return value < 0 ? entries + value : value;
  }

  long size() {
    return stop - start;
  }
}

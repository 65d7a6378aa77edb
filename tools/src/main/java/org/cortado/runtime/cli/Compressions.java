package org.cortado.runtime.cli;

/** Names a ROOT compression setting (algorithm * 100 + level) the way physicists say it. */
final class Compressions {
  private Compressions() {}

  static String describe(int setting) {
    if (setting < 0) {
      return "inherited";
    }
    int level = setting % 100;
    if (level == 0) {
      return "none";
    }
    String algorithm = switch (setting / 100) {
      case 0, 1 -> "zlib";
      case 2 -> "lzma";
      case 3 -> "old-root";
      case 4 -> "lz4";
      case 5 -> "zstd";
      default -> "algorithm-" + setting / 100;
    };
    return algorithm + "-" + level;
  }
}

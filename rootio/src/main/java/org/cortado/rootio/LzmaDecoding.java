package org.cortado.rootio;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * Chooses how LZMA blocks are decoded, once per JVM: through liblzma when the JDK has the Foreign Function
 * and Memory API (22 or later), the native class was compiled (by a build on JDK 22 or later) and
 * {@code liblzma.so.5} loads; otherwise with the pure-Java decoder. Central CMS NanoAOD is LZMA, and
 * liblzma decodes it faster. {@code -Dcortado.lzma=java} forces the Java decoder (for A/B comparisons);
 * {@code -Dcortado.lzma=native} makes a missing native path an error instead of a silent fallback.
 */
public final class LzmaDecoding {
  static final String PROPERTY = "cortado.lzma";
  /** Compiled from src/main/java22 with {@code --release 22}; never loaded by an older JVM. */
  private static final String NATIVE_CLASS = "org.cortado.rootio.NativeXzDecoder";

  /** What this JVM could use; the tests compare it with the Java decoder whatever the property says. */
  private static final Choice AVAILABLE = loadNative();
  private static final Choice CHOICE = choose(System.getProperty(PROPERTY, "auto"));

  private LzmaDecoding() {}

  /** The decoder in use and, if it is the Java one, why; e.g. {@code native liblzma 5.4.1 (java.lang.foreign)}. */
  public static String active() {
    return CHOICE.description();
  }

  /** Whether LZMA blocks go through liblzma in this JVM. */
  public static boolean isNative() {
    return CHOICE.nativeDecoder() != null;
  }

  /** A new decoder of the chosen kind, for one thread. */
  static XzDecoder newDecoder() {
    return CHOICE.nativeDecoder() == null ? new JavaXzDecoder() : newInstance(CHOICE.nativeDecoder());
  }

  /** A new native decoder whatever {@code cortado.lzma} says, or {@code null} if there is none. */
  static XzDecoder newNativeDecoderOrNull() {
    return AVAILABLE.nativeDecoder() == null ? null : newInstance(AVAILABLE.nativeDecoder());
  }

  /** Why there is no native decoder in this JVM, or {@code null} if there is one. */
  static String nativeUnavailableReason() {
    return AVAILABLE.nativeDecoder() == null ? AVAILABLE.description() : null;
  }

  /** {@code nativeDecoder} is the native decoder's constructor, or {@code null} for the Java decoder. */
  private record Choice(Constructor<?> nativeDecoder, String description) {}

  private static Choice choose(String requested) {
    return switch (requested) {
      case "java" -> new Choice(null, "pure Java (org.tukaani.xz), forced by -D" + PROPERTY + "=java");
      case "auto" -> AVAILABLE;
      case "native" -> {
        if (AVAILABLE.nativeDecoder() == null) {
          throw new IllegalStateException("-D" + PROPERTY + "=native, but LZMA would be decoded by "
              + AVAILABLE.description());
        }
        yield AVAILABLE;
      }
      default -> throw new IllegalStateException("-D" + PROPERTY + "=" + requested
          + " is not one of auto, native, java");
    };
  }

  private static Choice loadNative() {
    int feature = Runtime.version().feature();
    if (feature < 22) {
      return new Choice(null, "pure Java (org.tukaani.xz): JDK " + feature + " has no java.lang.foreign (22+)");
    }
    Class<?> type;
    try {
      type = Class.forName(NATIVE_CLASS);
    } catch (ClassNotFoundException e) {
      return new Choice(null, "pure Java (org.tukaani.xz): this build of Cortado was compiled on a JDK before 22");
    }
    try {
      // Throws, with the reason, if the class's static initialiser could not load liblzma.
      String version = (String) type.getDeclaredMethod("libraryVersion").invoke(null);
      return new Choice(type.getDeclaredConstructor(), "native liblzma " + version + " (java.lang.foreign)");
    } catch (InvocationTargetException e) {
      return new Choice(null, "pure Java (org.tukaani.xz): " + e.getCause().getMessage());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(NATIVE_CLASS + " does not have the expected members", e);
    }
  }

  private static XzDecoder newInstance(Constructor<?> constructor) {
    try {
      return (XzDecoder) constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create the native LZMA decoder", e);
    }
  }
}

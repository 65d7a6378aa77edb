package org.cortado.rootio;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;

/**
 * Chooses, once per JVM and per algorithm, how its blocks are decoded: through a system library when the
 * JDK has the Foreign Function and Memory API (22 or later), the native class was compiled (by a build on
 * JDK 22 or later, from {@code src/main/java22}) and the library loads; otherwise in Java. LZMA goes to
 * {@code liblzma.so.5} (central CMS NanoAOD is LZMA; about 1.5 times faster than org.tukaani.xz), zlib
 * to {@code libdeflate.so.0} (about twice as fast as zlib's inflate). {@code -Dcortado.lzma=java} or
 * {@code -Dcortado.zlib=java} forces the Java decoder (for A/B comparisons); {@code =native} makes a
 * missing native path an error instead of a silent fallback.
 */
public final class NativeDecoding {
  public static final NativeDecoding LZMA = new NativeDecoding("cortado.lzma", "org.cortado.rootio.NativeXzDecoder",
      "pure Java (org.tukaani.xz)", JavaXzDecoder::new);
  public static final NativeDecoding ZLIB = new NativeDecoding("cortado.zlib", "org.cortado.rootio.NativeZlibDecoder",
      "the JDK's Inflater (zlib)", JavaZlibDecoder::new);

  final String property;
  private final String javaName;
  private final Supplier<BlockDecoder> java;
  /** What this JVM could use; the tests compare it with the Java decoder whatever the property says. */
  private final Choice available;
  private final Choice choice;

  private NativeDecoding(String property, String nativeClass, String javaName, Supplier<BlockDecoder> java) {
    this.property = property;
    this.javaName = javaName;
    this.java = java;
    this.available = loadNative(nativeClass);
    this.choice = choose(System.getProperty(property, "auto"));
  }

  /** The decoder in use and, if it is the Java one, why; e.g. {@code native liblzma 5.4.1 (java.lang.foreign)}. */
  public String active() {
    return choice.description();
  }

  /** Whether this algorithm's blocks go through the native library in this JVM. */
  public boolean isNative() {
    return choice.nativeDecoder() != null;
  }

  /** A new decoder of the chosen kind, for one thread. */
  BlockDecoder newDecoder() {
    return choice.nativeDecoder() == null ? java.get() : newInstance(choice.nativeDecoder());
  }

  /** A new Java decoder, whatever was chosen. */
  BlockDecoder newJavaDecoder() {
    return java.get();
  }

  /** A new native decoder whatever the property says, or {@code null} if there is none. */
  BlockDecoder newNativeDecoderOrNull() {
    return available.nativeDecoder() == null ? null : newInstance(available.nativeDecoder());
  }

  /** Why there is no native decoder in this JVM, or {@code null} if there is one. */
  String nativeUnavailableReason() {
    return available.nativeDecoder() == null ? available.description() : null;
  }

  /** {@code nativeDecoder} is the native decoder's constructor, or {@code null} for the Java decoder. */
  private record Choice(Constructor<?> nativeDecoder, String description) {}

  private Choice choose(String requested) {
    return switch (requested) {
      case "java" -> new Choice(null, javaName + ", forced by -D" + property + "=java");
      case "auto" -> available;
      case "native" -> {
        if (available.nativeDecoder() == null) {
          throw new IllegalStateException("-D" + property + "=native, but the decoder would be " + available.description());
        }
        yield available;
      }
      default -> throw new IllegalStateException("-D" + property + "=" + requested + " is not one of auto, native, java");
    };
  }

  private Choice loadNative(String nativeClass) {
    int feature = Runtime.version().feature();
    if (feature < 22) {
      return new Choice(null, javaName + ": JDK " + feature + " has no java.lang.foreign (22+)");
    }
    Class<?> type;
    try {
      type = Class.forName(nativeClass);
    } catch (ClassNotFoundException e) {
      return new Choice(null, javaName + ": this build of Cortado was compiled on a JDK before 22");
    }
    try {
      // Throws, with the reason, if the class's static initialiser could not load the library.
      String library = (String) type.getDeclaredMethod("library").invoke(null);
      return new Choice(type.getDeclaredConstructor(), "native " + library + " (java.lang.foreign)");
    } catch (InvocationTargetException e) {
      return new Choice(null, javaName + ": " + e.getCause().getMessage());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(nativeClass + " does not have the expected members", e);
    }
  }

  private static BlockDecoder newInstance(Constructor<?> constructor) {
    try {
      return (BlockDecoder) constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create the native decoder " + constructor.getDeclaringClass().getName(), e);
    }
  }
}

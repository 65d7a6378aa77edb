package org.cortado.runtime.corrections;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A correctionlib schema-v2 file: named {@link Correction}s and {@link CompoundCorrection}s (two
 * separate namespaces). Immutable and thread-safe once loaded.
 *
 * <pre>{@code
 * CorrectionSet set = CorrectionSet.load(Path.of("muon_Z.json.gz"));
 * BoundCorrection sf = set.correction("NUM_TightID_DEN_TrackerMuons").bind("2018_UL", "sf");
 * double w = sf.evaluate(absEta, pt);
 * }</pre>
 */
public final class CorrectionSet {
  /**
   * How deep arrays and objects may nest: a content node takes at most three JSON levels (a
   * category's content array and item object), so every tree that {@link NodeReader} accepts fits.
   */
  static final int MAX_JSON_DEPTH = 3 * NodeReader.MAX_DEPTH + 16;

  // Real POG files contain the non-standard literals Infinity and -Infinity in bin edges. Trees
  // are built by JsonTrees, which reads fractional numbers as the reference evaluator does. A key
  // given twice is refused: the reference silently takes the first, JSON readers mostly the last.
  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(MAX_JSON_DEPTH).build())
          .build())
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final ConcurrentMap<Path, CorrectionSet> LOADED = new ConcurrentHashMap<>();

  private final String source;
  private final String description;
  private final Map<String, Correction> corrections;
  private final Map<String, CompoundCorrection> compounds;

  CorrectionSet(String source, String description, Map<String, Correction> corrections,
      Map<String, CompoundCorrection> compounds) {
    this.source = source;
    this.description = description;
    this.corrections = Collections.unmodifiableMap(corrections);
    this.compounds = Collections.unmodifiableMap(compounds);
  }

  /**
   * Loads a plain or gzip-compressed JSON file; compression is detected from the magic bytes.
   *
   * @throws IOException if the file cannot be read
   * @throws CorrectionFormatException if it is not a valid schema-v2 correction set
   */
  public static CorrectionSet load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * {@link #load} at most once per process and file (by absolute, normalised path): the sets are
   * immutable, and the big ones (a JME file is 15 MB of JSON) take a second to read. Thread-safe.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws CorrectionFormatException if it is not a valid schema-v2 correction set
   */
  public static CorrectionSet cached(Path file) {
    return LOADED.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
      try {
        return load(f);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read correction file " + f, e);
      }
    });
  }

  /**
   * Reads a plain or gzip-compressed document; {@code sourceName} is used in error messages.
   *
   * @throws IOException if the stream cannot be read
   * @throws CorrectionFormatException if it is corrupt gzip data or not a valid schema-v2 set
   */
  public static CorrectionSet read(InputStream in, String sourceName) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    boolean gzip = b0 == 0x1f && b1 == 0x8b;
    JsonNode root;
    try (InputStream data = gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
        JsonParser parser = MAPPER.createParser(data)) {
      root = tree(parser, sourceName);
    } catch (ZipException | EOFException e) {
      if (!gzip) {
        throw e;
      }
      // The gzip layer throws these for a damaged or truncated compressed stream.
      throw new CorrectionFormatException(sourceName + ": corrupt gzip data: " + e.getMessage(), e);
    }
    return CorrectionReader.read(root, sourceName);
  }

  /** Parses a JSON document held in a string; {@code sourceName} is used in error messages. */
  public static CorrectionSet parse(String json, String sourceName) {
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(json)) {
      root = tree(parser, sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CorrectionReader.read(root, sourceName);
  }

  private static JsonNode tree(JsonParser parser, String source) throws IOException {
    try {
      return JsonTrees.read(parser);
    } catch (JacksonException e) {
      // Constraint violations carry no location of their own.
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      String problem = e instanceof StreamConstraintsException && e.getMessage().contains("nesting")
          ? "arrays and objects nested deeper than " + MAX_JSON_DEPTH + " levels"
          : e.getOriginalMessage();
      throw new CorrectionFormatException(source + ": malformed JSON at line " + at.getLineNr()
          + ", column " + at.getColumnNr() + ": " + problem, e);
    }
  }

  /** Where this set was read from, as given to the loader. */
  public String source() {
    return source;
  }

  public String description() {
    return description;
  }

  /** All corrections by name, in file order. */
  public Map<String, Correction> corrections() {
    return corrections;
  }

  /** All compound corrections by name, in file order. */
  public Map<String, CompoundCorrection> compounds() {
    return compounds;
  }

  /** @throws NoSuchElementException naming the available corrections */
  public Correction correction(String name) {
    Correction c = corrections.get(name);
    if (c == null) {
      throw new NoSuchElementException(source + " has no correction '" + name + "'; it has "
          + corrections.keySet());
    }
    return c;
  }

  /** @throws NoSuchElementException naming the available compound corrections */
  public CompoundCorrection compound(String name) {
    CompoundCorrection c = compounds.get(name);
    if (c == null) {
      throw new NoSuchElementException(source + " has no compound correction '" + name
          + "'; it has " + compounds.keySet());
    }
    return c;
  }
}

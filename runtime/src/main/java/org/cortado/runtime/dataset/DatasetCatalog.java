package org.cortado.runtime.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.cortado.rootio.RootFile;
import org.cortado.runtime.output.AtomicFiles;

/**
 * An ordered set of datasets as read from, or written to, a PocketCoffea-style dataset JSON.
 *
 * <pre>{@code
 * DatasetCatalog all = DatasetCatalog.read(Path.of("datasets.json"));
 * List<Dataset> dy2018 = all.filter(Set.of("DYJetsToLL"), Set.of("2018")).datasets();
 * }</pre>
 *
 * <p>Relative file paths are resolved against the folder of the JSON file, so a dataset file can
 * travel with its inputs. Files may also be listed as {@code file:} URIs and as {@code http://} or
 * {@code https://} URLs, which are read with range requests (sites serve XRootD data over HTTPS), and
 * as Hadoop file system URLs ({@code hdfs://}, {@code s3a://}, ...), which a run under Spark reads;
 * other schemes ({@code root://}) are refused.
 */
public final class DatasetCatalog {
  private static final Set<String> KNOWN_KEYS = Set.of("sample", "year", "isMC", "xsec", "era",
      "sum_genweights", "nevents", "isSkim");
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final List<Dataset> datasets;

  private DatasetCatalog(List<Dataset> datasets) {
    this.datasets = List.copyOf(datasets);
  }

  /** A catalogue of these datasets, in this order. */
  public static DatasetCatalog of(List<Dataset> datasets) {
    return new DatasetCatalog(datasets);
  }

  /**
   * Reads a dataset JSON.
   *
   * @throws DatasetFormatException naming the file and dataset for malformed JSON, a missing
   *     {@code sample}, {@code year}, {@code isMC} or (simulation) {@code xsec}, unparsable numbers
   *     and file URLs of a scheme other than {@code file}, {@code http}, {@code https} and the Hadoop ones
   */
  public static DatasetCatalog read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (CharacterCodingException e) {
      throw new DatasetFormatException(file, "not UTF-8 text", e);
    } catch (JsonProcessingException e) {
      throw new DatasetFormatException(file, "not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()), e);
    }
    if (root == null || !root.isObject()) {
      throw new DatasetFormatException(file, null,
          "expected a JSON object {dataset: {metadata: {...}, files: [...]}}");
    }
    Path base = file.toAbsolutePath().getParent();
    List<Dataset> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.add(parseDataset(file, base, e.getKey(), e.getValue()));
    }
    return new DatasetCatalog(out);
  }

  private static Dataset parseDataset(Path file, Path base, String name, JsonNode node) {
    if (!node.isObject()) {
      throw new DatasetFormatException(file, name, "expected an object with 'metadata' and 'files'");
    }
    JsonNode meta = node.get("metadata");
    if (meta == null || !meta.isObject()) {
      throw new DatasetFormatException(file, name, "missing 'metadata' object");
    }
    JsonNode files = node.get("files");
    if (files == null || !files.isArray()) {
      throw new DatasetFormatException(file, name, "missing 'files' list");
    }
    List<URI> sources = new ArrayList<>();
    for (JsonNode f : files) {
      if (!f.isTextual()) {
        throw new DatasetFormatException(file, name, "'files' must hold strings, found " + f);
      }
      String s = f.asText();
      sources.add(RootFile.hasScheme(s) ? listedUri(file, name, s) : Dataset.source(localPath(file, name, base, s)));
    }
    boolean isMC = parseBoolean(file, name, meta, "isMC", true, false);
    String sample = text(file, name, meta, "sample", true);
    String year = text(file, name, meta, "year", true);
    OptionalDouble xsec = number(file, name, meta, "xsec");
    if (isMC && xsec.isEmpty()) {
      throw new DatasetFormatException(file, name, "simulation (isMC true) needs 'xsec' in picobarns");
    }
    if (xsec.isPresent() && !(xsec.getAsDouble() >= 0 && xsec.getAsDouble() < Double.POSITIVE_INFINITY)) {
      throw new DatasetFormatException(file, name, "metadata 'xsec' must be a finite cross-section "
          + ">= 0 in picobarns, found " + xsec.getAsDouble());
    }
    String era = meta.has("era") ? text(file, name, meta, "era", false) : "";
    OptionalDouble sum = number(file, name, meta, "sum_genweights");
    if (sum.isPresent() && !Double.isFinite(sum.getAsDouble())) {
      throw new DatasetFormatException(file, name, "metadata 'sum_genweights' must be finite, found "
          + sum.getAsDouble());
    }
    OptionalLong events = count(file, name, meta, "nevents");
    boolean isSkim = parseBoolean(file, name, meta, "isSkim", false, false);
    Map<String, String> extra = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = meta.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!KNOWN_KEYS.contains(e.getKey())) {
        extra.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
      }
    }
    return Dataset.ofSources(name, new DatasetMetadata(sample, year, isMC, xsec, era, sum, events, isSkim,
        extra), sources);
  }

  private static String text(Path file, String dataset, JsonNode meta, String key, boolean required) {
    JsonNode v = meta.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        throw new DatasetFormatException(file, dataset, "metadata has no '" + key + "'");
      }
      return "";
    }
    if (!v.isValueNode() || v.asText().isBlank()) {
      throw new DatasetFormatException(file, dataset, "metadata '" + key + "' must be a non-blank "
          + "string, found " + v);
    }
    return v.asText();
  }

  /** A listed file, resolved against the folder of the dataset file. */
  private static Path localPath(Path file, String dataset, Path base, String listed) {
    try {
      Path path = base.resolve(listed).normalize();
      if (listed.isBlank() || path.getFileName() == null || path.equals(base)) {
        throw new DatasetFormatException(file, dataset, "'files' lists '" + listed
            + "', which names no file");
      }
      return path;
    } catch (InvalidPathException e) {
      throw new DatasetFormatException(file, dataset, "'files' lists '" + listed
          + "', which is not a valid path: " + e.getReason());
    }
  }

  /** A listed URL: a remote file to read over HTTP(S), or a local file given as a {@code file:} URI. */
  private static URI listedUri(Path file, String dataset, String listed) {
    URI uri;
    try {
      uri = new URI(listed);
    } catch (URISyntaxException e) {
      throw new DatasetFormatException(file, dataset, "'files' lists '" + listed + "', which is not a valid URL: "
          + e.getReason());
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    switch (scheme) {
      case "http", "https" -> {
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().isEmpty()) {
          throw new DatasetFormatException(file, dataset, "'files' lists '" + listed + "', which names no host"
              + " or no file");
        }
        return uri;
      }
      case "file" -> {
        try {
          return Path.of(uri).normalize().toUri();
        } catch (IllegalArgumentException e) {
          throw new DatasetFormatException(file, dataset, "'files' lists '" + listed + "', which is not an"
              + " absolute file: URI (" + e.getMessage() + ")");
        }
      }
      // Hadoop file systems, read by the Spark module's source provider where the run has it.
      case "hdfs", "s3a", "abfs", "abfss", "gs", "viewfs" -> {
        return uri;
      }
      default -> throw new DatasetFormatException(file, dataset, "remote file '" + listed + "' is not supported:"
          + " list it as an https:// URL (sites serve XRootD data over HTTPS too), a Hadoop file system URL"
          + " (hdfs://, s3a://, ... under Spark) or a local path");
    }
  }

  /** A whole number of at least 0, written as a JSON number or a string. */
  private static OptionalLong count(Path file, String dataset, JsonNode meta, String key) {
    OptionalDouble v = number(file, dataset, meta, key);
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    double d = v.getAsDouble();
    if (!(d >= 0 && d < 0x1p63 && d == Math.rint(d))) {
      throw new DatasetFormatException(file, dataset, "metadata '" + key + "' must be a whole "
          + "number >= 0, found " + meta.get(key));
    }
    return OptionalLong.of((long) d);
  }

  /** PocketCoffea writes booleans as "True"/"False"; JSON booleans and "true"/"false" work too. */
  private static boolean parseBoolean(Path file, String dataset, JsonNode meta, String key,
      boolean required, boolean absent) {
    JsonNode v = meta.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        throw new DatasetFormatException(file, dataset, "metadata has no '" + key + "'");
      }
      return absent;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    switch (v.asText().trim().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new DatasetFormatException(file, dataset, "metadata '" + key + "' must be true or false, found "
            + v);
    }
  }

  private static OptionalDouble number(Path file, String dataset, JsonNode meta, String key) {
    JsonNode v = meta.get(key);
    if (v == null || v.isNull()) {
      return OptionalDouble.empty();
    }
    if (v.isNumber()) {
      return OptionalDouble.of(v.doubleValue());
    }
    try {
      return OptionalDouble.of(Double.parseDouble(v.asText().trim()));
    } catch (NumberFormatException e) {
      throw new DatasetFormatException(file, dataset, "metadata '" + key + "' is not a number: " + v);
    }
  }

  /** The datasets, in file order. */
  public List<Dataset> datasets() {
    return datasets;
  }

  /** The datasets whose sample and year are listed; an empty collection accepts all. */
  public DatasetCatalog filter(Collection<String> samples, Collection<String> years) {
    List<Dataset> kept = new ArrayList<>();
    for (Dataset d : datasets) {
      if ((samples.isEmpty() || samples.contains(d.sample()))
          && (years.isEmpty() || years.contains(d.metadata().year()))) {
        kept.add(d);
      }
    }
    return new DatasetCatalog(kept);
  }

  /** A copy with {@code dataset} added, or replacing the one of the same name in place. */
  public DatasetCatalog with(Dataset dataset) {
    List<Dataset> out = new ArrayList<>(datasets);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).name().equals(dataset.name())) {
        out.set(i, dataset);
        return new DatasetCatalog(out);
      }
    }
    out.add(dataset);
    return new DatasetCatalog(out);
  }

  /** The JSON text, with metadata values as strings the way PocketCoffea writes them. */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    for (Dataset d : datasets) {
      DatasetMetadata m = d.metadata();
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("sample", m.sample());
      meta.put("year", m.year());
      meta.put("isMC", m.isMC() ? "True" : "False");
      m.xsec().ifPresent(x -> meta.put("xsec", Double.toString(x)));
      if (!m.era().isEmpty()) {
        meta.put("era", m.era());
      }
      m.nevents().ifPresent(n -> meta.put("nevents", Long.toString(n)));
      m.sumGenweights().ifPresent(s -> meta.put("sum_genweights", Double.toString(s)));
      if (m.isSkim()) {
        meta.put("isSkim", "True");
      }
      meta.putAll(m.extra());
      List<String> files = new ArrayList<>();
      d.sources().forEach(u -> files.add(Dataset.listed(u)));
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("metadata", meta);
      entry.put("files", files);
      root.put(d.name(), entry);
    }
    try {
      return JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise datasets", e);
    }
  }

  /** Writes {@link #toJson()} to {@code file} atomically. */
  public void write(Path file) throws IOException {
    AtomicFiles.writeString(file, toJson());
  }
}

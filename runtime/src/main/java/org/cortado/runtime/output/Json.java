package org.cortado.runtime.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one JSON configuration of the output files: indented, in insertion order. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /**
   * Streams {@code tree} to {@code file}: the histograms of a large analysis run to hundreds of MB
   * of JSON, which must not be built as one string first.
   */
  static void write(Path file, Object tree) throws IOException {
    AtomicFiles.writeStream(file, raw -> {
      OutputStream out = new BufferedOutputStream(raw, 1 << 16);
      MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, tree);
      out.write('\n');
      out.flush();
    });
  }

  static JsonNode read(Path file) throws IOException {
    try {
      return MAPPER.readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}

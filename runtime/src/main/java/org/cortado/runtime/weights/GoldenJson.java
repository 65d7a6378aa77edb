package org.cortado.runtime.weights;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.cortado.params.Params;
import org.cortado.runtime.lumi.LumiMask;

/**
 * The certified-luminosity mask per period, PocketCoffea's {@code goldenJson} skim cut: the file is
 * the parameter {@code lumi.goldenJSON.<year>} (a {@code ${datacert:...}} reference resolved
 * against {@code -Dcortado.datacert.root}, or a plain path). Thread-safe; each period's file is read
 * once.
 */
public final class GoldenJson {
  private final PerYear<LumiMask> masks;

  public GoldenJson(Params params) {
    this.masks = new PerYear<>("the golden JSON", year -> {
      try {
        return LumiMask.load(params.getPath("lumi.goldenJSON." + year));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the golden JSON of " + year, e);
      }
    });
  }

  /** The mask of {@code year}; {@link LumiMask} is immutable and may be shared. */
  public LumiMask forYear(String year) {
    return masks.get(year);
  }
}

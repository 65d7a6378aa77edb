package org.cortado.processor.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The calibrators the processor knows: every {@link CalibratorExtension} on its class path. */
public final class CalibratorRegistry {
  private final Map<String, CalibratorExtension> byName = new TreeMap<>();

  private CalibratorRegistry(Iterable<CalibratorExtension> extensions) {
    for (CalibratorExtension e : extensions) {
      byName.putIfAbsent(e.name(), e);
    }
  }

  /** Those {@link ServiceLoader} finds next to the processor. */
  public static CalibratorRegistry load() {
    return new CalibratorRegistry(ServiceLoader.load(CalibratorExtension.class,
        CalibratorRegistry.class.getClassLoader()));
  }

  /** The calibrator named {@code name}. */
  public Optional<CalibratorExtension> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Every name, sorted. */
  public List<String> names() {
    return new ArrayList<>(byName.keySet());
  }
}

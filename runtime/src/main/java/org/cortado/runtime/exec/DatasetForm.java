package org.cortado.runtime.exec;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;

/**
 * A {@link Dataset} as plain serialisable values (its metadata holds {@code Optional}s, which do
 * not serialise; its files are kept as URI strings): for work items sent to other machines, which
 * leave the file list out, and for the raw results {@code cortado merge} reads.
 */
record DatasetForm(String name, String sample, String year, boolean isMC, Double xsec, String era,
    Double sumGenweights, Long nevents, boolean isSkim, TreeMap<String, String> extra,
    ArrayList<String> files) implements Serializable {

  static DatasetForm of(Dataset d, boolean withFiles) {
    DatasetMetadata m = d.metadata();
    ArrayList<String> files = new ArrayList<>();
    if (withFiles) {
      d.sources().forEach(f -> files.add(f.toString()));
    }
    return new DatasetForm(d.name(), m.sample(), m.year(), m.isMC(),
        m.xsec().isPresent() ? m.xsec().getAsDouble() : null, m.era(),
        m.sumGenweights().isPresent() ? m.sumGenweights().getAsDouble() : null,
        m.nevents().isPresent() ? m.nevents().getAsLong() : null, m.isSkim(),
        new TreeMap<>(m.extra()), files);
  }

  Dataset dataset() {
    DatasetMetadata m = new DatasetMetadata(sample, year, isMC,
        xsec == null ? OptionalDouble.empty() : OptionalDouble.of(xsec), era,
        sumGenweights == null ? OptionalDouble.empty() : OptionalDouble.of(sumGenweights),
        nevents == null ? OptionalLong.empty() : OptionalLong.of(nevents), isSkim,
        extra == null ? Map.of() : extra);
    List<URI> sources = new ArrayList<>();
    files.forEach(f -> sources.add(URI.create(f)));
    return Dataset.ofSources(name, m, sources);
  }
}

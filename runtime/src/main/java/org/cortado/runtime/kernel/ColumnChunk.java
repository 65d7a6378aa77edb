package org.cortado.runtime.kernel;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The columns of a range of entries, as primitive arrays: one array per branch (per-object
 * branches flattened) and, per counter branch such as {@code nMuon}, an offsets array of length
 * {@code size() + 1} so that the objects of event {@code e} are {@code [offsets[e], offsets[e+1])}.
 * Arrays may be longer than needed, so readers can reuse buffers.
 */
public final class ColumnChunk {
  private final int size;
  private final String sample;
  private final boolean mc;
  private final String year;
  private final String era;
  private final double xsec;
  private final Map<String, Object> columns;
  private final Map<String, int[]> offsets;

  private ColumnChunk(Builder b) {
    this.size = b.size;
    this.sample = b.sample;
    this.mc = b.mc;
    this.year = b.year;
    this.era = b.era;
    this.xsec = b.xsec;
    this.columns = Collections.unmodifiableMap(new TreeMap<>(b.columns));
    this.offsets = Collections.unmodifiableMap(new TreeMap<>(b.offsets));
  }

  /** A builder for a chunk of {@code size} entries. */
  public static Builder builder(int size) {
    return new Builder(size);
  }

  /** Number of entries (events). */
  public int size() {
    return size;
  }

  /** Sample name, for {@code samples = ...} restrictions. */
  public String sample() {
    return sample;
  }

  /** Whether the events are simulated (weights apply) or data. */
  public boolean isMC() {
    return mc;
  }

  /**
   * The data-taking period of the events, as the parameter keys ({@code "2018"},
   * {@code "2022_preEE"}; PocketCoffea's dataset metadata {@code year}), or empty if unknown.
   * Standard weights and the golden-JSON mask use it to pick their per-period parameters.
   */
  public String year() {
    return year;
  }

  /**
   * The run era of collision data within its period ({@code "A"} ... {@code "D"} in 2018; dataset
   * metadata {@code era}), or empty for simulation and when unknown. Data jet energy corrections
   * depend on it.
   */
  public String era() {
    return era;
  }

  /**
   * The cross-section of the simulated sample in pb (dataset metadata {@code xsec}), or NaN if
   * unknown. The standard weight {@code XS} reads it.
   */
  public double xsec() {
    return xsec;
  }

  /** Whether the chunk holds a column with this branch name. */
  public boolean has(String branch) {
    return columns.containsKey(branch);
  }

  /** A {@code float} branch. */
  public float[] floats(String branch) {
    return get(branch, float[].class);
  }

  /** An {@code int} branch. */
  public int[] ints(String branch) {
    return get(branch, int[].class);
  }

  /** A {@code long} branch. */
  public long[] longs(String branch) {
    return get(branch, long[].class);
  }

  /** A {@code double} branch. */
  public double[] doubles(String branch) {
    return get(branch, double[].class);
  }

  /** A {@code short} branch. */
  public short[] shorts(String branch) {
    return get(branch, short[].class);
  }

  /** A {@code byte} branch. */
  public byte[] bytes(String branch) {
    return get(branch, byte[].class);
  }

  /** A {@code boolean} branch. */
  public boolean[] booleans(String branch) {
    return get(branch, boolean[].class);
  }

  /** Offsets of the collection counted by {@code counter} (for example {@code "nMuon"}). */
  public int[] offsets(String counter) {
    int[] o = offsets.get(counter);
    if (o == null) {
      throw new IllegalArgumentException("chunk has no offsets for counter '" + counter + "'");
    }
    return o;
  }

  private <T> T get(String branch, Class<T> type) {
    Object o = columns.get(branch);
    if (o == null) {
      throw new IllegalArgumentException("chunk has no branch '" + branch + "'");
    }
    if (!type.isInstance(o)) {
      throw new IllegalArgumentException("branch '" + branch + "' is a "
          + o.getClass().getSimpleName() + ", not a " + type.getSimpleName());
    }
    return type.cast(o);
  }

  /** Collects the columns of a chunk. */
  public static final class Builder {
    private final int size;
    private String sample = "";
    private boolean mc = true;
    private String year = "";
    private String era = "";
    private double xsec = Double.NaN;
    private final Map<String, Object> columns = new TreeMap<>();
    private final Map<String, int[]> offsets = new TreeMap<>();

    private Builder(int size) {
      if (size < 0) {
        throw new IllegalArgumentException("size must be >= 0");
      }
      this.size = size;
    }

    /** Sets the sample name. */
    public Builder sample(String name) {
      this.sample = Objects.requireNonNull(name);
      return this;
    }

    /** Sets whether the chunk is simulation (default true). */
    public Builder mc(boolean isMC) {
      this.mc = isMC;
      return this;
    }

    /** Sets the data-taking period (default empty). */
    public Builder year(String period) {
      this.year = Objects.requireNonNull(period);
      return this;
    }

    /** Sets the run era of collision data (default empty). */
    public Builder era(String dataEra) {
      this.era = Objects.requireNonNull(dataEra);
      return this;
    }

    /** Sets the cross-section in pb (default NaN: unknown). */
    public Builder xsec(double picobarns) {
      this.xsec = picobarns;
      return this;
    }

    /** Adds a {@code float} branch. */
    public Builder floats(String branch, float[] values) {
      return put(branch, values);
    }

    /** Adds an {@code int} branch. */
    public Builder ints(String branch, int[] values) {
      return put(branch, values);
    }

    /** Adds a {@code long} branch. */
    public Builder longs(String branch, long[] values) {
      return put(branch, values);
    }

    /** Adds a {@code double} branch. */
    public Builder doubles(String branch, double[] values) {
      return put(branch, values);
    }

    /** Adds a {@code short} branch. */
    public Builder shorts(String branch, short[] values) {
      return put(branch, values);
    }

    /** Adds a {@code byte} branch. */
    public Builder bytes(String branch, byte[] values) {
      return put(branch, values);
    }

    /** Adds a {@code boolean} branch. */
    public Builder booleans(String branch, boolean[] values) {
      return put(branch, values);
    }

    /** Adds the offsets (length at least {@code size + 1}) of the collection {@code counter}. */
    public Builder offsets(String counter, int[] values) {
      if (values.length < size + 1) {
        throw new IllegalArgumentException("offsets of '" + counter + "' need " + (size + 1)
            + " entries, got " + values.length);
      }
      offsets.put(counter, values);
      return this;
    }

    /** Adds the counter branch {@code counter} and the offsets computed from its counts. */
    public Builder counts(String counter, int[] counts) {
      int[] o = new int[size + 1];
      for (int e = 0; e < size; e++) {
        o[e + 1] = o[e] + counts[e];
      }
      put(counter, counts);
      return offsets(counter, o);
    }

    private Builder put(String branch, Object values) {
      columns.put(Objects.requireNonNull(branch), Objects.requireNonNull(values));
      return this;
    }

    /** The chunk. */
    public ColumnChunk build() {
      return new ColumnChunk(this);
    }
  }
}

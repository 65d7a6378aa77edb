package org.cortado.runtime.datacard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cortado.params.ParamNode;
import org.cortado.params.ParamType;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;

/**
 * What to put in the cards, from a YAML file (every key optional; absent ones are worked out from
 * the run, see {@link DatacardBuilder}):
 *
 * <pre>{@code
 * histogram: mll                    # the fitted distribution
 * categories: [baseline]            # default: every category of the histogram
 * years: ['2018']                   # default: every period of the run
 * bin_prefix: zmumu                 # the card's bin is [prefix_]category[_suffix]
 * bin_suffix: '2018'                # default: the years joined by '_'
 * rebin: [60, 80, 85, 90, 95, 100, 120]   # new edges, each one an old edge; or an integer factor
 * mcstat: {threshold: 0, include_signal: 0, hist_mode: 1}   # or true (these values) or false
 * processes:                        # default: one per simulated sample, named after it
 *   DY: {samples: [DYJetsToLL], signal: true}
 *   TT: {samples: [TTTo2L2Nu], rate_param: true, years: ['2018']}
 * data: [DATA_SingleMuon]           # summed into data_obs; default: every collision-data sample
 * systematics:                      # default: every Up/Down pair of the run, as shapes on every process
 *   lumi: {type: lnN, value: 1.025}                          # every process
 *   tt_xsec: {type: lnN, value: [0.95, 1.05], processes: [TT]}
 *   pileup: {type: shape}                                    # variations pileupUp, pileupDown
 *   JES: {type: shape, variation: AK4PFchs_JES_Total, processes: [DY]}
 *   lumi_2018: {type: lnN, processes: {DY: 1.02, TT: 1.03}, years: ['2018']}
 * }</pre>
 */
record DatacardConfig(String histogram, List<String> categories, List<String> years,
    String binPrefix, String binSuffix, Rebin rebin, McStats mcStats,
    List<ProcessSpec> processes, List<String> data, List<SystematicSpec> systematics) {

  /** {@code autoMCStats} arguments as the YAML wrote them. */
  record McStats(String threshold, String includeSignal, String histMode) {
    static final McStats DEFAULT = new McStats("0", "0", "1");
  }

  /** A process of the card: samples summed, one column per period. */
  record ProcessSpec(String name, List<String> samples, boolean signal, boolean rateParam,
      List<String> years, String where) {}

  /**
   * A nuisance: its type, the histogram variation it reads ({@code <variation>Up/Down}) for
   * shapes, and its value per process ({@code "*"} for every process).
   */
  record SystematicSpec(String name, String type, String variation, Map<String, String> values,
      List<String> years, String where) {}

  static final Set<String> TYPES = Set.of("shape", "lnN", "lnU");
  private static final Set<String> KEYS = Set.of("histogram", "categories", "years", "bin_prefix",
      "bin_suffix", "rebin", "mcstat", "processes", "data", "systematics");

  /** Nothing chosen: everything from the run, with {@code autoMCStats} on. */
  static DatacardConfig defaults() {
    return new DatacardConfig(null, List.of(), List.of(), null, null, null, McStats.DEFAULT,
        List.of(), null, null);
  }

  /** This configuration with the command line's choices, where it made them, taking precedence. */
  DatacardConfig override(String histogram, List<String> categories, List<String> years) {
    return new DatacardConfig(histogram != null ? histogram : this.histogram,
        categories != null ? categories : this.categories, years != null ? years : this.years,
        binPrefix, binSuffix, rebin, mcStats, processes, data, systematics);
  }

  /**
   * Reads {@code file}.
   *
   * @throws org.cortado.params.ParamsException naming the file, line and key of a value of the
   *     wrong type
   * @throws IllegalArgumentException naming the file and line of an unknown key or a value out of
   *     range
   */
  static DatacardConfig read(Path file) {
    Params p = ParamsLoader.empty().file(file).load();
    only(p, "a datacard configuration", KEYS);
    return new DatacardConfig(
        p.has("histogram") ? p.getString("histogram") : null,
        p.has("categories") ? p.getStringList("categories") : List.of(),
        p.has("years") ? p.getStringList("years") : List.of(),
        p.has("bin_prefix") ? text(p.node("bin_prefix")) : null,
        p.has("bin_suffix") ? text(p.node("bin_suffix")) : null,
        p.has("rebin") ? Rebin.read(p.node("rebin")) : null,
        p.has("mcstat") ? mcStats(p) : McStats.DEFAULT,
        p.has("processes") ? processes(p) : List.of(),
        p.has("data") ? p.getStringList("data") : null,
        p.has("systematics") ? systematics(p) : null);
  }

  private static McStats mcStats(Params p) {
    ParamNode node = p.node("mcstat");
    if (node.type() == ParamType.BOOLEAN) {
      return (Boolean) node.value() ? McStats.DEFAULT : null;
    }
    Params m = p.at("mcstat");
    only(m, "'mcstat'", Set.of("threshold", "include_signal", "hist_mode"));
    return new McStats(
        m.has("threshold") ? number(m.require("threshold", ParamType.FLOAT)) : McStats.DEFAULT.threshold(),
        m.has("include_signal") ? number(m.require("include_signal", ParamType.INT)) : McStats.DEFAULT.includeSignal(),
        m.has("hist_mode") ? number(m.require("hist_mode", ParamType.INT)) : McStats.DEFAULT.histMode());
  }

  private static List<ProcessSpec> processes(Params p) {
    List<ProcessSpec> out = new ArrayList<>();
    for (String name : p.keys("processes")) {
      Params q = p.at("processes." + name);
      only(q, "'processes." + name + "'", Set.of("samples", "signal", "rate_param", "years"));
      out.add(new ProcessSpec(name, q.getStringList("samples"),
          q.has("signal") && q.getBoolean("signal"), q.has("rate_param") && q.getBoolean("rate_param"),
          q.has("years") ? q.getStringList("years") : List.of(),
          p.node("processes." + name).source().toString()));
    }
    return out;
  }

  private static List<SystematicSpec> systematics(Params p) {
    List<SystematicSpec> out = new ArrayList<>();
    for (String name : p.keys("systematics")) {
      String path = "systematics." + name;
      Params s = p.at(path);
      String where = p.node(path).source().toString();
      only(s, "'" + path + "'", Set.of("type", "value", "processes", "years", "variation"));
      String type = s.getString("type");
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException(s.node("type").source() + ": systematic '" + name
            + "' has type '" + type + "'; choose from " + new TreeSet<>(TYPES));
      }
      Map<String, String> values = new LinkedHashMap<>();
      boolean perProcess = s.has("processes") && s.node("processes").type() == ParamType.MAP;
      if (perProcess) {
        if (s.has("value")) {
          throw new IllegalArgumentException(s.node("value").source() + ": systematic '" + name
              + "' gives values per process, so it takes no 'value' as well");
        }
        for (String process : s.keys("processes")) {
          values.put(process, value(s.node("processes." + process), name));
        }
      } else {
        String value;
        if (s.has("value")) {
          value = value(s.node("value"), name);
        } else if (type.equals("shape")) {
          value = "1.0";
        } else {
          throw new IllegalArgumentException(where + ": " + type + " systematic '" + name
              + "' needs a 'value' (e.g. 1.025) or values per process");
        }
        for (String process : s.has("processes") ? s.getStringList("processes") : List.of("*")) {
          values.put(process, value);
        }
      }
      out.add(new SystematicSpec(name, type, s.has("variation") ? s.getString("variation") : name,
          values, s.has("years") ? s.getStringList("years") : List.of(), where));
    }
    return out;
  }

  /** A systematic's value: a positive number, or two of them (down/up) for an asymmetric lnN. */
  private static String value(ParamNode node, String systematic) {
    if (node instanceof ParamNode.ListNode list) {
      if (list.items().size() != 2) {
        throw new IllegalArgumentException(node.source() + ": systematic '" + systematic
            + "' has " + list.items().size() + " values; an asymmetric one has two, down and up");
      }
      return value(list.items().get(0), systematic) + "/" + value(list.items().get(1), systematic);
    }
    if (!ParamType.FLOAT.accepts(node.type()) || !(((Number) node.value()).doubleValue() > 0)) {
      throw new IllegalArgumentException(node.source() + ": systematic '" + systematic
          + "' has value '" + node.value() + "'; it must be a positive number");
    }
    return PyFormat.repr(((Number) node.value()).doubleValue());
  }

  /** A YAML number as Python prints it: integers as integers, floats by their repr. */
  private static String number(ParamNode node) {
    Object v = node.value();
    return v instanceof Double d ? PyFormat.repr(d) : String.valueOf(v);
  }

  /** A scalar as text, so that {@code bin_suffix: 2018} works unquoted. */
  private static String text(ParamNode node) {
    if (!(node instanceof ParamNode.ScalarNode)) {
      throw new IllegalArgumentException(node.source() + ": expected a name, found a " + node.type());
    }
    return String.valueOf(node.value());
  }

  /** Refuses a key of {@code p}'s map, {@code what}, other than {@code keys}, naming its line. */
  private static void only(Params p, String what, Set<String> keys) {
    for (String key : p.root().entries().keySet()) {
      if (!keys.contains(key)) {
        throw new IllegalArgumentException(p.node(key).source() + ": unknown key '" + key + "' in "
            + what + "; it takes " + new TreeSet<>(keys));
      }
    }
  }
}

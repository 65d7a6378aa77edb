package org.cortado.runtime.generate;

/** What a generated file looks like: simulated Drell-Yan, simulated top pairs, or collision data. */
public enum Sample {
  DY, TTBAR, DATA;

  public boolean isMC() {
    return this != DATA;
  }
}

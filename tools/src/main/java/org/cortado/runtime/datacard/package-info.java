/**
 * CMS {@code combine} datacards from a run's outputs, as PocketCoffea's {@code Datacard} writes them
 * ({@code pocket_coffea/utils/stat/combine.py}): per category, a text card with the processes,
 * their rates, the shape and lnN systematics, rate parameters and {@code autoMCStats}, beside a
 * ROOT file of the nominal and varied shapes ({@code <process>_<year>_nominal},
 * {@code <process>_<year>_<systematic>Up/Down}, {@code data_obs_nominal}). Numbers are printed
 * as Python prints them, so that cards can be compared with PocketCoffea's token by token.
 */
package org.cortado.runtime.datacard;

/**
 * Analysis parameters: PocketCoffea's default YAML files (luminosity, event flags, pileup, b-tag
 * working points, lepton and jet scale-factor files, jet calibration, plotting style) shipped as
 * resources, and the loader that overlays user YAML files on them, resolves OmegaConf-style
 * {@code ${...}} interpolations and gives typed access by dotted path. Every value keeps the file
 * and line it was written at, so both run-time errors and the annotation processor's compile-time
 * parameter checks can point at the YAML line to fix; correction-file paths stay unresolved until
 * asked for, so parameters load on machines without CVMFS. The module depends only on SnakeYAML
 * and is used by the runtime and the processor, never the other way round.
 */
package org.cortado.params;

/**
 * Publication-style plots of a run's histograms, drawn headless with JFreeChart: simulated samples
 * stacked, collision data as points with statistical error bars, and a data/simulation ratio panel
 * with the simulation's statistical uncertainty as a band, labelled the way CMS figures are. Written
 * as PNG and SVG.
 */
package org.cortado.runtime.plot;

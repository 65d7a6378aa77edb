package org.cortado.runtime.plot;

import java.util.List;

/**
 * What one figure shows: simulated samples to stack (in drawing order, bottom first), the data
 * sample if any, the systematic uncertainty of the stack (empty when there are no variations),
 * the x-axis label, the CMS labels, and the style from the {@code plotting_style} parameters.
 */
public record PlotRequest(String variable, String xLabel, List<SampleHistogram> simulation, SampleHistogram data,
    SystematicBand systematics, String experimentLabel, String lumiLabel, boolean logY,
    PlotStyle style) {}

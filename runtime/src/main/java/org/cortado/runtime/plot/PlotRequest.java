package org.cortado.runtime.plot;

import java.util.List;

/**
 * What one figure shows: simulated samples to stack (in drawing order, bottom first), the data
 * sample if any, the systematic uncertainty of the stack (empty when there are no variations),
 * the x-axis label, and the CMS labels.
 */
public record PlotRequest(String variable, String xLabel, List<SampleHistogram> simulation, SampleHistogram data,
    SystematicBand systematics, String experimentLabel, String lumiLabel, boolean logY) {}

package org.cortado.runtime.plot;

import java.util.List;

/**
 * What one figure shows: simulated samples to stack (in drawing order, bottom first), the data
 * sample if any, the x-axis label, and the CMS labels.
 */
public record PlotRequest(String variable, String xLabel, List<SampleHistogram> simulation, SampleHistogram data,
    String experimentLabel, String lumiLabel, boolean logY) {}

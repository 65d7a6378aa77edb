package org.cortado.rootio.write;

/**
 * Serializes {@link HistogramData} as TH1D v3 or TH2D v4 (over TH2 v5, TH1 v8 and TAxis v10), the
 * member layout uproot's models read and ROOT's built-in dictionaries stream. The global statistics
 * (sum of weights, of w*x, ...) are computed from bin centres over the in-range bins, as ROOT does
 * when it resets a histogram's statistics.
 */
final class HistogramSerializer {
  private HistogramSerializer() {}

  static byte[] serialize(String name, HistogramData h) {
    Out out = new Out(1024 + 16 * h.sumw().length);
    int nx = h.x().bins();
    int ny = h.is2D() ? h.y().bins() : 0;
    double sw = 0;
    double sw2 = 0;
    double swx = 0;
    double swx2 = 0;
    double swy = 0;
    double swy2 = 0;
    double swxy = 0;
    for (int iy = h.is2D() ? 1 : 0; iy <= (h.is2D() ? ny : 0); iy++) {
      double yc = h.is2D() ? h.y().center(iy) : 0;
      for (int ix = 1; ix <= nx; ix++) {
        int cell = ix + (nx + 2) * iy;
        double w = h.sumw()[cell];
        double xc = h.x().center(ix);
        sw += w;
        sw2 += h.sumw2()[cell];
        swx += w * xc;
        swx2 += w * xc * xc;
        swy += w * yc;
        swy2 += w * yc * yc;
        swxy += w * xc * yc;
      }
    }
    int outer = out.begin(h.is2D() ? 4 : 3);
    int th2 = h.is2D() ? out.begin(5) : -1;
    int th1 = out.begin(8);
    Records.tnamed(out, name, h.title(), 0x8);
    int line = out.begin(2);
    out.i2(602).i2(1).i2(1);
    out.end(line);
    int fill = out.begin(2);
    out.i2(0).i2(1001);
    out.end(fill);
    int marker = out.begin(2);
    out.i2(1).i2(1).f4(1.0f);
    out.end(marker);
    out.i4(h.sumw().length);
    axis(out, "xaxis", h.x());
    axis(out, "yaxis", h.is2D() ? h.y() : HistogramData.Axis.regular("", 1, 0, 1));
    axis(out, "zaxis", HistogramData.Axis.regular("", 1, 0, 1));
    out.i2(0).i2(1000);
    out.f8(h.entries()).f8(sw).f8(sw2).f8(swx).f8(swx2);
    out.f8(-1111).f8(-1111).f8(0);
    out.i4(0); // fContour
    doubles(out, h.sumw2());
    out.string(""); // fOption
    int functions = out.begin(5);
    Records.tobject(out, 0x00010000);
    out.string("").i4(0);
    out.end(functions);
    out.i4(0).u1(0); // fBufferSize and an empty fBuffer
    out.i4(0).i4(2); // fBinStatErrOpt = kNormal, fStatOverflows = kNeutral
    out.end(th1);
    if (h.is2D()) {
      out.f8(1).f8(swy).f8(swy2).f8(swxy);
      out.end(th2);
    }
    doubles(out, h.sumw());
    out.end(outer);
    return java.util.Arrays.copyOf(out.array(), out.size());
  }

  private static void axis(Out out, String name, HistogramData.Axis a) {
    int axis = out.begin(10);
    Records.tnamed(out, name, a.title(), 0);
    int att = out.begin(4);
    out.i4(510).i2(1).i2(1).i2(42).f4(0.005f).f4(0.035f).f4(0.03f).f4(1.0f).f4(0.035f).i2(1).i2(42);
    out.end(att);
    out.i4(a.bins()).f8(a.low()).f8(a.high());
    doubles(out, a.edges() == null ? new double[0] : a.edges());
    out.i4(0).i4(0).i2(0).u1(0).string("");
    out.i4(0).i4(0); // fLabels, fModLabs
    out.end(axis);
  }

  private static void doubles(Out out, double[] values) {
    out.i4(values.length);
    for (double v : values) {
      out.f8(v);
    }
  }
}

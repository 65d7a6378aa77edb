package org.cortado.example.adl;

/**
 * Four-vector sums of (pt, eta, phi, mass) objects in double precision, written out per component
 * so that nothing is allocated per event: px = pt cos(phi), py = pt sin(phi), pz = pt sinh(eta),
 * E = sqrt(p² + m²).
 */
final class FourVectors {
  private FourVectors() {}

  static double px(double pt, double phi) {
    return pt * Math.cos(phi);
  }

  static double py(double pt, double phi) {
    return pt * Math.sin(phi);
  }

  static double pz(double pt, double eta) {
    return pt * Math.sinh(eta);
  }

  static double energy(double pt, double eta, double phi, double mass) {
    double px = px(pt, phi);
    double py = py(pt, phi);
    double pz = pz(pt, eta);
    return Math.sqrt(px * px + py * py + pz * pz + mass * mass);
  }

  /** The invariant mass of a summed four-vector, 0 when rounding makes it space-like. */
  static double mass(double e, double px, double py, double pz) {
    return Math.sqrt(Math.max(0.0, e * e - (px * px + py * py + pz * pz)));
  }

  /** Azimuthal difference in [-pi, pi). */
  static double deltaPhi(double a, double b) {
    double d = (a - b + Math.PI) % (2 * Math.PI);
    return (d < 0 ? d + 2 * Math.PI : d) - Math.PI;
  }

  static double deltaR(double eta1, double phi1, double eta2, double phi2) {
    double deta = eta1 - eta2;
    double dphi = deltaPhi(phi1, phi2);
    return Math.sqrt(deta * deta + dphi * dphi);
  }
}

package org.cortado.example.zmumu;

/** The four-vector arithmetic the analysis needs, in plain doubles (nothing is allocated per event). */
final class Kinematics {
  private Kinematics() {}

  /** Invariant mass of two objects given as (pt, eta, phi, mass). */
  static double invariantMass(double pt1, double eta1, double phi1, double m1, double pt2, double eta2, double phi2,
      double m2) {
    double px = pt1 * Math.cos(phi1) + pt2 * Math.cos(phi2);
    double py = pt1 * Math.sin(phi1) + pt2 * Math.sin(phi2);
    double pz = pt1 * Math.sinh(eta1) + pt2 * Math.sinh(eta2);
    double e1 = Math.sqrt(square(pt1 * Math.cosh(eta1)) + m1 * m1);
    double e2 = Math.sqrt(square(pt2 * Math.cosh(eta2)) + m2 * m2);
    return Math.sqrt(Math.max(0, square(e1 + e2) - px * px - py * py - pz * pz));
  }

  /** Distance in (eta, phi), with the azimuthal difference folded into [-pi, pi]. */
  static double deltaR(double eta1, double phi1, double eta2, double phi2) {
    double dphi = Math.abs(phi1 - phi2);
    if (dphi > Math.PI) {
      dphi = 2 * Math.PI - dphi;
    }
    return Math.hypot(eta1 - eta2, dphi);
  }

  private static double square(double x) {
    return x * x;
  }
}

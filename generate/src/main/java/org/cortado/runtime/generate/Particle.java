package org.cortado.runtime.generate;

/**
 * A mutable four-momentum with the NanoAOD view of it (pt, eta, phi, mass). Mutable because the
 * generator fills millions of them and reuses its objects from event to event.
 */
final class Particle {
  double px;
  double py;
  double pz;
  double e;
  int pdgId;

  Particle set(double px, double py, double pz, double e) {
    this.px = px;
    this.py = py;
    this.pz = pz;
    this.e = e;
    return this;
  }

  Particle setPtEtaPhiM(double pt, double eta, double phi, double m) {
    double pxv = pt * Math.cos(phi);
    double pyv = pt * Math.sin(phi);
    double pzv = pt * Math.sinh(eta);
    return set(pxv, pyv, pzv, Math.sqrt(pxv * pxv + pyv * pyv + pzv * pzv + m * m));
  }

  Particle copyFrom(Particle o) {
    pdgId = o.pdgId;
    return set(o.px, o.py, o.pz, o.e);
  }

  double pt() {
    return Math.hypot(px, py);
  }

  double eta() {
    double pt = pt();
    if (pt == 0) {
      return pz >= 0 ? 10 : -10;
    }
    return asinh(pz / pt);
  }

  private static double asinh(double x) {
    return Math.log(x + Math.sqrt(x * x + 1));
  }

  double phi() {
    return Math.atan2(py, px);
  }

  double mass() {
    double m2 = e * e - px * px - py * py - pz * pz;
    return m2 > 0 ? Math.sqrt(m2) : 0;
  }

  /**
   * Decays this particle isotropically into {@code a} and {@code b} of the given masses: the
   * momentum is fixed by two-body kinematics in the rest frame, then both are boosted to the lab.
   */
  void decay(Particle a, double ma, Particle b, double mb, java.util.random.RandomGenerator random) {
    double m = mass();
    double p = Math.sqrt(Math.max(0, (m * m - (ma + mb) * (ma + mb)) * (m * m - (ma - mb) * (ma - mb)))) / (2 * m);
    double cos = 2 * random.nextDouble() - 1;
    double sin = Math.sqrt(1 - cos * cos);
    double phi = 2 * Math.PI * random.nextDouble();
    double x = p * sin * Math.cos(phi);
    double y = p * sin * Math.sin(phi);
    double z = p * cos;
    a.set(x, y, z, Math.sqrt(p * p + ma * ma));
    b.set(-x, -y, -z, Math.sqrt(p * p + mb * mb));
    a.boost(this);
    b.boost(this);
  }

  /** Boosts from the rest frame of {@code frame} to the frame in which {@code frame} has its momentum. */
  private void boost(Particle frame) {
    double bx = frame.px / frame.e;
    double by = frame.py / frame.e;
    double bz = frame.pz / frame.e;
    double b2 = bx * bx + by * by + bz * bz;
    if (b2 <= 0) {
      return;
    }
    double gamma = 1 / Math.sqrt(1 - b2);
    double bp = bx * px + by * py + bz * pz;
    double gamma2 = (gamma - 1) / b2;
    px += gamma2 * bp * bx + gamma * bx * e;
    py += gamma2 * bp * by + gamma * by * e;
    pz += gamma2 * bp * bz + gamma * bz * e;
    e = gamma * (e + bp);
  }
}

package org.cortado.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainLabelsTest {
  @Test
  void commonLatexFormsBecomeUnicode() {
    assertEquals("Mₗₗ [GeV]", PlainLabels.of("$M_{ll}$ [GeV]"));
    assertEquals("pT [GeV]", PlainLabels.of("$p_{T}$ [GeV]"));
    assertEquals("pT", PlainLabels.of("$p_T$"));
    assertEquals("η", PlainLabels.of("$\\eta$"));
    assertEquals("φ(μ₁)", PlainLabels.of("$\\phi(\\mu_1)$"));
    assertEquals("M(μμ) [GeV]", PlainLabels.of("$M_{\\mu\\mu}$ [GeV]"));
    assertEquals("ΔR(ℓ, j)", PlainLabels.of("$\\Delta R(\\ell, j)$"));
    assertEquals("59.8 fb⁻¹", PlainLabels.of("59.8 fb$^{-1}$"));
    assertEquals("pTᵐⁱˢˢ [GeV]", PlainLabels.of("$p_{T}^{miss}$ [$\\mathrm{GeV}$]"));
    assertEquals("Z → μμ", PlainLabels.of("$Z \\to \\mu\\mu$"));
    assertEquals("plain label", PlainLabels.of("plain label"));
  }
}

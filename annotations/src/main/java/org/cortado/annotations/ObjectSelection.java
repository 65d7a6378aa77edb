package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Defines a selected object collection, such as PocketCoffea's {@code MuonGood}: a
 * {@code static boolean} method called once per object of {@link #collection}. Its
 * {@link Col} parameters read the current object ({@code "Muon_pt"}) or per-event branches.
 *
 * <pre>{@code
 * // you write
 * @ObjectSelection(name = "MuonGood", collection = "Muon")
 * static boolean muonGood(@Col("Muon_pt") float pt, @Col("Muon_eta") float eta,
 *                         @Col("Muon_tightId") boolean tight) {
 *   return pt > 15 && Math.abs(eta) < 2.4f && tight;
 * }
 *
 * // it generates, after the skim cuts: the indices of the passing muons, in a reused buffer
 * int nMuonGood = 0;
 * for (int i = muonOffsets[e]; i < muonOffsets[e + 1]; i++) {
 *   if (ZMuMu.muonGood(muon_pt[i], muon_eta[i], muon_tightid[i])) muonGood[nMuonGood++] = i;
 * }
 * }</pre>
 *
 * <p>Later methods read {@code "MuonGood_pt"} with {@link Col#pos}, or {@code "nMuonGood"}.
 * {@link #collection} may also name an earlier selection ({@code BJetGood} from {@code JetGood}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ObjectSelection {
  /** Name of the new collection, for example {@code "MuonGood"}. */
  String name();

  /** The NanoAOD collection ({@code "Muon"}) or earlier selection it selects from. */
  String collection();
}

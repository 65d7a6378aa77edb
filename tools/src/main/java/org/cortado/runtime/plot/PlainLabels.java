package org.cortado.runtime.plot;

import java.util.Map;

/**
 * Turns the matplotlib-style LaTeX that analyses copy into axis labels ({@code $M_{ll}$ [GeV]},
 * {@code $p_{T}$}, {@code $\eta$}) into plain Unicode text, since JFreeChart draws strings as they
 * are. Covers the common forms, not TeX: math delimiters go, Greek letters and a few symbols become
 * their characters, and a sub- or superscript becomes Unicode sub- or superscript characters when
 * every character has one ({@code M_{ll}} is {@code Mₗₗ}, {@code fb^{-1}} is {@code fb⁻¹}), and is
 * otherwise written inline ({@code p_{T}} is {@code pT}), in parentheses if longer than one character.
 * Unknown commands lose their backslash.
 */
final class PlainLabels {
  private static final Map<String, String> SYMBOLS = Map.ofEntries(
      Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("Gamma", "Γ"),
      Map.entry("delta", "δ"), Map.entry("Delta", "Δ"), Map.entry("epsilon", "ε"), Map.entry("eta", "η"),
      Map.entry("theta", "θ"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
      Map.entry("nu", "ν"), Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"),
      Map.entry("Sigma", "Σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("Phi", "Φ"),
      Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Omega", "Ω"),
      Map.entry("ell", "ℓ"), Map.entry("pm", "±"), Map.entry("times", "×"), Map.entry("cdot", "·"),
      Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leq", "≤"), Map.entry("geq", "≥"),
      Map.entry("infty", "∞"), Map.entry("sqrt", "√"), Map.entry("langle", "⟨"), Map.entry("rangle", "⟩"));
  private static final String RELATIONS = "±×·→≤≥";
  private static final String NORMAL = "0123456789+-=()aehijklmnoprstuvx";
  private static final String SUBSCRIPT = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
  private static final String SUPER_NORMAL = "0123456789+-=()abcdefghijklmnoprstuvwxyz";
  private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ";

  private PlainLabels() {}

  static String of(String label) {
    StringBuilder out = new StringBuilder();
    String s = label.replace("$", "");
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
        int end = i + 1;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
          end++;
        }
        String name = s.substring(i + 1, end);
        String symbol = SYMBOLS.getOrDefault(name, isFontCommand(name) ? "" : name);
        // TeX swallows the space after a command word ("\Delta R" is ΔR); relations keep theirs.
        out.append(!symbol.isEmpty() && RELATIONS.contains(symbol) ? " " + symbol + " " : symbol);
        i = end < s.length() && s.charAt(end) == ' ' ? end + 1 : end;
      } else if (c == '\\') {
        // "\," "\ " and "\!" are spacing; "\{" an escaped brace
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        out.append(next == ',' || next == ' ' || next == ';' ? " " : next == '!' ? "" : String.valueOf(next));
        i += 2;
      } else if ((c == '_' || c == '^') && i + 1 < s.length()) {
        int end;
        String script;
        if (s.charAt(i + 1) == '{') {
          end = closingBrace(s, i + 1);
          script = of(s.substring(i + 2, end));
          end++;
        } else {
          end = i + 2;
          script = of(s.substring(i + 1, end));
        }
        out.append(script(script, c == '_' ? NORMAL : SUPER_NORMAL, c == '_' ? SUBSCRIPT : SUPERSCRIPT));
        i = end;
      } else if (c == '{' || c == '}') {
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString().replaceAll(" {2,}", " ").strip();
  }

  /** {@code \mathrm{GeV}}, {@code \text{jet}} and the like keep only their argument. */
  private static boolean isFontCommand(String name) {
    return name.startsWith("math") || name.equals("text") || name.equals("textrm") || name.equals("rm")
        || name.equals("bf") || name.equals("it") || name.equals("left") || name.equals("right");
  }

  private static int closingBrace(String s, int open) {
    int depth = 0;
    for (int k = open; k < s.length(); k++) {
      depth += s.charAt(k) == '{' ? 1 : s.charAt(k) == '}' ? -1 : 0;
      if (depth == 0) {
        return k;
      }
    }
    return s.length();
  }

  private static String script(String text, String normal, String shifted) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < text.length(); k++) {
      int at = normal.indexOf(text.charAt(k));
      if (at < 0) {
        return text.length() == 1 ? text : "(" + text + ")";
      }
      out.append(shifted.charAt(at));
    }
    return out.toString();
  }
}

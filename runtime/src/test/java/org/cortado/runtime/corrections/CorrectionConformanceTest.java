package org.cortado.runtime.corrections;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * correctionlib's own test suite, transcribed as a conformance suite (CORRECTIONS.md section 2):
 * the fixtures {@code core.json}, {@code tformula.json}, {@code bad_formulas.txt} and
 * {@code invalid_documents.txt} in {@code src/test/resources/corrections}.
 *
 * <p>Every expected value below was computed by the reference implementation, Python correctionlib
 * 2.9.0, with {@code reference/make_conformance.py} (run from {@code
 * src/test/resources/corrections}: {@code python reference/make_conformance.py}), which also
 * writes the fixtures. {@code fails} marks an evaluation the reference rejects.
 */
class CorrectionConformanceTest {

  @Test
  void coreNodesMatchTheReference() {
    Checker c = new Checker(Fixtures.resource("core.json"));
    c.eval("constant", 1.234);
    c.eval("int_leaf", 1.0);
    c.approx("binned_category_formula", 1.1, 12.0, "blah");
    c.approx("binned_category_formula", 29.947951281441636, 31.0, "blah3");
    c.approx("binned_category_formula", 1.0, 1000.0, "blah");
    c.fails("binned_category_formula", -1.0, "blah"); // RuntimeError: Index below bounds in Binning for input argument 0 value: -1
    c.fails("binned_category_formula", 12.0, "blah3"); // IndexError: Index not available in Category for input argument 1 val: bl
    c.approx("binned_category_formula", 1.3, 20.0, "blah2");
    c.approx("binned_category_formula", 1.0, 40.0, "x");
    c.eval("category_str", 1.2, "blah");
    c.eval("category_str_default", 1.2, "blah");
    c.fails("category_str", "asdf"); // IndexError: Index not available in Category for input argument 0 val: as
    c.eval("category_str_default", 0.1, "asdf");
    c.fails("category_str", ""); // IndexError: Index not available in Category for input argument 0 val: 
    c.eval("category_str_default", 0.1, "");
    c.eval("category_int", 1.2, 0L);
    c.eval("category_int", 1.4, 13L);
    c.eval("category_int", 2.5, -7L);
    c.fails("category_int", 1L); // IndexError: Index not available in Category for input argument 0 val: 1
    c.eval("category_int_default", 0.3, 0.3, 1L, "");
    c.eval("category_int_default", -99.0, 0.3, 2L, "z");
    c.fails("binning_error", -3.0); // RuntimeError: Index below bounds in Binning for input argument 0 value: -3
    c.fails("uniform_error", -3.0); // RuntimeError: Index below bounds in Binning for input argument 0 value: -3
    c.fails("binning_error", -2.9); // RuntimeError: Index below bounds in Binning for input argument 0 value: -2
    c.fails("uniform_error", -2.9); // RuntimeError: Index below bounds in Binning for input argument 0 value: -2
    c.fails("binning_error", -1.0); // RuntimeError: Index below bounds in Binning for input argument 0 value: -1
    c.fails("uniform_error", -1.0); // RuntimeError: Index below bounds in Binning for input argument 0 value: -1
    c.eval("binning_error", 1.0, -0.0);
    c.eval("uniform_error", 1.0, -0.0);
    c.eval("binning_error", 1.0, 0.0);
    c.eval("uniform_error", 1.0, 0.0);
    c.eval("binning_error", 1.0, 0.2);
    c.eval("uniform_error", 1.0, 0.2);
    c.eval("binning_error", 2.0, 1.0);
    c.eval("uniform_error", 1.0, 1.0);
    c.eval("binning_error", 2.0, 1.5);
    c.eval("uniform_error", 2.0, 1.5);
    c.eval("binning_error", 2.0, 2.9);
    c.eval("uniform_error", 2.0, 2.9);
    c.eval("binning_error", 2.0, 2.9999999999999996);
    c.eval("uniform_error", 2.0, 2.9999999999999996);
    c.fails("binning_error", 3.0); // RuntimeError: Index above bounds in Binning for input argument 0 value: 3.
    c.fails("uniform_error", 3.0); // RuntimeError: Index above bounds in Binning for input argument 0 value: 3.
    c.fails("binning_error", 4.6); // RuntimeError: Index above bounds in Binning for input argument 0 value: 4.
    c.fails("uniform_error", 4.6); // RuntimeError: Index above bounds in Binning for input argument 0 value: 4.
    c.fails("binning_error", 6.1); // RuntimeError: Index above bounds in Binning for input argument 0 value: 6.
    c.fails("uniform_error", 6.1); // RuntimeError: Index above bounds in Binning for input argument 0 value: 6.
    c.fails("binning_error", 3000.0); // RuntimeError: Index above bounds in Binning for input argument 0 value: 30
    c.fails("uniform_error", 3000.0); // RuntimeError: Index above bounds in Binning for input argument 0 value: 30
    c.fails("binning_error", Double.POSITIVE_INFINITY); // RuntimeError: Index above bounds in Binning for input argument 0 value: in
    c.fails("uniform_error", Double.POSITIVE_INFINITY); // RuntimeError: Index above bounds in Binning for input argument 0 value: in
    c.fails("binning_error", Double.NEGATIVE_INFINITY); // RuntimeError: Index below bounds in Binning for input argument 0 value: -i
    c.fails("uniform_error", Double.NEGATIVE_INFINITY); // RuntimeError: Index below bounds in Binning for input argument 0 value: -i
    c.fails("binning_error", Double.NaN); // RuntimeError: Index above bounds in Binning for input argument 0 value: na
    c.eval("uniform_error", 1.0, Double.NaN);
    c.eval("binning_clamp", 1.0, -3.0);
    c.eval("uniform_clamp", 1.0, -3.0);
    c.eval("binning_clamp", 1.0, -2.9);
    c.eval("uniform_clamp", 1.0, -2.9);
    c.eval("binning_clamp", 1.0, -1.0);
    c.eval("uniform_clamp", 1.0, -1.0);
    c.eval("binning_clamp", 1.0, -0.0);
    c.eval("uniform_clamp", 1.0, -0.0);
    c.eval("binning_clamp", 1.0, 0.0);
    c.eval("uniform_clamp", 1.0, 0.0);
    c.eval("binning_clamp", 1.0, 0.2);
    c.eval("uniform_clamp", 1.0, 0.2);
    c.eval("binning_clamp", 2.0, 1.0);
    c.eval("uniform_clamp", 1.0, 1.0);
    c.eval("binning_clamp", 2.0, 1.5);
    c.eval("uniform_clamp", 2.0, 1.5);
    c.eval("binning_clamp", 2.0, 2.9);
    c.eval("uniform_clamp", 2.0, 2.9);
    c.eval("binning_clamp", 2.0, 2.9999999999999996);
    c.eval("uniform_clamp", 2.0, 2.9999999999999996);
    c.eval("binning_clamp", 2.0, 3.0);
    c.eval("uniform_clamp", 2.0, 3.0);
    c.eval("binning_clamp", 2.0, 4.6);
    c.eval("uniform_clamp", 2.0, 4.6);
    c.eval("binning_clamp", 2.0, 6.1);
    c.eval("uniform_clamp", 2.0, 6.1);
    c.eval("binning_clamp", 2.0, 3000.0);
    c.eval("uniform_clamp", 2.0, 3000.0);
    c.eval("binning_clamp", 2.0, Double.POSITIVE_INFINITY);
    c.eval("uniform_clamp", 2.0, Double.POSITIVE_INFINITY);
    c.eval("binning_clamp", 1.0, Double.NEGATIVE_INFINITY);
    c.eval("uniform_clamp", 1.0, Double.NEGATIVE_INFINITY);
    c.eval("binning_clamp", 2.0, Double.NaN);
    c.eval("uniform_clamp", 1.0, Double.NaN);
    c.eval("binning_value", 42.0, -3.0);
    c.eval("uniform_value", 42.0, -3.0);
    c.eval("binning_value", 42.0, -2.9);
    c.eval("uniform_value", 42.0, -2.9);
    c.eval("binning_value", 42.0, -1.0);
    c.eval("uniform_value", 42.0, -1.0);
    c.eval("binning_value", 1.0, -0.0);
    c.eval("uniform_value", 1.0, -0.0);
    c.eval("binning_value", 1.0, 0.0);
    c.eval("uniform_value", 1.0, 0.0);
    c.eval("binning_value", 1.0, 0.2);
    c.eval("uniform_value", 1.0, 0.2);
    c.eval("binning_value", 2.0, 1.0);
    c.eval("uniform_value", 1.0, 1.0);
    c.eval("binning_value", 2.0, 1.5);
    c.eval("uniform_value", 2.0, 1.5);
    c.eval("binning_value", 2.0, 2.9);
    c.eval("uniform_value", 2.0, 2.9);
    c.eval("binning_value", 2.0, 2.9999999999999996);
    c.eval("uniform_value", 2.0, 2.9999999999999996);
    c.eval("binning_value", 42.0, 3.0);
    c.eval("uniform_value", 42.0, 3.0);
    c.eval("binning_value", 42.0, 4.6);
    c.eval("uniform_value", 42.0, 4.6);
    c.eval("binning_value", 42.0, 6.1);
    c.eval("uniform_value", 42.0, 6.1);
    c.eval("binning_value", 42.0, 3000.0);
    c.eval("uniform_value", 42.0, 3000.0);
    c.eval("binning_value", 42.0, Double.POSITIVE_INFINITY);
    c.eval("uniform_value", 42.0, Double.POSITIVE_INFINITY);
    c.eval("binning_value", 42.0, Double.NEGATIVE_INFINITY);
    c.eval("uniform_value", 42.0, Double.NEGATIVE_INFINITY);
    c.eval("binning_value", 42.0, Double.NaN);
    c.eval("uniform_value", 1.0, Double.NaN);
    c.eval("binning_wrap", 1.0, -3.0);
    c.eval("uniform_wrap", 1.0, -3.0);
    c.eval("binning_wrap", 1.0, -2.9);
    c.eval("uniform_wrap", 1.0, -2.9);
    c.eval("binning_wrap", 2.0, -1.0);
    c.eval("uniform_wrap", 2.0, -1.0);
    c.eval("binning_wrap", 1.0, -0.0);
    c.eval("uniform_wrap", 1.0, -0.0);
    c.eval("binning_wrap", 1.0, 0.0);
    c.eval("uniform_wrap", 1.0, 0.0);
    c.eval("binning_wrap", 1.0, 0.2);
    c.eval("uniform_wrap", 1.0, 0.2);
    c.eval("binning_wrap", 2.0, 1.0);
    c.eval("uniform_wrap", 1.0, 1.0);
    c.eval("binning_wrap", 2.0, 1.5);
    c.eval("uniform_wrap", 2.0, 1.5);
    c.eval("binning_wrap", 2.0, 2.9);
    c.eval("uniform_wrap", 2.0, 2.9);
    c.eval("binning_wrap", 2.0, 2.9999999999999996);
    c.eval("uniform_wrap", 2.0, 2.9999999999999996);
    c.eval("binning_wrap", 1.0, 3.0);
    c.eval("uniform_wrap", 1.0, 3.0);
    c.eval("binning_wrap", 2.0, 4.6);
    c.eval("uniform_wrap", 2.0, 4.6);
    c.eval("binning_wrap", 1.0, 6.1);
    c.eval("uniform_wrap", 1.0, 6.1);
    c.eval("binning_wrap", 1.0, 3000.0);
    c.eval("uniform_wrap", 1.0, 3000.0);
    c.fails("binning_wrap", Double.POSITIVE_INFINITY); // RuntimeError: I should not have ever seen an overflow
    c.eval("uniform_wrap", 1.0, Double.POSITIVE_INFINITY);
    c.fails("binning_wrap", Double.NEGATIVE_INFINITY); // RuntimeError: I should not have ever seen an overflow
    c.eval("uniform_wrap", 1.0, Double.NEGATIVE_INFINITY);
    c.fails("binning_wrap", Double.NaN); // RuntimeError: I should not have ever seen an overflow
    c.eval("uniform_wrap", 1.0, Double.NaN);
    c.fails("multibinning_error", 0.0, 5.0); // RuntimeError: Index below bounds in MultiBinning for input argument 1 valu
    c.fails("multibinning_error", -1.0, 5.0); // RuntimeError: Index below bounds in MultiBinning for input argument 0 valu
    c.eval("multibinning_error", 0.0, 0.0, 10.0);
    c.eval("multibinning_error", 1.0, 0.0, 20.0);
    c.eval("multibinning_error", 2.0, 0.0, 30.0);
    c.fails("multibinning_error", 0.0, 40.0); // RuntimeError: Index above bounds in MultiBinning for input argument 1 valu
    c.eval("multibinning_error", 3.0, 1.0, 10.0);
    c.eval("multibinning_error", 4.0, 1.0, 20.0);
    c.eval("multibinning_error", 5.0, 1.0, 30.0);
    c.fails("multibinning_error", 2.0, 5.0); // RuntimeError: Index below bounds in MultiBinning for input argument 1 valu
    c.fails("multibinning_error", -1.0, 25.0); // RuntimeError: Index below bounds in MultiBinning for input argument 0 valu
    c.fails("multibinning_error", -1.0, 35.0); // RuntimeError: Index below bounds in MultiBinning for input argument 0 valu
    c.fails("multibinning_error", -1.0, 45.0); // RuntimeError: Index below bounds in MultiBinning for input argument 0 valu
    c.fails("multibinning_error", 0.0, 45.0); // RuntimeError: Index above bounds in MultiBinning for input argument 1 valu
    c.fails("multibinning_error", 2.0, 45.0); // RuntimeError: Index above bounds in MultiBinning for input argument 1 valu
    c.fails("multibinning_error", 3.0, 45.0); // RuntimeError: Index above bounds in MultiBinning for input argument 0 valu
    c.fails("multibinning_error", 3.0, 35.0); // RuntimeError: Index above bounds in MultiBinning for input argument 0 valu
    c.fails("multibinning_error", 3.0, 25.0); // RuntimeError: Index above bounds in MultiBinning for input argument 0 valu
    c.fails("multibinning_error", 3.0, 15.0); // RuntimeError: Index above bounds in MultiBinning for input argument 0 valu
    c.fails("multibinning_error", 3.0, 5.0); // RuntimeError: Index above bounds in MultiBinning for input argument 0 valu
    c.fails("multibinning_error", 3.0, 15.0); // RuntimeError: Index above bounds in MultiBinning for input argument 0 valu
    c.eval("multibinning_clamp", 0.0, 0.0, 5.0);
    c.eval("multibinning_clamp", 0.0, -1.0, 5.0);
    c.eval("multibinning_clamp", 0.0, 0.0, 10.0);
    c.eval("multibinning_clamp", 1.0, 0.0, 20.0);
    c.eval("multibinning_clamp", 2.0, 0.0, 30.0);
    c.eval("multibinning_clamp", 2.0, 0.0, 40.0);
    c.eval("multibinning_clamp", 3.0, 1.0, 10.0);
    c.eval("multibinning_clamp", 4.0, 1.0, 20.0);
    c.eval("multibinning_clamp", 5.0, 1.0, 30.0);
    c.eval("multibinning_clamp", 3.0, 2.0, 5.0);
    c.eval("multibinning_clamp", 1.0, -1.0, 25.0);
    c.eval("multibinning_clamp", 2.0, -1.0, 35.0);
    c.eval("multibinning_clamp", 2.0, -1.0, 45.0);
    c.eval("multibinning_clamp", 2.0, 0.0, 45.0);
    c.eval("multibinning_clamp", 5.0, 2.0, 45.0);
    c.eval("multibinning_clamp", 5.0, 3.0, 45.0);
    c.eval("multibinning_clamp", 5.0, 3.0, 35.0);
    c.eval("multibinning_clamp", 4.0, 3.0, 25.0);
    c.eval("multibinning_clamp", 3.0, 3.0, 15.0);
    c.eval("multibinning_clamp", 3.0, 3.0, 5.0);
    c.eval("multibinning_clamp", 3.0, 3.0, 15.0);
    c.eval("multibinning_value", 42.0, 0.0, 5.0);
    c.eval("multibinning_value", 42.0, -1.0, 5.0);
    c.eval("multibinning_value", 0.0, 0.0, 10.0);
    c.eval("multibinning_value", 1.0, 0.0, 20.0);
    c.eval("multibinning_value", 2.0, 0.0, 30.0);
    c.eval("multibinning_value", 42.0, 0.0, 40.0);
    c.eval("multibinning_value", 3.0, 1.0, 10.0);
    c.eval("multibinning_value", 4.0, 1.0, 20.0);
    c.eval("multibinning_value", 5.0, 1.0, 30.0);
    c.eval("multibinning_value", 42.0, 2.0, 5.0);
    c.eval("multibinning_value", 42.0, -1.0, 25.0);
    c.eval("multibinning_value", 42.0, -1.0, 35.0);
    c.eval("multibinning_value", 42.0, -1.0, 45.0);
    c.eval("multibinning_value", 42.0, 0.0, 45.0);
    c.eval("multibinning_value", 42.0, 2.0, 45.0);
    c.eval("multibinning_value", 42.0, 3.0, 45.0);
    c.eval("multibinning_value", 42.0, 3.0, 35.0);
    c.eval("multibinning_value", 42.0, 3.0, 25.0);
    c.eval("multibinning_value", 42.0, 3.0, 15.0);
    c.eval("multibinning_value", 42.0, 3.0, 5.0);
    c.eval("multibinning_value", 42.0, 3.0, 15.0);
    c.approx("multibinning_formula", 25.0, 0.0, 5.0);
    c.approx("multibinning_formula", 23.0, -1.0, 5.0);
    c.approx("multibinning_formula", 0.0, 0.0, 10.0);
    c.approx("multibinning_formula", 1.0, 0.0, 20.0);
    c.approx("multibinning_formula", 2.0, 0.0, 30.0);
    c.approx("multibinning_formula", 200.0, 0.0, 40.0);
    c.approx("multibinning_formula", 3.0, 1.0, 10.0);
    c.approx("multibinning_formula", 4.0, 1.0, 20.0);
    c.approx("multibinning_formula", 5.0, 1.0, 30.0);
    c.approx("multibinning_formula", 29.0, 2.0, 5.0);
    c.approx("multibinning_formula", 123.0, -1.0, 25.0);
    c.approx("multibinning_formula", 173.0, -1.0, 35.0);
    c.approx("multibinning_formula", 223.0, -1.0, 45.0);
    c.approx("multibinning_formula", 225.0, 0.0, 45.0);
    c.approx("multibinning_formula", 229.0, 2.0, 45.0);
    c.approx("multibinning_formula", 231.0, 3.0, 45.0);
    c.approx("multibinning_formula", 181.0, 3.0, 35.0);
    c.approx("multibinning_formula", 131.0, 3.0, 25.0);
    c.approx("multibinning_formula", 81.0, 3.0, 15.0);
    c.approx("multibinning_formula", 31.0, 3.0, 5.0);
    c.approx("multibinning_formula", 81.0, 3.0, 15.0);
    c.eval("multibinning_uniform", 0.0, 0.0, 10.0);
    c.eval("multibinning_uniform", 0.0, 0.5, 19.99);
    c.eval("multibinning_uniform", 3.0, 1.0, 20.0);
    c.eval("multibinning_uniform", 5.0, 2.9, 39.9);
    c.eval("multibinning_uniform", 1.0, 5.0, 5.0);
    c.eval("multibinning_uniform", 4.0, -1.0, 50.0);
    c.eval("multibinning_uniform", 5.0, 1.0, 30.0);
    c.eval("uniform_edge", 0.0, -2.5);
    c.eval("uniform_edge", 4.0, -0.5);
    c.eval("uniform_edge", 5.0, 0.0);
    c.eval("uniform_edge", 5.0, 0.49);
    c.eval("uniform_edge", 6.0, 0.5);
    c.eval("uniform_edge", 9.0, 2.0);
    c.eval("uniform_edge", 9.0, 2.49);
    // Deliberate deviation: the reference returns its hidden 0.0 slot here (correctionlib#356).
    c.eval("uniform_edge", 9.0, 2.4999999999999996);
    c.eval("formularef", 0.2, 0.5);
    c.eval("formularef", 0.8, 1.5);
    c.eval("formularef", 4.35, 2.5);
    c.fails("formularef", 3.5); // RuntimeError: Index above bounds in Binning for input argument 0 value: 3.
    c.fails("formularef", -0.1); // RuntimeError: Index below bounds in Binning for input argument 0 value: -0
    c.eval("transform_real", 0.1, 0.5);
    c.eval("transform_real", 0.1, 1.5);
    c.eval("transform_real", 0.1, 2.5);
    c.eval("transform_int", 0.0, 0.5, 0L);
    c.eval("transform_int", 0.2, 0.5, 1L);
    c.eval("transform_int", 0.0, 0.5, 2L);
    c.eval("transform_int", 0.1, 0.5, 9L);
    c.eval("transform_int", 0.1, 0.5, 10L);
    c.eval("transform_int", 0.1, 0.5, 11L);
    c.eval("transform_int", 0.7, 0.5, 12L);
    c.eval("transform_int", 0.8, 0.5, 13L);
    c.fails("transform_int", 0.5, 3L); // IndexError: Index not available in Category for input argument 1 val: 3
    c.eval("transform_nested", 7.0, 3.0, 4.0);
    c.eval("transform_rule_nested", 101004.0, 3.0, 4.0);
    c.eval("string_inf", 1.0, 10.0);
    c.eval("string_inf", 1.2, 100.0);
    c.eval("string_inf", 1.1, 20.0);
    c.eval("string_inf", 1.2, 40.0);
    c.eval("string_inf", 1.2, 1e+300);
    c.fails("string_inf", Double.POSITIVE_INFINITY); // RuntimeError: Index above bounds in Binning for input argument 0 value: in
    c.fails("string_inf", -1.0); // RuntimeError: Index below bounds in Binning for input argument 0 value: -1
    c.eval("string_plus_inf", 1.0, -100.0);
    c.eval("string_plus_inf", 1.0, -1e+300);
    c.eval("string_plus_inf", 1.0, Double.NEGATIVE_INFINITY);
    c.eval("string_plus_inf", 1.1, 20.0);
    c.eval("string_plus_inf", 1.2, 1e+300);
    c.eval("int_binning", 1.1, 0L);
    c.eval("int_binning", 1.1, 1L);
    c.eval("int_binning", 1.08, 2L);
    c.eval("int_binning", 1.06, 3L);
    c.eval("int_binning", 1.04, 4L);
    c.eval("int_binning", 1.02, 5L);
    c.eval("int_binning", 1.0, 6L);
    c.eval("int_binning", 1.0, 7L);
    c.eval("int_binning", 1.0, 100L);
    c.eval("int_binning", 1.1, -5L);
    c.eval("issue250_formula", 0.0, 15.0);
    c.eval("issue250_binning", 0.0, 15.0);
    c.eval("issue250_formula", 0.0, 20.0);
    c.eval("issue250_binning", 0.8434999999999999, 20.0);
    c.eval("issue250_formula", 0.8434999999999999, 25.0);
    c.eval("issue250_binning", 0.8434999999999999, 25.0);
    c.eval("issue250_formula", 0.8434999999999999, 30.0);
    c.eval("issue250_binning", 0.9, 30.0);
    c.eval("issue250_formula", 0.0, 35.0);
    c.eval("issue250_binning", 0.9, 35.0);
    c.eval("issue268", 55.0, 1.0, 2.0, 3.0, 4.0, 5.0);
    c.eval("nan_binning", 7.0, Double.NaN);
    c.eval("nan_binning", 1.0, 0.5);
    c.eval("prng_normal", -1.263776278956304, 1.2, 2.3, 5L);
    c.eval("prng1_normal", -0.4096680165407124, 0L);
    c.eval("prng1_normal", -1.4494256619948833, 1L);
    c.eval("prng1_normal", 0.05198689273008896, 1073741866L);
    c.eval("prng1_normal", 0.6566158424261671, 17179869226L);
    c.eval("prng1_normal", 1.337918031490939, 9223372036854775807L);
    c.eval("prng1_normal", -0.7677319467513708, -1L);
    c.eval("prng1_normal", -0.2708186997830036, -9223372036854775808L);
    c.eval("prng1_normal", -0.602521314136017, 123456789L);
    c.eval("prngr_normal", -0.4096680165407124, 0.0);
    c.eval("prngr_normal", -0.2708186997830036, -0.0);
    c.eval("prngr_normal", -1.8229588423456673, 1.0);
    c.eval("prngr_normal", 0.950617837184384, 0.1);
    c.eval("prngr_normal", -1.063405944178709, -75000000000.0);
    c.eval("prngr_normal", 1.29579494953927, Double.POSITIVE_INFINITY);
    c.eval("prng_stdflat", 0.5312947726732237, 1.2, 2.3, 5L);
    c.eval("prng1_stdflat", 0.8598914744963225, 0L);
    c.eval("prng1_stdflat", 0.05196728830818064, 1L);
    c.eval("prng1_stdflat", 0.017273963483617736, 1073741866L);
    c.eval("prng1_stdflat", 0.6609261510686927, 17179869226L);
    c.eval("prng1_stdflat", 0.36902287177525317, 9223372036854775807L);
    c.eval("prng1_stdflat", 0.23191763001442156, -1L);
    c.eval("prng1_stdflat", 0.19918052466600783, -9223372036854775808L);
    c.eval("prng1_stdflat", 0.19875750137039294, 123456789L);
    c.eval("prngr_stdflat", 0.8598914744963225, 0.0);
    c.eval("prngr_stdflat", 0.19918052466600783, -0.0);
    c.eval("prngr_stdflat", 0.42021743332589734, 1.0);
    c.eval("prngr_stdflat", 0.01642084769695724, 0.1);
    c.eval("prngr_stdflat", 0.4458702254292914, -75000000000.0);
    c.eval("prngr_stdflat", 0.4892642681552739, Double.POSITIVE_INFINITY);
    c.eval("prng_stdnormal", 2.227655564267796, 1.2, 2.3, 5L);
    c.eval("prng1_stdnormal", -0.29937078295431185, 0L);
    c.eval("prng1_stdnormal", -0.3890041308094532, 1L);
    c.eval("prng1_stdnormal", 1.6058538773315234, 1073741866L);
    c.eval("prng1_stdnormal", -0.9032741921095602, 17179869226L);
    c.eval("prng1_stdnormal", 0.9061199060705639, 9223372036854775807L);
    c.eval("prng1_stdnormal", 0.4145763070206635, -1L);
    c.eval("prng1_stdnormal", 0.12438928149424494, -9223372036854775808L);
    c.eval("prng1_stdnormal", -0.24500309313581217, 123456789L);
    c.eval("prngr_stdnormal", -0.29937078295431185, 0.0);
    c.eval("prngr_stdnormal", 0.12438928149424494, -0.0);
    c.eval("prngr_stdnormal", 0.9762410867568051, 1.0);
    c.eval("prngr_stdnormal", 0.022846363454693364, 0.1);
    c.eval("prngr_stdnormal", -2.138403090454583, -75000000000.0);
    c.eval("prngr_stdnormal", -1.4968835539199652, Double.POSITIVE_INFINITY);
    c.eval("prng5_normal", 0.32660398983172906, 50.0, 1.3, 20.0, 123456789L, 0.5);
    c.compound("l1l2", 1.2241392685158226, 10.0, 1.2);
    c.compound("multiplied", 1.3420000000000003, 1.2, 10.0);
    c.compound("added", 0.9023887709538164, 1.2, 10.0);
  }

  @Test
  void tformulaExpressionsMatchTheReference() {
    Checker c = new Checker(Fixtures.resource("tformula.json"));
    // '23.*x'
    c.approx("tformula", 23.0, 0L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 736.0, 0L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -69.0, 0L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 35650.0, 0L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 11.5, 0L, 0.5, 0.001, 0.25, -4.0);
    // '23.*log(max(x, 0.1))'
    c.approx("tformula", 0.0, 1L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 79.71192576439371, 1L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -52.959457138863044, 1L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 168.95823482800574, 1L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", -15.942385152878742, 1L, 0.5, 0.001, 0.25, -4.0);
    // '2.2e3 + x'
    c.approx("tformula", 2201.0, 2L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 2232.0, 2L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 2197.0, 2L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 3750.0, 2L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 2200.5, 2L, 0.5, 0.001, 0.25, -4.0);
    // '-2e-3 * x'
    c.approx("tformula", -0.002, 3L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", -0.064, 3L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 0.006, 3L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", -3.1, 3L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", -0.001, 3L, 0.5, 0.001, 0.25, -4.0);
    // '4*3^2'
    c.approx("tformula", 36.0, 4L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 36.0, 4L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 36.0, 4L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 36.0, 4L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 36.0, 4L, 0.5, 0.001, 0.25, -4.0);
    // '1+2*3^4+5*2+6*2'
    c.approx("tformula", 185.0, 5L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 185.0, 5L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 185.0, 5L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 185.0, 5L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 185.0, 5L, 0.5, 0.001, 0.25, -4.0);
    // '3<=3'
    c.approx("tformula", 1.0, 6L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 6L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 6L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 6L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.0, 6L, 0.5, 0.001, 0.25, -4.0);
    // '2!=3'
    c.approx("tformula", 1.0, 7L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 7L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 7L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 7L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.0, 7L, 0.5, 0.001, 0.25, -4.0);
    // '100./3.*2+1'
    c.approx("tformula", 67.66666666666667, 8L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 67.66666666666667, 8L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 67.66666666666667, 8L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 67.66666666666667, 8L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 67.66666666666667, 8L, 0.5, 0.001, 0.25, -4.0);
    // '(1+0.04432+1.724/100.)-1'
    c.approx("tformula", 0.06155999999999984, 9L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.06155999999999984, 9L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 0.06155999999999984, 9L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 0.06155999999999984, 9L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.06155999999999984, 9L, 0.5, 0.001, 0.25, -4.0);
    // '(1+0.04432+(1.724+100.))-1'
    c.approx("tformula", 101.76832, 10L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 101.76832, 10L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 101.76832, 10L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 101.76832, 10L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 101.76832, 10L, 0.5, 0.001, 0.25, -4.0);
    // '-x^2'
    c.approx("tformula", 1.0, 11L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1024.0, 11L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 9.0, 11L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 2402500.0, 11L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.25, 11L, 0.5, 0.001, 0.25, -4.0);
    // '-3^2'
    c.approx("tformula", 9.0, 12L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 9.0, 12L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 9.0, 12L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 9.0, 12L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 9.0, 12L, 0.5, 0.001, 0.25, -4.0);
    // '2^3^2'
    c.approx("tformula", 512.0, 13L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 512.0, 13L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 512.0, 13L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 512.0, 13L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 512.0, 13L, 0.5, 0.001, 0.25, -4.0);
    // '2*-3'
    c.approx("tformula", -6.0, 14L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", -6.0, 14L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -6.0, 14L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", -6.0, 14L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", -6.0, 14L, 0.5, 0.001, 0.25, -4.0);
    // 'x--1'
    c.approx("tformula", 2.0, 15L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 33.0, 15L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -2.0, 15L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1551.0, 15L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.5, 15L, 0.5, 0.001, 0.25, -4.0);
    // '10 - -2'
    c.approx("tformula", 12.0, 16L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 12.0, 16L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 12.0, 16L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 12.0, 16L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 12.0, 16L, 0.5, 0.001, 0.25, -4.0);
    // '- x'
    c.approx("tformula", -1.0, 17L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", -32.0, 17L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 3.0, 17L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", -1550.0, 17L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", -0.5, 17L, 0.5, 0.001, 0.25, -4.0);
    // 'x^-1'
    c.approx("tformula", 1.0, 18L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.03125, 18L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -0.3333333333333333, 18L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 0.0006451612903225806, 18L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 2.0, 18L, 0.5, 0.001, 0.25, -4.0);
    // '3 > 2 > 1'
    c.approx("tformula", 0.0, 19L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 19L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 19L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 19L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.0, 19L, 0.5, 0.001, 0.25, -4.0);
    // 'log (x)'
    c.approx("tformula", 0.0, 20L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 3.4657359027997265, 20L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", Double.NaN, 20L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 7.346010209913293, 20L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", -0.6931471805599453, 20L, 0.5, 0.001, 0.25, -4.0);
    // '1.e2'
    c.approx("tformula", 100.0, 21L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 100.0, 21L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 100.0, 21L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 100.0, 21L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 100.0, 21L, 0.5, 0.001, 0.25, -4.0);
    // 'x[0]+2*x[1]'
    c.approx("tformula", 5.0, 22L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 96.0, 22L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -3.0, 22L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1535.5, 22L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.502, 22L, 0.5, 0.001, 0.25, -4.0);
    // 'erf(x)'
    c.approx("tformula", 0.8427007929497149, 23L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 23L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -0.9999779095030014, 23L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 23L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.5204998778130465, 23L, 0.5, 0.001, 0.25, -4.0);
    // 'erf(x/1000)'
    c.approx("tformula", 0.0011283787909692365, 24L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.03609581222282988, 24L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -0.0033851273459014532, 24L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 0.9716227332620125, 24L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.0005641895365319612, 24L, 0.5, 0.001, 0.25, -4.0);
    // 'acosh(abs(x)+1)'
    c.approx("tformula", 1.3169578969248166, 25L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 4.1894250945222025, 25L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 2.0634370688955608, 25L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 8.039802239812333, 25L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.9624236501192069, 25L, 0.5, 0.001, 0.25, -4.0);
    // 'asinh(x)'
    c.approx("tformula", 0.881373587019543, 26L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 4.15912713462618, 26L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -1.8184464592320668, 26L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 8.039157494531494, 26L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.48121182505960347, 26L, 0.5, 0.001, 0.25, -4.0);
    // 'atanh(x/2000)'
    c.approx("tformula", 0.0005000000416666728, 27L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.01600136554308689, 27L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -0.0015000011250015188, 27L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.0327276498525482, 27L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.00025000000520833355, 27L, 0.5, 0.001, 0.25, -4.0);
    // 'atan2(x,y)'
    c.approx("tformula", 0.4636476090008061, 28L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.7853981633974483, 28L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -1.5707963267948966, 28L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.5754737120389302, 28L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.5687963294615568, 28L, 0.5, 0.001, 0.25, -4.0);
    // 'max(x,y)'
    c.approx("tformula", 2.0, 29L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 32.0, 29L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 29L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1550.0, 29L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.5, 29L, 0.5, 0.001, 0.25, -4.0);
    // 'min(x,y)'
    c.approx("tformula", 1.0, 30L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 32.0, 30L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -3.0, 30L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", -7.25, 30L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.001, 30L, 0.5, 0.001, 0.25, -4.0);
    // 'x&&y'
    c.approx("tformula", 1.0, 31L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 31L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 31L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 31L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.0, 31L, 0.5, 0.001, 0.25, -4.0);
    // 'x||0'
    c.approx("tformula", 1.0, 32L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 32L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 32L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 32L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.0, 32L, 0.5, 0.001, 0.25, -4.0);
    // '0||0'
    c.approx("tformula", 0.0, 33L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 33L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 33L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 33L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.0, 33L, 0.5, 0.001, 0.25, -4.0);
    // 'x==y'
    c.approx("tformula", 0.0, 34L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 34L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 34L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 34L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.0, 34L, 0.5, 0.001, 0.25, -4.0);
    // 'x!=y'
    c.approx("tformula", 1.0, 35L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 35L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 35L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 35L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.0, 35L, 0.5, 0.001, 0.25, -4.0);
    // 'x>=y'
    c.approx("tformula", 0.0, 36L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 36L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 36L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 36L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.0, 36L, 0.5, 0.001, 0.25, -4.0);
    // 'x<y'
    c.approx("tformula", 1.0, 37L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 37L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 37L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 37L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.0, 37L, 0.5, 0.001, 0.25, -4.0);
    // 'x>y'
    c.approx("tformula", 0.0, 38L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 38L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 38L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 38L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.0, 38L, 0.5, 0.001, 0.25, -4.0);
    // 'x<=y'
    c.approx("tformula", 1.0, 39L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 39L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 39L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 39L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.0, 39L, 0.5, 0.001, 0.25, -4.0);
    // 'pow(abs(x),2.5)'
    c.approx("tformula", 1.0, 40L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 5792.618751480198, 40L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 15.588457268119896, 40L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 94586519.58656688, 40L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.1767766952966369, 40L, 0.5, 0.001, 0.25, -4.0);
    // 'sqrt(abs(x))'
    c.approx("tformula", 1.0, 41L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 5.656854249492381, 41L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 1.7320508075688772, 41L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 39.370039370059054, 41L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.7071067811865476, 41L, 0.5, 0.001, 0.25, -4.0);
    // 'exp(x/1000)'
    c.approx("tformula", 1.0010005001667084, 42L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.0325175053051183, 42L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 0.997004495503373, 42L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 4.711470182590742, 42L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.0005001250208359, 42L, 0.5, 0.001, 0.25, -4.0);
    // 'log10(abs(x))'
    c.approx("tformula", 0.0, 43L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.505149978319906, 43L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 0.47712125471966244, 43L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 3.1903316981702914, 43L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", -0.3010299956639812, 43L, 0.5, 0.001, 0.25, -4.0);
    // 'cos(x)'
    c.approx("tformula", 0.5403023058681398, 44L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.8342233605065102, 44L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -0.9899924966004454, 44L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", -0.3671791780152462, 44L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.8775825618903728, 44L, 0.5, 0.001, 0.25, -4.0);
    // 'sin(x)'
    c.approx("tformula", 0.8414709848078965, 45L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.5514266812416906, 45L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -0.1411200080598672, 45L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", -0.930150230463901, 45L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.479425538604203, 45L, 0.5, 0.001, 0.25, -4.0);
    // 'tan(x)'
    c.approx("tformula", 1.5574077246549023, 46L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.6610060414837631, 46L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 0.1425465430742778, 46L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 2.533232509239069, 46L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.5463024898437905, 46L, 0.5, 0.001, 0.25, -4.0);
    // 'acos(x/2000)'
    c.approx("tformula", 1.5702963267740633, 47L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.5547956440495747, 47L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 1.572296327357397, 47L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 0.6840812317953292, 47L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.5705463267922926, 47L, 0.5, 0.001, 0.25, -4.0);
    // 'asin(x/2000)'
    c.approx("tformula", 0.0005000000208333357, 48L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.01600068274532185, 48L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -0.0015000005625005696, 48L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 0.8867150949995675, 48L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.0002500000026041667, 48L, 0.5, 0.001, 0.25, -4.0);
    // 'atan(x)'
    c.approx("tformula", 0.7853981633974483, 49L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.5395564933646284, 49L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -1.2490457723982544, 49L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.5701511655940865, 49L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.4636476090008061, 49L, 0.5, 0.001, 0.25, -4.0);
    // 'cosh(x/1000)'
    c.approx("tformula", 1.0000005000000416, 50L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.000512043692158, 50L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 1.000004500003375, 50L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 2.4618590782087426, 50L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.0000001250000026, 50L, 0.5, 0.001, 0.25, -4.0);
    // 'sinh(x/1000)'
    c.approx("tformula", 0.001000000166666675, 51L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.03200546161296042, 51L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -0.003000004500002025, 51L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 2.2496111043819993, 51L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.0005000000208333337, 51L, 0.5, 0.001, 0.25, -4.0);
    // 'tanh(x/100)'
    c.approx("tformula", 0.00999966667999946, 52L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.30950692121263845, 52L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -0.029991003238820143, 52L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 0.9999999999999312, 52L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.004999958333749996, 52L, 0.5, 0.001, 0.25, -4.0);
    // 'x*\t2'
    c.approx("tformula", 2.0, 53L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 64.0, 53L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -6.0, 53L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 3100.0, 53L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.0, 53L, 0.5, 0.001, 0.25, -4.0);
    // 'max(log(x-1000),1)'
    c.approx("tformula", Double.NaN, 54L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", Double.NaN, 54L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", Double.NaN, 54L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 6.309918278226516, 54L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", Double.NaN, 54L, 0.5, 0.001, 0.25, -4.0);
    // 'max(1,log(x-1000))'
    c.approx("tformula", 1.0, 55L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 55L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 55L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 6.309918278226516, 55L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.0, 55L, 0.5, 0.001, 0.25, -4.0);
    // 'min(log(x-1000),1)'
    c.approx("tformula", Double.NaN, 56L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", Double.NaN, 56L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", Double.NaN, 56L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 56L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", Double.NaN, 56L, 0.5, 0.001, 0.25, -4.0);
    // 'min(1,log(x-1000))'
    c.approx("tformula", 1.0, 57L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 57L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 57L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 57L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.0, 57L, 0.5, 0.001, 0.25, -4.0);
    // '1/(x-1)'
    c.approx("tformula", Double.POSITIVE_INFINITY, 58L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.03225806451612903, 58L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -0.25, 58L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 0.0006455777921239509, 58L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", -2.0, 58L, 0.5, 0.001, 0.25, -4.0);
    // 'log(x-1)'
    c.approx("tformula", Double.NEGATIVE_INFINITY, 59L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 3.4339872044851463, 59L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", Double.NaN, 59L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 7.3453648404168685, 59L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", Double.NaN, 59L, 0.5, 0.001, 0.25, -4.0);
    // 'x-1e-3'
    c.approx("tformula", 0.999, 60L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 31.999, 60L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -3.001, 60L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1549.999, 60L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.499, 60L, 0.5, 0.001, 0.25, -4.0);
    // '1.2+-3e-05*x'
    c.approx("tformula", 1.19997, 61L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.1990399999999999, 61L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 1.2000899999999999, 61L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.1535, 61L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.1999849999999999, 61L, 0.5, 0.001, 0.25, -4.0);
    // 'x--6.48'
    c.approx("tformula", 7.48, 62L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 38.480000000000004, 62L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 3.4800000000000004, 62L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1556.48, 62L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 6.98, 62L, 0.5, 0.001, 0.25, -4.0);
    // '2-1'
    c.approx("tformula", 1.0, 63L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 63L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 63L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 63L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.0, 63L, 0.5, 0.001, 0.25, -4.0);
    // '1 -2'
    c.approx("tformula", -1.0, 64L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", -1.0, 64L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -1.0, 64L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", -1.0, 64L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", -1.0, 64L, 0.5, 0.001, 0.25, -4.0);
    // '-(-x)'
    c.approx("tformula", 1.0, 65L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 32.0, 65L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -3.0, 65L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1550.0, 65L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.5, 65L, 0.5, 0.001, 0.25, -4.0);
    // '- (x)'
    c.approx("tformula", -1.0, 66L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", -32.0, 66L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 3.0, 66L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", -1550.0, 66L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", -0.5, 66L, 0.5, 0.001, 0.25, -4.0);
    // '[0]+[1]*3'
    c.approx("tformula", 10.0, 67L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 10.0, 67L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 10.0, 67L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 10.0, 67L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 10.0, 67L, 0.5, 0.001, 0.25, -4.0);
    // '[0]*max(min(x,[3]),[2])+[1]'
    c.approx("tformula", 4.0, 68L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 23.0, 68L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 3.5, 68L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 23.0, 68L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 3.5, 68L, 0.5, 0.001, 0.25, -4.0);
    // '[1]^[0]'
    c.approx("tformula", 3.0, 69L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 3.0, 69L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 3.0, 69L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 3.0, 69L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 3.0, 69L, 0.5, 0.001, 0.25, -4.0);
    // '-[0]^2'
    c.approx("tformula", 1.0, 70L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 70L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 70L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 1.0, 70L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 1.0, 70L, 0.5, 0.001, 0.25, -4.0);
    // 'z*t+x*y'
    c.approx("tformula", 1.0, 71L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1023.0, 71L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", -1.0, 71L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", -11238.5, 71L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", -0.9995, 71L, 0.5, 0.001, 0.25, -4.0);
    // 'max(0.0001,pow(x,2))'
    c.approx("tformula", 1.0, 72L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 1024.0, 72L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 9.0, 72L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 2402500.0, 72L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.25, 72L, 0.5, 0.001, 0.25, -4.0);
    // '(0.9<x)*(x<1.1)'
    c.approx("tformula", 1.0, 73L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 73L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 73L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 0.0, 73L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 0.0, 73L, 0.5, 0.001, 0.25, -4.0);
    // '[0]+([1]/(pow(log10(x),2)+[2]))+([3]*exp(-([4]*((log10(x)-[5])*(log10(x)-[5])))))'
    c.approx("tformula", 13.127165675158674, 74L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 21.504187475407353, 74L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", Double.NaN, 74L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 2.9204346579406866, 74L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 9.404265448135835, 74L, 0.5, 0.001, 0.25, -4.0);
    // 'sqrt([0]*abs([0])/(x*x)+[1]*[1]*pow(x,[3])+[2]*[2])'
    c.approx("tformula", 3.2015621187164243, 75L, 1.0, 2.0, 0.25, -4.0);
    c.approx("tformula", 3377699720527872.0, 75L, 32.0, 32.0, 0.25, -4.0);
    c.approx("tformula", 177147.00000101925, 75L, -3.0, 0.0, 0.25, -4.0);
    c.approx("tformula", 2.4012547470140654e+32, 75L, 1550.0, -7.25, 0.25, -4.0);
    c.approx("tformula", 2.061554894507747, 75L, 0.5, 0.001, 0.25, -4.0);
  }

  @Test
  void formulasTheReferenceRejectsFailToLoad() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (String line : Fixtures.lines("bad_formulas.txt")) {
      String expression = json.readValue(line, String.class);
      String doc = "{\"schema_version\": 2, \"corrections\": [{\"name\": \"f\", \"version\": 1, "
          + "\"inputs\": [{\"name\": \"x\", \"type\": \"real\"}, {\"name\": \"y\", \"type\": \"real\"}], "
          + "\"output\": {\"name\": \"o\", \"type\": \"real\"}, \"data\": {\"nodetype\": \"formula\", "
          + "\"expression\": " + line + ", \"parser\": \"TFormula\", \"variables\": [\"x\", \"y\"], "
          + "\"parameters\": [1.0]}}]}";
      assertThrows(CorrectionFormatException.class, () -> CorrectionSet.parse(doc, "bad formula"),
          expression);
    }
  }

  @Test
  void documentsTheReferenceRejectsFailToLoad() {
    for (String doc : Fixtures.lines("invalid_documents.txt")) {
      assertThrows(CorrectionFormatException.class, () -> CorrectionSet.parse(doc, "invalid"), doc);
    }
  }
}

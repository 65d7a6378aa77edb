package org.cortado.runtime.datacard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected strings are what CPython 3.11 prints for {@code format(v, ".6g")} and {@code repr(v)}. */
class PyFormatTest {
  @Test
  void sixSignificantDigitsAsPythonPrintsThem() {
    assertEquals("3.45679e-05", PyFormat.g6(3.4567890123e-05));
    assertEquals("1.23457e+08", PyFormat.g6(123456789));
    assertEquals("65", PyFormat.g6(65.0));
    assertEquals("0.000123456", PyFormat.g6(0.000123456));
    assertEquals("1e+06", PyFormat.g6(999999.5));
    assertEquals("81058.5", PyFormat.g6(81058.5138363174));
    assertEquals("0.3", PyFormat.g6(0.1 + 0.2));
    assertEquals("0", PyFormat.g6(0));
    assertEquals("-2.5", PyFormat.g6(-2.5));
  }

  @Test
  void reprAsPythonPrintsIt() {
    assertEquals("1e+16", PyFormat.repr(1e16));
    assertEquals("76.0", PyFormat.repr(76.0));
    assertEquals("1.025", PyFormat.repr(1.025));
    assertEquals("1e-05", PyFormat.repr(1e-5));
    assertEquals("0.0001", PyFormat.repr(0.0001));
    assertEquals("123456789012.0", PyFormat.repr(123456789012.0));
    assertEquals("0.30000000000000004", PyFormat.repr(0.1 + 0.2));
    assertEquals("-1.0", PyFormat.repr(-1));
  }
}

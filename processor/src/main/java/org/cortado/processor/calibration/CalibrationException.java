package org.cortado.processor.calibration;

/** A calibrator cannot be planned for this analysis; the message names the parameter or branch. */
public final class CalibrationException extends Exception {
  private static final long serialVersionUID = 1L;

  public CalibrationException(String message) {
    super(message);
  }
}

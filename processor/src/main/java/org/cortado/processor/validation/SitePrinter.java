package org.cortado.processor.validation;

import javax.tools.Diagnostic.Kind;
import org.cortado.processor.model.Site;

/**
 * Prints a message at a site that {@code Messager} cannot place, such as a value inside a
 * repeated annotation (javac wraps those in an implicit container that has no source position),
 * or declines so that {@link ValidationReport} prints through {@code Messager} as before.
 */
public interface SitePrinter {
  /** Declines every site: everything goes through {@code Messager}. */
  SitePrinter NONE = (kind, message, site) -> false;

  /** Prints {@code message} at {@code site} and returns true, or returns false to decline. */
  boolean print(Kind kind, String message, Site site);
}

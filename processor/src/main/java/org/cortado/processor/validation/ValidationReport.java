package org.cortado.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import org.cortado.processor.model.Site;

/**
 * Every problem found in one analysis, collected so the analyst sees all of them in one
 * compile. Immutable once built; printed at the narrowest site known (element, annotation,
 * annotation value).
 */
public final class ValidationReport {
  /** One message at one site. */
  public record Item(Diagnostic diagnostic, String message, Site site) {}

  private final List<Item> items;

  private ValidationReport(List<Item> items) {
    this.items = List.copyOf(items);
  }

  /** A report of the given items. */
  public static ValidationReport of(List<Item> items) {
    return new ValidationReport(items);
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean isClean() {
    return items.isEmpty();
  }

  public List<Item> items() {
    return items;
  }

  public void printTo(Messager messager) {
    printTo(messager, SitePrinter.NONE);
  }

  /** Prints each item with {@code precise} if it can place it, else through {@code messager}. */
  public void printTo(Messager messager, SitePrinter precise) {
    for (Item i : items) {
      Site s = i.site();
      if (precise.print(i.diagnostic().kind(), i.message(), s)) {
        continue;
      }
      if (s.value() != null && s.mirror() != null) {
        messager.printMessage(i.diagnostic().kind(), i.message(), s.element(), s.mirror(),
            s.value());
      } else if (s.mirror() != null) {
        messager.printMessage(i.diagnostic().kind(), i.message(), s.element(), s.mirror());
      } else {
        messager.printMessage(i.diagnostic().kind(), i.message(), s.element());
      }
    }
  }

  /** Collects items; duplicates (same diagnostic, message and site) are dropped. */
  public static final class Builder {
    private final List<Item> items = new ArrayList<>();

    private Builder() {}

    public Builder error(Diagnostic d, Site site, Object... args) {
      Item item = new Item(d, d.format(args), site);
      if (!items.contains(item)) {
        items.add(item);
      }
      return this;
    }

    public ValidationReport build() {
      return new ValidationReport(items);
    }
  }
}

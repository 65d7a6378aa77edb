package org.cortado.processor.ir;

import java.util.List;
import org.cortado.processor.model.MethodModel;

/** A call of a user method: its arguments in parameter order. */
public record Call(MethodModel method, List<Arg> args) {
  /** Copies the list. */
  public Call {
    args = List.copyOf(args);
  }
}

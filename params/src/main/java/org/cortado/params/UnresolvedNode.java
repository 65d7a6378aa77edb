package org.cortado.params;

/**
 * A string that still contains {@code ${...}} interpolations. It exists only between reading and
 * resolving, which is why it is not public: no loaded {@link Params} tree contains one.
 */
record UnresolvedNode(Template template, SourceLocation source) implements ParamNode {

  @Override
  public ParamType type() {
    return ParamType.STRING;
  }

  @Override
  public String value() {
    return template.text();
  }
}

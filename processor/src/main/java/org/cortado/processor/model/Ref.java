package org.cortado.processor.model;

/** A name that refers to something declared elsewhere (a cut, a category), with its site. */
public record Ref(String name, Site site) {}

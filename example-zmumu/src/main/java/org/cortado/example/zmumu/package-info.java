/**
 * PocketCoffea's Z→μμ example written as a Cortado analysis, in a module built exactly as an
 * analyst's own repository would be: it depends on {@code cortado-annotations} and
 * {@code cortado-runtime}, and runs {@code cortado-processor} through the compiler's annotation
 * processor path. {@link org.cortado.example.zmumu.ZMuMuAnalysis} is the whole configuration;
 * {@code mvn compile} checks it and generates {@code ZMuMuAnalysis_Kernel}.
 */
package org.cortado.example.zmumu;

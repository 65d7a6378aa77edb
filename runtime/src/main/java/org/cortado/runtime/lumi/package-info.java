/**
 * Certified-luminosity masks. {@link org.cortado.runtime.lumi.LumiMask} loads a CMS golden JSON
 * (run to inclusive lumi-section ranges) and answers, without allocating, whether a data event's
 * (run, lumi section) is good for physics, one event at a time or for a whole column chunk. It is
 * the Java counterpart of coffea's {@code LumiMask}, which PocketCoffea applies to data only.
 */
package org.cortado.runtime.lumi;

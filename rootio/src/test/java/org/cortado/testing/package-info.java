/**
 * Test support shared by every module's tests through rootio's test jar: where the read-only fixtures
 * in {@code ../shared/data} are, and how a test skips when they are absent.
 */
package org.cortado.testing;

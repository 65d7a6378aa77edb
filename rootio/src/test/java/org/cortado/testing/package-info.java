/**
 * Test support shared by every module's tests through rootio's test jar: where the read-only fixtures
 * in {@code ../shared/data} are, and how a test skips when they are absent; the content digest with
 * which a test checks that a file it generates holds the events a committed reference was made from.
 */
package org.cortado.testing;

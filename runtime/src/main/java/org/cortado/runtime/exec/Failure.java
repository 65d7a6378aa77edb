package org.cortado.runtime.exec;

import java.nio.file.Path;

/**
 * A file or work item skipped under {@code --skip-bad-files}: what was lost and why. A range of
 * {@code null} means the file could not be opened at all.
 */
public record Failure(String dataset, Path file, Span range, String message) {}

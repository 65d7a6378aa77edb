package org.cortado.runtime.exec;

import java.io.Serializable;

/**
 * A file or work item skipped under {@code --skip-bad-files}: what was lost and why. {@code file}
 * is the file as the dataset names it (a path, or a URL); a range of {@code null} means the file
 * could not be opened at all.
 */
public record Failure(String dataset, String file, Span range, String message)
    implements Serializable {}

package org.tandai.store;

/**
 * One thing wrong with a file, located precisely enough to fix it: "line 12, column 5" for syntax,
 * "c3.span.end" for an annotation's field. Printed as {@code FILE: LOCATION: MESSAGE}.
 */
public record Problem(String file, String location, String message, Severity severity) {
    public enum Severity { ERROR, WARNING }

    public static Problem error(String file, String location, String message) {
        return new Problem(file, location, message, Severity.ERROR);
    }

    public static Problem warning(String file, String location, String message) {
        return new Problem(file, location, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ": " + location + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}

package org.tandai.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** ISO-8601 instants in files ("2026-11-24T09:30:00Z"). */
final class Timestamps {
    private Timestamps() {
    }

    static Instant parse(String value, String file, String loc, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(Problem.warning(file, loc, "not an ISO-8601 UTC timestamp: \"" + value + "\""));
            return null;
        }
    }
}

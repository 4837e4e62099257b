package org.tandai.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** ISO-8601 instants in files ("2026-11-24T09:30:00Z"). */
final class Timestamps {
    private Timestamps() {
    }

    static Instant parse(String value, String file, String base, String key, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        Instant t = parseOrNull(value);
        if (t == null) {
            problems.add(Problem.warning(file, base + "." + key, "not an ISO-8601 UTC timestamp: \"" + value + "\""));
        }
        return t;
    }

    /** The instant, or null when the value is not one. */
    static Instant parseOrNull(String value) {
        Instant fast = parseCanonical(value);
        if (fast != null) {
            return fast;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Parses the form Instant.toString() writes ({@code 2026-01-01T00:00:00Z}, optionally with 1–9
     * fraction digits) directly; returns null for anything else, which then goes through
     * Instant.parse. A sidecar has two timestamps per annotation, and the general parser was a
     * tenth of the load time.
     */
    private static Instant parseCanonical(String v) {
        int n = v.length();
        if (n < 20 || n > 30 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T'
                || v.charAt(13) != ':' || v.charAt(16) != ':' || v.charAt(n - 1) != 'Z') {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            if (v.charAt(19) != '.' || n == 21) {
                return null;
            }
            int fraction = digits(v, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = n - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        int hour = digits(v, 11, 13);
        int minute = digits(v, 14, 16);
        int second = digits(v, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}

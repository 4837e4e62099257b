package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StartupClockTest {
    @Test
    void cpuIsUserPlusSystemTicksAfterTheCommandName() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
        String stat = "4242 (java my app) S 1 4242 4242 0 -1 4194560 9000 0 12 0 157 43 0 0 20 0 30 0 1234";
        assertEquals((157 + 43) * 10, StartupClock.parseCpuMillis(stat));
    }

    @Test
    void aClockThatDoesNotReportPrintsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new StartupClock(false, new PrintStream(bytes, true, StandardCharsets.UTF_8)).phase("launch", true);
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aReportingClockPrintsWallCpuAndClassLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new StartupClock(true, new PrintStream(bytes, true, StandardCharsets.UTF_8)).phase("shown", true);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.matches("(?s)timing: jvm-options [^\\n]*\\Rtiming: shown \\d+\\R.*timing: classes-shown \\d+\\R"), out);
        assertTrue(out.contains("timing: fx-cpu-shown "), out);
    }

    @Test
    void aChildCountsFromItsParentsStart() {
        assertEquals(1_000L, StartupClock.start("1000", 1_500L), "the parent started first");
        assertEquals(1_500L, StartupClock.start(null, 1_500L), "not a child");
        assertEquals(1_500L, StartupClock.start("2000", 1_500L), "a later time is not a parent's start");
        assertEquals(1_500L, StartupClock.start("soon", 1_500L));
    }
}

package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.interchange.ClaimReviewSettings;
import org.tandai.interchange.ExportService;
import org.tandai.interchange.Format;
import org.tandai.interchange.Progress;
import org.tandai.store.SidecarStore;
import org.tandai.synth.SyntheticCorpus;

/**
 * Issue 14, item 5: the CoNLL export streams a large article. A real {@code tandai export} in a
 * child JVM with a 32 MB heap exports a 3-million-character article (the code before the fix ran
 * out of memory there on anything above about 1 million), byte for byte as an export with plenty
 * of memory writes it; with a heap too small even to load it, the user gets one located line, exit
 * 1, and the previous {@code corpus.conll} stays as it was: no empty or cut-off file.
 */
class LargeArticleExportTest {
    @TempDir
    Path tmp;

    private record Child(int exit, String out, String err) {
    }

    private static Child export(String heap, Path out, Path corpus) throws Exception {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", cp, "org.tandai.Main",
                "export", "--format", "conll", "--out", out.toString(), corpus.toString()));
        Path stdout = Files.createTempFile(out.getParent(), "out", ".txt");
        Path stderr = Files.createTempFile(out.getParent(), "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the export finishes");
        return new Child(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLargeArticleIsExportedInASmallHeapAndAHeapTooSmallGivesOneLineAndKeepsThePreviousFile() throws Exception {
        Path corpus = tmp.resolve("corpus");
        SyntheticCorpus.write(corpus, "big", 1, 7, 3_000_000, 900);
        assertTrue(Files.size(corpus.resolve("big0000.txt")) > 3_000_000);
        Path expected = tmp.resolve("expected");
        new ExportService(new SidecarStore()).run(Format.CONLL, List.of(corpus), expected, ClaimReviewSettings.EMPTY,
                Progress.NONE, p -> { });

        Path out = tmp.resolve("out");
        Child ok = export("32m", out, corpus);
        assertEquals(0, ok.exit(), ok.err());
        assertEquals("exported 1 article(s) as conll to " + out, ok.out().strip());
        byte[] written = Files.readAllBytes(out.resolve("corpus.conll"));
        assertArrayEquals(Files.readAllBytes(expected.resolve("corpus.conll")), written, "the same bytes as with a large heap");
        assertTrue(new String(written, 0, 20, StandardCharsets.UTF_8).startsWith("-DOCSTART- O\n\n"));

        Child tooSmall = export("12m", out, corpus);
        assertEquals(1, tooSmall.exit(), tooSmall.err());
        assertTrue(tooSmall.err().contains("not enough memory (Java heap space); give Tandai more"), tooSmall.err());
        assertEquals(1, tooSmall.err().strip().lines().count(), tooSmall.err());
        assertFalse(tooSmall.err().contains("\tat ") || tooSmall.err().contains("Exception in thread"), tooSmall.err());
        assertEquals(List.of("corpus.conll"), names(out), "no temporary file is left");
        assertArrayEquals(written, Files.readAllBytes(out.resolve("corpus.conll")), "the previous export is unchanged");
    }
}

package org.tandai.ui;

import java.nio.file.Path;
import java.time.Instant;
import org.tandai.store.ArticleLock;
import org.tandai.store.DocumentFiles;

/**
 * Test-only program run as a child JVM by {@link WindowLocksTest}: holds an article open the way
 * a window does ({@link ArticleLock}), prints "held", and keeps it until killed.
 */
public final class HoldArticle {
    private HoldArticle() {
    }

    public static void main(String[] args) throws Exception {
        ArticleLock.Claim c = ArticleLock.claim(DocumentFiles.curated(Path.of(args[0])), args[1], Instant.now());
        System.out.println(c.lock() != null ? "held" : "busy " + c.heldBy());
        System.out.flush();
        System.in.read();  // until the test kills this process
    }
}

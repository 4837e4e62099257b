package org.tandai.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.TagSet;

/**
 * Test-only program run as a child JVM by {@link ConcurrentWritersTest}: reads an article, adds an
 * entity and saves with the fingerprint it read, as {@code reanchor} and the window do. It prints
 * "read" once it has read, "inside" once its new file is written but not yet renamed (with
 * {@code pause} it then waits for a line on stdin), and "saved" or "conflict MESSAGE" at the end
 * (exit 0 or 2).
 */
public final class RacingSaver {
    private RacingSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path article = Path.of(args[0]);
        String name = args[1];
        boolean pause = args.length > 2 && args[2].equals("pause");
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        SidecarStore store = new SidecarStore() {
            @Override
            protected void writeTemp(Path tmp, byte[] bytes) throws IOException {
                super.writeTemp(tmp, bytes);
                say("inside");
                if (pause) {
                    stdin.readLine();
                }
            }
        };
        SidecarStore.Opened opened = store.open(article, TagSet.defaults());
        AnnotatedDocument doc = opened.loaded().document();
        ConflictAndExternalChangeTest.addEntity(doc, name);
        say("read");
        try {
            store.save(article, doc, opened.sidecar());
            say("saved");
            System.exit(0);
        } catch (ConflictException e) {
            say("conflict " + e.getMessage());
            System.exit(2);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}

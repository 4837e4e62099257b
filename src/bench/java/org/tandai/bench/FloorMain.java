package org.tandai.bench;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of target 4, run as a process of its own: on one thread, reads every article of a corpus
 * folder as UTF-8 text and Gson-parses every sidecar into a tree, in name order, and does nothing else.
 * Whatever {@code validate} or {@code export} does on top of this (start-up, checks, writing) is what
 * the ratio measures. Prints one line: the article count and a checksum, so no read is optimised away.
 */
public final class FloorMain {
    private FloorMain() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args[0]);
        List<Path> sidecars = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.annotations.json")) {
            ds.forEach(sidecars::add);
        }
        sidecars.sort(null);
        long sum = 0;
        for (Path sidecar : sidecars) {
            String name = sidecar.getFileName().toString();
            Path article = dir.resolve(name.substring(0, name.length() - ".annotations.json".length()) + ".txt");
            sum += Files.readString(article, StandardCharsets.UTF_8).length();
            try (Reader in = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
                sum += JsonParser.parseReader(in).getAsJsonObject().size();
            }
        }
        System.out.println(sidecars.size() + " " + sum);
    }
}

package org.tandai.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tandai.model.TagSet;

/**
 * Round-trip census over brat files: imports every {@code .ann} (with its {@code .txt}) under a
 * folder, exports it again and counts, per line kind (T, E, R, A, N, #, *, other), how many lines
 * of the original come back "exactly".
 *
 * <p>"Exactly" means: the line, with every brat id in it replaced by a key that does not depend
 * on numbering, occurs in the exported file (as a multiset: each exported line matches at most one
 * original). A T line's key is its type, its offsets as written ({@code 10 25;40 61}) and its text
 * field, so a T matches only if type, every fragment and the text field are identical. E, R, A, N,
 * # and * lines are compared after replacing each referenced id by the key of the line it names
 * (recursively for E), with the arguments of E and R lines and the members of * lines sorted
 * (brat gives argument order no meaning). Ids themselves are not compared: an export renumbers.
 * Nothing else is normalised (whitespace inside fields, values, text are compared as they are).
 *
 * <p>Run: {@code mvn -o -q test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.tandai.interchange.BratLineCensus ../shared/data}.
 */
public final class BratLineCensus {
    /** -Dcensus.show=N prints the first N unmatched lines of each kind. */
    private static final int SHOW = Integer.getInteger("census.show", 0);

    private BratLineCensus() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Map<String, int[]> total = census(root);
        total.forEach((k, v) -> System.out.printf("%-6s %6d of %6d%n", k, v[1], v[0]));
    }

    /** Kind → {lines in the originals, lines that came back exactly}. */
    static Map<String, int[]> census(Path root) throws IOException {
        Map<String, int[]> total = new TreeMap<>();
        List<Path> anns;
        try (Stream<Path> s = Files.walk(root)) {
            anns = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        for (Path ann : anns) {
            String name = ann.getFileName().toString();
            Path txt = ann.resolveSibling(name.substring(0, name.length() - 4) + ".txt");
            Path tmp = null;
            if (!Files.isRegularFile(txt)) {
                // PolNeAR keeps texts in a sibling text/ folder, the .ann named NAME_ANNOTATOR.ann.
                String base = name.substring(0, name.length() - 4).replaceAll("_[0-9a-f]{4}$", "");
                Path other = ann.getParent().resolveSibling("text").resolve(base + ".txt");
                if (!Files.isRegularFile(other)) {
                    continue;
                }
                tmp = Files.createTempDirectory("census");
                Files.copy(ann, tmp.resolve(name));
                Files.copy(other, tmp.resolve(name.substring(0, name.length() - 4) + ".txt"));
                ann = tmp.resolve(name);
            }
            List<String> before = lines(Files.readString(ann, StandardCharsets.UTF_8));
            List<String> after = lines(roundTrip(ann));
            count(before, after, total);
            if (tmp != null) {
                try (Stream<Path> s = Files.list(tmp)) {
                    for (Path p : s.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(tmp);
            }
        }
        return total;
    }

    static String roundTrip(Path ann) throws IOException {
        List<Article> got = new ArrayList<>();
        new BratImporter(TagSet.defaults()).read(ann, a -> got.add(a), p -> { });
        StringBuilder sb = new StringBuilder();
        BratExporter ex = new BratExporter(Files.createTempDirectory("census-out"));
        for (Article a : got) {
            sb.append(ex.annText(a, p -> { }));
        }
        return sb.toString();
    }

    static List<String> lines(String s) {
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        return Arrays.stream(s.split("\r?\n")).filter(l -> !l.isBlank()).toList();
    }

    static void count(List<String> before, List<String> after, Map<String, int[]> total) {
        Map<String, Integer> pool = new HashMap<>();
        Keys ka = new Keys(after);
        for (String l : after) {
            pool.merge(ka.key(l), 1, Integer::sum);
        }
        Keys kb = new Keys(before);
        for (String l : before) {
            String kind = kind(l);
            int[] t = total.computeIfAbsent(kind, k -> new int[2]);
            t[0]++;
            String k = kb.key(l);
            Integer n = pool.get(k);
            if (n != null && n > 0) {
                pool.put(k, n - 1);
                t[1]++;
            } else if (SHOW > 0 && t[0] - t[1] <= SHOW) {
                System.out.println("unmatched: " + l);
            }
        }
    }

    static String kind(String line) {
        char c = line.isEmpty() ? '?' : line.charAt(0);
        return switch (c) {
            case 'T', 'E', 'R', 'A', 'N', '#', '*' -> String.valueOf(c);
            case 'M' -> "A";
            default -> "other";
        };
    }

    /** Numbering-free keys of the lines of one file. */
    private static final class Keys {
        private final Map<String, String> byId = new HashMap<>();
        private final Map<String, String> lineOf = new HashMap<>();

        Keys(List<String> lines) {
            for (String l : lines) {
                String id = l.split("\t", 2)[0];
                if (!id.equals("*")) {
                    lineOf.put(id, l);
                }
            }
        }

        String ref(String id, int depth) {
            String line = lineOf.get(id);
            if (line == null || depth > 4) {
                return "?" + id;
            }
            String k = byId.get(id);
            if (k == null) {
                k = key(line, depth);
                byId.put(id, k);
            }
            return k;
        }

        String key(String line) {
            return key(line, 0);
        }

        private String key(String line, int depth) {
            String[] f = line.split("\t", -1);
            String id = f[0];
            String mid = f.length > 1 ? f[1].trim() : "";
            String rest = f.length > 2 ? String.join("\t", Arrays.asList(f).subList(2, f.length)) : "";
            String[] p = mid.split("\\s+");
            switch (kind(line)) {
                case "T" -> {
                    return "T|" + mid + "|" + rest;
                }
                case "E", "R" -> {
                    List<String> parts = new ArrayList<>();
                    String head = p[0];
                    if (id.startsWith("E")) {
                        String[] tr = head.split(":", 2);
                        head = tr[0] + ":" + (tr.length > 1 ? ref(tr[1], depth + 1) : "");
                    }
                    for (int i = 1; i < p.length; i++) {
                        String[] rr = p[i].split(":", 2);
                        parts.add(rr[0] + ":" + (rr.length > 1 ? ref(rr[1], depth + 1) : ""));
                    }
                    parts.sort(null);
                    return id.charAt(0) + "|" + head + "|" + parts + "|" + rest.strip();
                }
                case "*" -> {
                    List<String> parts = new ArrayList<>();
                    for (int i = 1; i < p.length; i++) {
                        parts.add(ref(p[i], depth + 1));
                    }
                    parts.sort(null);
                    return "*|" + p[0] + "|" + parts;
                }
                case "A", "N", "#" -> {
                    StringBuilder sb = new StringBuilder(kind(line)).append('|').append(p[0]);
                    for (int i = 1; i < p.length; i++) {
                        sb.append('|').append(i == 1 ? ref(p[i], depth + 1) : p[i]);
                    }
                    return sb.append('|').append(rest).toString();
                }
                default -> {
                    return "other|" + line;
                }
            }
        }
    }
}

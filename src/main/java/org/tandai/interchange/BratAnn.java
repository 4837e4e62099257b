package org.tandai.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tandai.store.Problem;

/** The parsed lines of a brat {@code .ann} file, in file order, each with its line number. */
final class BratAnn {
    /** A text-bound line; {@code frags} holds its ranges as written ({@code 10 25;40 61}), start/end their bounds. */
    record T(String id, String type, int start, int end, boolean discontinuous, String text, int line, List<int[]> frags) {
    }

    record Arg(String role, String ref) {
    }

    record E(String id, String type, String trigger, List<Arg> args, int line) {
    }

    record R(String id, String type, List<Arg> args, int line) {
    }

    record Equiv(String type, List<String> refs, int line) {
    }

    record A(String id, String name, String target, String value, int line) {
    }

    record N(String id, String type, String target, String ref, String text, int line) {
    }

    record Note(String type, String target, String text, int line) {
    }

    final List<T> ts = new ArrayList<>();
    final List<E> es = new ArrayList<>();
    final List<R> rs = new ArrayList<>();
    final List<Equiv> equivs = new ArrayList<>();
    final List<A> as = new ArrayList<>();
    final List<N> ns = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    final List<String> unparsed = new ArrayList<>();

    static BratAnn parse(String file, List<String> lines, Consumer<Problem> problems) {
        BratAnn ann = new BratAnn();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                ann.parseLine(line, i + 1);
            } catch (RuntimeException e) {
                problems.accept(Problem.error(file, "line " + (i + 1), "cannot read \"" + shorten(line)
                        + "\" (" + e.getMessage() + "); kept as passthrough"));
                ann.unparsed.add(line);
            }
        }
        return ann;
    }

    private void parseLine(String line, int n) {
        String[] f = line.split("\t", -1);
        String id = f[0];
        String[] mid = f.length > 1 ? f[1].trim().split("\\s+") : new String[0];
        if (mid.length == 0 || mid[0].isEmpty()) {
            throw new IllegalArgumentException("no type after the id");
        }
        switch (id.isEmpty() ? '?' : id.charAt(0)) {
            case 'T' -> {
                String[] frags = f[1].trim().substring(mid[0].length()).trim().split(";");
                int start = Integer.MAX_VALUE;
                int end = -1;
                List<int[]> ranges = new ArrayList<>();
                for (String frag : frags) {
                    String[] se = frag.trim().split("\\s+");
                    if (se.length != 2) {
                        throw new IllegalArgumentException("expected START END offsets");
                    }
                    int[] r = {Integer.parseInt(se[0]), Integer.parseInt(se[1])};
                    ranges.add(r);
                    start = Math.min(start, r[0]);
                    end = Math.max(end, r[1]);
                }
                ts.add(new T(id, mid[0], start, end, frags.length > 1, f.length > 2 ? f[2] : null, n, List.copyOf(ranges)));
            }
            case 'E' -> {
                String[] tr = mid[0].split(":", 2);
                if (tr.length != 2) {
                    throw new IllegalArgumentException("expected TYPE:TRIGGER");
                }
                es.add(new E(id, tr[0], tr[1], args(mid, 1), n));
            }
            case 'R' -> rs.add(new R(id, mid[0], args(mid, 1), n));
            case '*' -> equivs.add(new Equiv(mid[0], List.of(mid).subList(1, mid.length), n));
            case 'A', 'M' -> {
                if (mid.length < 2) {
                    throw new IllegalArgumentException("expected NAME TARGET [VALUE]");
                }
                as.add(new A(id, mid[0], mid[1], mid.length > 2 ? mid[2] : null, n));
            }
            case 'N' -> {
                if (mid.length < 3) {
                    throw new IllegalArgumentException("expected TYPE TARGET DB:ID");
                }
                ns.add(new N(id, mid[0], mid[1], mid[2], f.length > 2 ? f[2] : "", n));
            }
            case '#' -> {
                if (mid.length < 2) {
                    throw new IllegalArgumentException("expected TYPE TARGET");
                }
                notes.add(new Note(mid[0], mid[1], f.length > 2 ? f[2] : "", n));
            }
            default -> throw new IllegalArgumentException("unknown annotation kind \"" + id + "\"");
        }
    }

    private static List<Arg> args(String[] parts, int from) {
        List<Arg> out = new ArrayList<>();
        for (int i = from; i < parts.length; i++) {
            String[] rr = parts[i].split(":", 2);
            if (rr.length != 2) {
                throw new IllegalArgumentException("expected ROLE:ID, found \"" + parts[i] + "\"");
            }
            out.add(new Arg(rr[0], rr[1]));
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}

package org.tandai.interchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Evidence;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.Problem;

/**
 * Reads a brat {@code NAME.ann} with its {@code NAME.txt}. T lines become entity mentions (one
 * entity per T, or one per {@code Coreference} equivalence group; {@code ;} ranges a span in
 * pieces), {@code Claim} T lines claims, {@code Attribution} events sources (the inverse of
 * {@link BratExporter}; also PolNeAR's Source/Cue/Content schema, decision 0830), R lines relations
 * and A lines attributes (0831, 0832). What has no Tandai field (other events, equivalences,
 * normalizations and notes on them) is kept in the {@code brat} document extra and reported, so
 * export writes it back. Offsets are code points of the raw file; a BOM or CR line ends are
 * accounted for.
 */
public final class BratImporter implements Importer {
    private final TagSet tags;

    public BratImporter(TagSet tags) {
        this.tags = tags;
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().endsWith(".ann");
    }

    @Override
    public void read(Path source, Sink sink, Consumer<Problem> problems) throws IOException {
        String name = source.getFileName().toString();
        String base = name.endsWith(".ann") || name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        Path txt = source.resolveSibling(base + ".txt");
        Path annPath = source.resolveSibling(base + ".ann");
        if (!Files.isRegularFile(txt)) {
            problems.accept(Problem.error(source.toString(), "file", "no " + base + ".txt beside it; skipped"));
            return;
        }
        String raw;
        List<String> lines;
        try {
            raw = decode(Files.readAllBytes(txt));
            lines = Files.isRegularFile(annPath) ? List.of(decode(Files.readAllBytes(annPath)).split("\r?\n|\r", -1)) : List.of();
        } catch (CharacterCodingException e) {
            problems.accept(Problem.error(source.toString(), "file", "not valid UTF-8; skipped"));
            return;
        }
        String file = annPath.toString();
        BratAnn ann = BratAnn.parse(file, lines, problems);
        Imported imp = new Imported(base, ArticleText.of(raw));
        new Mapping(file, imp, ann, offsetMap(raw), problems).run();
        sink.accept(imp.article());
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    /** Raw code-point offset to normalized offset, or null when normalization changed nothing. */
    static int[] offsetMap(String raw) {
        if (!raw.startsWith("\uFEFF") && raw.indexOf('\r') < 0) {
            return null;
        }
        int n = raw.codePointCount(0, raw.length());
        int[] map = new int[n + 1];
        int norm = 0;
        int cp = 0;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            map[cp] = norm;
            boolean dropped = (i == 0 && c == 0xFEFF) || (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n');
            if (!dropped) {
                norm++;
            }
            i += Character.charCount(c);
            cp++;
        }
        map[n] = norm;
        return map;
    }

    /** Maps one parsed .ann onto the Tandai document. */
    private final class Mapping {
        private final String file;
        private final Imported imp;
        private final BratAnn ann;
        private final int[] map;
        private final Consumer<Problem> problems;
        private final Map<String, Annotation> byT = new HashMap<>();
        private final Map<String, BratAnn.T> ts = new HashMap<>();
        private final Map<String, Source> byE = new HashMap<>();
        /** A T line's span, for the A lines that put attributes on one mention. */
        private final Map<String, Span> tSpans = new HashMap<>();
        private final JsonObject kept = new JsonObject();
        private final BratSpans spans;
        private int keptCount;

        Mapping(String file, Imported imp, BratAnn ann, int[] map, Consumer<Problem> problems) {
            this.file = file;
            this.imp = imp;
            this.ann = ann;
            this.map = map;
            this.problems = problems;
            this.spans = new BratSpans(file, imp, map, problems);
        }

        private Span spanOf(BratAnn.T t) {
            return spans.spanOf(t);
        }

        void run() {
            Set<String> triggers = new HashSet<>();
            Set<String> roleTs = new HashSet<>();
            for (BratAnn.E e : ann.es) {
                if (isAttribution(e)) {
                    triggers.add(e.trigger());
                    for (BratAnn.Arg a : e.args()) {
                        roleTs.add(a.role().replaceAll("\\d+$", "") + "\t" + a.ref());
                    }
                }
            }
            for (BratAnn.T t : ann.ts) {
                ts.put(t.id(), t);
                // A T named after the role it plays in an attribution (PolNeAR's Source, Cue, Content) is
                // part of the source, never an entity of its own (decision 0830).
                boolean role = ROLE_TYPES.contains(t.type()) && roleTs.contains(t.type() + "\t" + t.id());
                if (triggers.contains(t.id()) || role) {
                    continue;
                }
                Span sp = spanOf(t);
                if (sp != null) {
                    byT.put(t.id(), t.type().equals("Claim") ? imp.claim(sp) : imp.entity(t.type(), sp));
                    tSpans.put(t.id(), sp);
                }
            }
            for (BratAnn.Equiv q : ann.equivs) {
                if (!q.type().equals("Coreference") || !merge(q)) {
                    JsonObject o = new JsonObject();
                    o.addProperty("type", q.type());
                    JsonArray refs = new JsonArray();
                    q.refs().forEach(x -> refs.add(ref(x)));
                    o.add("refs", refs);
                    keep("equivs", o);
                }
            }
            for (BratAnn.E e : ann.es) {
                if (isAttribution(e)) {
                    byE.put(e.id(), imp.source());
                }
            }
            for (BratAnn.E e : ann.es) {
                if (isAttribution(e)) {
                    attribution(e);
                } else {
                    JsonObject o = new JsonObject();
                    o.addProperty("id", e.id());
                    o.addProperty("type", e.type());
                    o.addProperty("trigger", ref(e.trigger()));
                    o.add("args", args(e.args()));
                    keep("events", o);
                }
            }
            new BratImportDetails(this::ref, byT, byE, tags, file, problems, this::keep).apply(ann, imp, tSpans);
            if (!ann.unparsed.isEmpty()) {
                JsonArray lines = new JsonArray();
                ann.unparsed.forEach(lines::add);
                kept.add("lines", lines);
            }
            if (keptCount > 0) {
                imp.doc.extras().put(BratExporter.PASSTHROUGH, kept);
                problems.accept(Problem.warning(file, "file", keptCount + " brat annotation(s) with no Tandai counterpart ("
                        + String.join(", ", kept.keySet()) + ") kept as passthrough; export writes them back"));
            }
        }

        void keep(String list, JsonObject item) {
            if (!kept.has(list)) {
                kept.add(list, new JsonArray());
            }
            kept.getAsJsonArray(list).add(item);
            keptCount++;
        }

        /** The Tandai id for a brat id where there is one; other brat ids (E of kept events, R) stay. */
        String ref(String bratId) {
            Annotation a = byT.get(bratId);
            if (a != null) {
                return a.id();
            }
            Source s = byE.get(bratId);
            return s != null ? s.id() : bratId;
        }

        private JsonArray args(List<BratAnn.Arg> args) {
            JsonArray arr = new JsonArray();
            for (BratAnn.Arg a : args) {
                JsonObject o = new JsonObject();
                o.addProperty("role", a.role());
                o.addProperty("ref", ref(a.ref()));
                arr.add(o);
            }
            return arr;
        }

        private boolean merge(BratAnn.Equiv q) {
            Entity head = null;
            for (String r : q.refs()) {
                if (!(byT.get(r) instanceof Entity e) || (head != null && !e.type().equals(head.type()))) {
                    return false;
                }
                head = head == null ? e : head;
            }
            for (String r : q.refs()) {
                Entity e = (Entity) byT.get(r);
                if (e != head) {
                    head.mentions().addAll(e.mentions());
                    imp.doc.remove(e.id());
                    byT.put(r, head);
                }
            }
            return true;
        }

        private void attribution(BratAnn.E e) {
            Source s = byE.get(e.id());
            BratAnn.T trig = ts.get(e.trigger());
            Span tr = trig == null ? null : spanOf(trig);
            boolean cueRole = e.args().stream().anyMatch(a -> a.role().equals("Cue"));
            boolean triggerIsContent = e.args().stream().anyMatch(a -> a.role().startsWith("Content") && a.ref().equals(e.trigger()));
            if (tr != null && (cueRole || !triggerIsContent)) {
                s.setCue(tr);
            }
            // How the event was written, so export gives back the same lines (decision 0830).
            JsonObject form = new JsonObject();
            form.addProperty("event", e.type());
            form.addProperty("trigger", trig == null ? e.type() : trig.type());
            form.addProperty("cueRole", cueRole);
            JsonArray other = new JsonArray();
            for (BratAnn.Arg a : e.args()) {
                Annotation target = byT.get(a.ref());
                BratAnn.T t = ts.get(a.ref());
                if (a.role().equals("Source") && target instanceof Entity en) {
                    s.setSpeaker(en.id());
                } else if (a.role().equals("Source") && t != null && target == null && spanOf(t) != null) {
                    // A PolNeAR Source T ("he", "the ministry"): the speaker as written, not an entity.
                    Span sp = spanOf(t);
                    s.setSpeakerDescription(BratSpans.joined(sp));
                    form.addProperty("sourceType", t.type());
                    form.add("source", BratSpans.ranges(sp));
                } else if (a.role().equals("Cue")) {
                    if (t != null && !a.ref().equals(e.trigger()) && spanOf(t) != null) {
                        s.setCue(spanOf(t));
                        form.addProperty("cue", t.type());
                    }
                } else if (a.role().startsWith("Content") && target instanceof Claim c) {
                    s.claimIds().add(c.id());
                } else if (a.role().startsWith("Content") && t != null && s.content() == null && spanOf(t) != null) {
                    s.setContent(spanOf(t));
                    if (!t.type().equals("Content") && !a.ref().equals(e.trigger())) {
                        form.addProperty("content", t.type());
                    }
                } else if (a.role().equals("Via") && byE.containsKey(a.ref())) {
                    s.setVia(byE.get(a.ref()).id());
                } else {
                    JsonObject o = new JsonObject();
                    o.addProperty("role", a.role());
                    o.addProperty("ref", ref(a.ref()));
                    if (t != null && target == null && spanOf(t) != null) {
                        o.addProperty("type", t.type());
                        o.add("ranges", BratSpans.ranges(spanOf(t)));
                    }
                    other.add(o);
                }
            }
            s.extras().put(BratExporter.EVENT_FORM, form);
            if (!other.isEmpty()) {
                s.extras().put("bratArgs", other);
                problems.accept(Problem.warning(file, "line " + e.line(), e.id() + ": " + other.size()
                        + " argument(s) with no Tandai counterpart kept in the source's bratArgs"));
            }
        }
    }

    /** PolNeAR's event types: {@code Attribution} and {@code Attribution-no-source}. */
    static boolean isAttribution(BratAnn.E e) {
        return e.type().equals("Attribution") || e.type().startsWith("Attribution-");
    }

    /** T types named after an attribution role or trigger; such Ts are never entities. */
    static final Set<String> ROLE_TYPES = Set.of("Source", "Cue", "Content", "Attribution", "Attribution-no-source");

    /** Verdict or other label from brat, matched to the tag set ignoring case, '-' and '_'; null if none. */
    static String label(String value, List<String> names) {
        String v = value.toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "");
        for (String n : names) {
            if (n.toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "").equals(v)) {
                return n;
            }
        }
        return null;
    }

    static void addEvidence(Claim c, String text) {
        String t = text.strip();
        int sp = t.indexOf(' ');
        String first = sp < 0 ? t : t.substring(0, sp);
        if (first.contains("://")) {
            c.evidence().add(new Evidence(first, sp < 0 ? null : t.substring(sp + 1).strip()));
        } else {
            c.evidence().add(new Evidence(null, t));
        }
    }

    static JsonPrimitive prim(String s) {
        return new JsonPrimitive(s);
    }
}

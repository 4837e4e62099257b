package org.tandai.interchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Evidence;
import org.tandai.model.Relation;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.store.Problem;

/**
 * Writes brat standoff: {@code NAME.txt} (the normalized text) and {@code NAME.ann} per article and
 * one {@code annotation.conf}. Offsets are code points, as brat's server counts them.
 * <ul>
 * <li>entity mentions: T lines; several mentions of one entity are joined by a
 *     {@code Coreference} equivalence ({@code *}); externalId: an N line; name and note: # lines;</li>
 * <li>claims: {@code Claim} T lines with Verdict, CheckWorthy and ClaimKind A lines, a
 *     {@code Claimant} relation, Statement/Evidence/AnnotatorNotes # lines;</li>
 * <li>sources: an {@code Attribution} event whose trigger is the cue, with roles Source, Cue,
 *     Content (content span and claims, numbered Content2…) and Via (the relaying source's event),
 *     a Form attribute and SpeakerDescription/AnnotatorNotes # lines (decision record 0201);</li>
 * <li>spans in pieces: {@code ;} ranges; relations: R lines; attributes: A lines (0830–0832);</li>
 * <li>brat content kept from an import ({@code brat} document extra): events, relations,
 *     equivalences, attributes, notes written back with fresh ids.</li>
 * </ul>
 */
public final class BratExporter implements Exporter {
    /** Document extra where brat import keeps what has no Tandai counterpart. */
    static final String PASSTHROUGH = "brat";
    /** Entity extra with the text of the brat N line, when it differs from the entity name. */
    static final String REFERENCE_TEXT = "bratReferenceText";
    /** Source extra recording how an imported attribution event was written (decision 0830). */
    static final String EVENT_FORM = "bratEvent";
    /** Relation extra with the brat roles of its two arguments when they were not Arg1 and Arg2. */
    static final String RELATION_ROLES = "bratRoles";

    private final OutputFiles files;
    private final BratConf conf = new BratConf();
    /** annotation.conf as it stands for the pairs already in place (written if the export is stopped). */
    private volatile String committedConf;

    public BratExporter(Path outDir) {
        this(new OutputFiles(outDir));
    }

    BratExporter(OutputFiles files) {
        this.files = files;
    }

    @Override
    public void write(Article a, Consumer<Problem> problems) throws IOException {
        OutputFiles.Pending txt = files.prepare(a.name() + ".txt", a.text().text());
        OutputFiles.Pending ann = files.prepare(a.name() + ".ann", annText(a, problems));
        // The .ann first: brat lists a document by its .txt, so it never shows one without its annotations.
        files.commit(ann, txt);
        // A few lines, rebuilt per article (microseconds next to the two files), so a stop never reads a conf being added to.
        committedConf = conf.text();
    }

    String annText(Article a, Consumer<Problem> problems) {
        return new Writer(a, problems).run();
    }

    @Override
    public void finish() throws IOException {
        files.write("annotation.conf", conf.text());
    }

    /** Stopped early: the pairs already in place still get the annotation.conf that describes them. */
    @Override
    public void salvage() throws IOException {
        String text = committedConf;
        if (text != null) {
            files.write("annotation.conf", text);
        }
    }

    @Override
    public void close() {
        // Every file is closed once written; what remains are recycled temporary files.
        files.discardTemps();
    }

    /** The .ann of one article. */
    private final class Writer {
        private final Article a;
        private final Consumer<Problem> problems;
        private final String file;
        private final StringBuilder ann = new StringBuilder();
        private final int[] ids = new int[6];
        /** Tandai id to brat id: an entity's first T, a claim's T, a source's E. */
        private final Map<String, String> refs = new HashMap<>();
        private final Map<String, String> typeOf = new HashMap<>();
        private final Map<String, String> mentionT = new HashMap<>();

        Writer(Article a, Consumer<Problem> problems) {
            this.a = a;
            this.problems = problems;
            this.file = a.name() + ".txt";
        }

        private String next(char prefix, int slot) {
            return (prefix == '#' ? "#" : String.valueOf(prefix)) + (++ids[slot]);
        }

        private String t(String type, Span s) {
            String id = next('T', 0);
            ann.append(id).append('\t').append(type).append(' ').append(BratSpans.offsets(s))
                    .append('\t').append(BratSpans.joined(s)).append('\n');
            typeOf.put(id, type);
            return id;
        }

        private void attr(String name, String target, String value, String targetKind) {
            ann.append(next('A', 1)).append('\t').append(name).append(' ').append(target);
            if (value != null) {
                ann.append(' ').append(value);
            }
            ann.append('\n');
            conf.attribute(name, targetKind, value);
        }

        private void note(String type, String target, String text) {
            if (text != null && !text.isBlank()) {
                ann.append(next('#', 2)).append('\t').append(type).append(' ').append(target).append('\t')
                        .append(oneLine(text)).append('\n');
            }
        }

        private void relation(String type, String id, String arg1, String arg2) {
            ann.append(id).append('\t').append(type).append(" Arg1:").append(arg1).append(" Arg2:").append(arg2).append("\t\n");
            conf.relationArg(type, "Arg1", confType(arg1));
            conf.relationArg(type, "Arg2", confType(arg2));
        }

        /** Tandai attributes as A lines: true → binary, a text → valued; false and empty are not written. */
        private void attributes(Map<String, Object> values, String target, String targetKind) {
            values.forEach((name, v) -> {
                if (Boolean.TRUE.equals(v)) {
                    attr(BratPassthrough.typeName(name), target, null, targetKind);
                } else if (v instanceof String str && !str.isBlank()) {
                    attr(BratPassthrough.typeName(name), target, BratPassthrough.typeName(str), targetKind);
                }
            });
        }

        /** A Tandai relation as an R line between its ends' brat ids (an entity's first mention). */
        private void relation(Relation r) {
            String from = refs.get(r.from());
            String to = refs.get(r.to());
            if (from == null || to == null) {
                problems.accept(Problem.warning(file, r.id(), "relation " + r.type() + " has an end that was not exported "
                        + "(or is a relation, which brat cannot link); not exported"));
                return;
            }
            String type = BratPassthrough.typeName(r.type());
            String r1 = "Arg1";
            String r2 = "Arg2";
            if (r.extras().get(RELATION_ROLES) instanceof JsonArray roles && roles.size() == 2) {
                r1 = roles.get(0).getAsString();
                r2 = roles.get(1).getAsString();
            }
            String id = next('R', 5);
            refs.put(r.id(), id);
            ann.append(id).append('\t').append(type).append(' ').append(r1).append(':').append(from).append(' ')
                    .append(r2).append(':').append(to).append("\t\n");
            conf.relationArg(type, r1, confType(from));
            conf.relationArg(type, r2, confType(to));
            note("AnnotatorNotes", id, r.note());
            if (!r.attributes().isEmpty()) {
                problems.accept(Problem.warning(file, r.id(), "brat has no attributes on relations; "
                        + String.join(", ", r.attributes().keySet()) + " not exported"));
            }
        }

        private String confType(String bratId) {
            return bratId.startsWith("E") ? "<EVENT>" : typeOf.getOrDefault(bratId, "<ENTITY>");
        }

        String run() {
            int len = a.text().length();
            for (Entity e : Exports.entities(a.doc())) {
                entity(e, len);
            }
            for (Claim c : Exports.claims(a.doc())) {
                claim(c, len);
            }
            List<Source> sources = Exports.sources(a.doc());
            for (Source s : sources) {
                if (Exports.usable(s.cue(), len) || Exports.usable(s.content(), len)) {
                    refs.put(s.id(), next('E', 3));
                } else {
                    problems.accept(Problem.warning(file, s.id(), "source has neither cue nor content span; brat needs "
                            + "a trigger, so it is not exported"));
                }
            }
            for (Source s : sources) {
                if (refs.containsKey(s.id())) {
                    source(s, len);
                }
            }
            for (Relation r : a.doc().relations()) {
                relation(r);
            }
            new BratPassthrough(a, refs, typeOf, conf, problems, ids).write(ann);
            return ann.toString();
        }

        private void entity(Entity e, int len) {
            String type = BratPassthrough.typeName(e.type());
            String first = null;
            StringBuilder coref = new StringBuilder();
            for (Span m : Exports.mentions(e)) {
                if (!Exports.usable(m, len)) {
                    continue;
                }
                String id = t(type, m);
                attributes(m.attributes(), id, type);
                mentionT.put(e.id() + "@" + m.start() + ":" + m.end(), id);
                coref.append(' ').append(id);
                if (first == null) {
                    first = id;
                }
            }
            if (first == null) {
                return;
            }
            conf.entity(type);
            refs.put(e.id(), first);
            if (coref.indexOf(" ", 1) > 0) {
                ann.append("*\tCoreference").append(coref).append('\n');
                conf.equiv("Coreference");
            }
            if (e.externalId() != null && !e.externalId().isBlank()) {
                String ext = e.externalId().strip().replace(' ', '_');
                String norm = ext.indexOf(':') > 0 ? ext : "Tandai:" + ext;
                String text = e.extras().get(REFERENCE_TEXT) instanceof JsonElement el && el.isJsonPrimitive()
                        ? el.getAsString() : e.name();
                ann.append(next('N', 4)).append("\tReference ").append(first).append(' ').append(norm).append('\t')
                        .append(text == null ? "" : oneLine(text)).append('\n');
            }
            Span firstSpan = Exports.mentions(e).get(0);
            if (e.name() != null && !e.name().equals(firstSpan.exact().strip())) {
                note("Name", first, e.name());
            }
            note("AnnotatorNotes", first, e.note());
        }

        private void claim(Claim c, int len) {
            if (!Exports.usable(c.span(), len)) {
                problems.accept(Problem.warning(file, c.id() + ".span", "no usable span; claim not exported"));
                return;
            }
            String id = t("Claim", c.span());
            conf.entity("Claim");
            refs.put(c.id(), id);
            if (c.verdict() != null) {
                attr("Verdict", id, c.verdict(), "Claim");
            }
            if (c.checkWorthiness() != null) {
                attr("CheckWorthy", id, c.checkWorthiness(), "Claim");
            }
            if (c.claimKind() != null) {
                attr("ClaimKind", id, c.claimKind(), "Claim");
            }
            attributes(c.attributes(), id, "Claim");
            Entity who = a.doc().entity(c.claimant());
            if (who != null && refs.containsKey(who.id())) {
                relation("Claimant", next('R', 5), id, mentionOf(who, c.span()));
            }
            if (c.statement() != null && !c.statement().equals(c.span().exact())) {
                note("Statement", id, c.statement());
            }
            for (Evidence ev : c.evidence()) {
                note("Evidence", id, (ev.url() == null ? "" : ev.url()) + (ev.note() == null ? "" : " " + ev.note()));
            }
            note("AnnotatorNotes", id, c.note());
        }

        private Span speakerSpan(JsonArray ranges, int len) {
            return BratSpans.fromRanges(a.text(), ranges);
        }

        private Span speakerSpanOr(JsonArray ranges, int len) {
            Span sp = speakerSpan(ranges, len);
            return sp != null ? sp : Span.of(a.text(), 0, 0);
        }

        private String mentionOf(Entity who, Span near) {
            Span m = Exports.nearestMention(who, near);
            String id = m == null ? null : mentionT.get(who.id() + "@" + m.start() + ":" + m.end());
            return id != null ? id : refs.get(who.id());
        }

        private void source(Source s, int len) {
            String eid = refs.get(s.id());
            JsonObject form = s.extras().get(EVENT_FORM) instanceof JsonObject o ? o : new JsonObject();
            String event = form.has("event") ? Json.str(form, "event") : "Attribution";
            boolean hasCue = Exports.usable(s.cue(), len);
            Span trigger = hasCue ? s.cue() : s.content();
            String trig = t(form.has("trigger") ? Json.str(form, "trigger") : "Attribution", trigger);
            StringBuilder line = new StringBuilder(eid).append('\t').append(event).append(':').append(trig);
            conf.eventArg(event, null, null);
            Entity who = a.doc().entity(s.speaker());
            if (form.get("source") instanceof JsonArray ranges && speakerSpan(ranges, len) != null) {
                String type = Json.str(form, "sourceType");
                String m = t(type, speakerSpan(ranges, len));
                conf.entity(type);
                line.append(" Source:").append(m);
                conf.eventArg(event, "Source", type);
            } else if (who != null && refs.containsKey(who.id())) {
                String m = mentionOf(who, s.cue());
                line.append(" Source:").append(m);
                conf.eventArg(event, "Source", typeOf.get(m));
            }
            if (hasCue && form.has("cue")) {
                String type = Json.str(form, "cue");
                line.append(" Cue:").append(t(type, s.cue()));
                conf.entity(type);
                conf.eventArg(event, "Cue", type);
            } else if (hasCue && (!form.has("cueRole") || form.get("cueRole").getAsBoolean())) {
                line.append(" Cue:").append(trig);
                conf.eventArg(event, "Cue", "Attribution");
            }
            int n = 0;
            if (Exports.usable(s.content(), len)) {
                String ctype = form.has("content") ? Json.str(form, "content") : "Content";
                String content = hasCue ? t(ctype, s.content()) : trig;
                conf.entity(ctype);
                line.append(" Content:").append(content);
                conf.eventArg(event, "Content", hasCue ? ctype : "Attribution");
                n++;
            }
            for (String cid : s.claimIds()) {
                String ct = refs.get(cid);
                if (ct == null) {
                    problems.accept(Problem.warning(file, s.id() + ".claims", "claim " + cid + " was not exported; left out"));
                    continue;
                }
                line.append(" Content").append(n == 0 ? "" : String.valueOf(n + 1)).append(':').append(ct);
                conf.eventArg(event, "Content", "Claim");
                n++;
            }
            if (s.via() != null && refs.containsKey(s.via())) {
                line.append(" Via:").append(refs.get(s.via()));
                conf.eventArg(event, "Via", "Attribution");
            }
            if (s.extras().get("bratArgs") instanceof JsonArray kept) {
                // Roles an import could not map (e.g. a Supplement) go back as they came.
                for (JsonElement el : kept) {
                    JsonObject arg = el.getAsJsonObject();
                    String target = refs.getOrDefault(Json.str(arg, "ref"), null);
                    if (target == null && arg.get("ranges") instanceof JsonArray ranges && speakerSpan(ranges, len) != null) {
                        // A second content piece or other role T kept with its offsets.
                        target = t(Json.str(arg, "type"), speakerSpan(ranges, len));
                        conf.entity(Json.str(arg, "type"));
                    }
                    if (target != null) {
                        line.append(' ').append(Json.str(arg, "role")).append(':').append(target);
                        conf.eventArg(event, Json.str(arg, "role"), confType(target));
                    }
                }
            }
            ann.append(line).append('\n');
            if (s.form() != null) {
                attr("Form", eid, s.form(), "Attribution");
            }
            attributes(s.attributes(), eid, event);
            if (!(form.get("source") instanceof JsonArray r) || !BratSpans.joined(speakerSpanOr(r, len)).equals(s.speakerDescription())) {
                note("SpeakerDescription", eid, s.speakerDescription());
            }
            note("AnnotatorNotes", eid, s.note());
        }
    }

    /** brat lines end at a newline and split fields at tabs: both become spaces inside a field. */
    static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\t', ' ').replace('\r', ' ');
    }
}

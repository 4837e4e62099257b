package org.tandai.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.store.CorpusLayout;
import org.tandai.store.Layer;
import org.tandai.store.SidecarStore;
import org.tandai.store.SidecarWriter;

/**
 * A synthetic team corpus for the {@code agree} benchmark and for trying agreement out: each
 * article of {@link SyntheticCorpus} with its annotations as the curated layer, and one layer per
 * annotator in {@code annotators/annotator-N/}, each a copy that disagrees the way people do: a
 * few mentions, claims and sources left out, boundaries one code point off, another entity type,
 * another verdict or check-worthiness. The same seed gives the same files.
 */
public final class SyntheticTeam {
    private static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION", "MEDIA", "DATE");
    private static final List<String> VERDICTS = List.of("unverified", "true", "false", "mixed", "mostly-false");
    private static final List<String> WORTHINESS = List.of("low", "medium", "high");

    private SyntheticTeam() {
    }

    /** The slug of annotator {@code i} (1-based). */
    public static Layer annotator(int i) {
        return new Layer("annotator-" + i);
    }

    /** Where the generated files go. */
    public interface Sink {
        void write(Path file, byte[] bytes) throws IOException;
    }

    /**
     * Writes {@code count} articles into {@code dir}, each with its curated layer and
     * {@code annotators} annotators' layers, through the atomic writer.
     */
    public static void write(Path dir, String prefix, int count, long seed, int chars, int annotations, int annotators)
            throws IOException {
        SidecarStore store = new SidecarStore();
        generate(dir, prefix, count, seed, chars, annotations, annotators, (f, b) -> store.writeAtomically(f, b, false));
    }

    /**
     * Generates the same files into {@code sink}: the benchmark writes its scratch copy without the
     * atomic writer's fsync per file, which would make 60,000 files take ten minutes.
     */
    public static void generate(Path dir, String prefix, int count, long seed, int chars, int annotations,
                                int annotators, Sink sink) throws IOException {
        Files.createDirectories(dir);
        CorpusLayout layout = CorpusLayout.withTeamFlag(dir, true);
        for (int r = 1; r <= annotators; r++) {
            Files.createDirectories(layout.folderOf(annotator(r)));
        }
        for (int i = 0; i < count; i++) {
            long articleSeed = seed * 1_000_003L + i;
            SyntheticCorpus.Article a = SyntheticCorpus.article(String.format("%s%04d", prefix, i), articleSeed, chars,
                    annotations);
            Path txt = dir.resolve(a.name() + ".txt");
            sink.write(txt, a.text().text().getBytes(StandardCharsets.UTF_8));
            sink.write(layout.sidecar(txt, Layer.CURATED), bytes(a.document()));
            for (int r = 1; r <= annotators; r++) {
                AnnotatedDocument variant = variant(a.document(), a.text(), new SplittableRandom(articleSeed * 31 + r));
                sink.write(layout.sidecar(txt, annotator(r)), bytes(variant));
            }
        }
    }

    private static byte[] bytes(AnnotatedDocument doc) {
        return SidecarWriter.toJson(doc).getBytes(StandardCharsets.UTF_8);
    }

    /** One annotator's version of a document: a copy with a few of the disagreements people make. */
    static AnnotatedDocument variant(AnnotatedDocument base, ArticleText text, SplittableRandom rnd) {
        AnnotatedDocument d = new AnnotatedDocument(base.info());
        for (Entity e : base.entities()) {
            Entity c = e.copy();
            if (rnd.nextInt(25) == 0) {
                c.setType(other(TYPES, e.type(), rnd));
            }
            List<Span> kept = new ArrayList<>();
            for (Span m : c.mentions()) {
                int roll = rnd.nextInt(100);
                if (roll < 6 && c.mentions().size() > 1) {
                    continue;
                }
                kept.add(roll < 12 ? shifted(m, text, rnd) : m);
            }
            c.mentions().clear();
            c.mentions().addAll(kept.isEmpty() ? e.mentions() : kept);
            d.add(c);
        }
        Set<String> dropped = new HashSet<>();
        for (Claim cl : base.claims()) {
            if (rnd.nextInt(20) == 0) {
                dropped.add(cl.id());
                continue;
            }
            Claim c = cl.copy();
            if (rnd.nextInt(10) == 0) {
                c.setSpan(shifted(c.span(), text, rnd));
            }
            if (rnd.nextInt(7) == 0) {
                c.setVerdict(other(VERDICTS, c.verdict(), rnd));
            }
            if (rnd.nextInt(7) == 0) {
                c.setCheckWorthiness(other(WORTHINESS, c.checkWorthiness(), rnd));
            }
            d.add(c);
        }
        for (Source s : base.sources()) {
            if (rnd.nextInt(16) == 0) {
                dropped.add(s.id());
                continue;
            }
            Source c = s.copy();
            if (rnd.nextInt(20) == 0 && c.cue() != null) {
                c.setCue(shifted(c.cue(), text, rnd));
            }
            c.claimIds().removeIf(dropped::contains);
            d.add(c);
        }
        for (Source s : d.sources()) {
            if (s.via() != null && dropped.contains(s.via())) {
                s.setVia(null);
            }
        }
        for (Annotation a : d.all()) {
            a.setCreatedBy("synthetic");
        }
        return d;
    }

    /** The span with its start or its end moved by one code point, never empty, never outside the text. */
    private static Span shifted(Span s, ArticleText text, SplittableRandom rnd) {
        if (s.isMultiFragment() || s.end() - s.start() < 3) {
            return s;
        }
        return switch (rnd.nextInt(4)) {
            case 0 -> Span.of(text, s.start() + 1, s.end());
            case 1 -> Span.of(text, s.start(), s.end() - 1);
            case 2 -> s.start() > 0 ? Span.of(text, s.start() - 1, s.end()) : s;
            default -> s.end() < text.length() ? Span.of(text, s.start(), s.end() + 1) : s;
        };
    }

    private static String other(List<String> values, String current, SplittableRandom rnd) {
        String v = values.get(rnd.nextInt(values.size()));
        return v.equals(current) ? values.get((values.indexOf(v) + 1) % values.size()) : v;
    }
}

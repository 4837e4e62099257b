package org.tandai.synth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;

/**
 * Generates realistic synthetic articles with dense annotations for benchmarks: Indonesian- and
 * English-like sentences, quotations in typographic quotes, attribution cues, astral characters,
 * entities with many mentions, long claims overlapping mentions, and sources with via chains.
 * The same seed always gives the same corpus, byte for byte.
 */
public final class SyntheticCorpus {
    private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");

    /** One generated article. */
    public record Article(String name, ArticleText text, AnnotatedDocument document) {
    }

    private SyntheticCorpus() {
    }

    /**
     * Generates one article of about {@code chars} characters carrying about {@code annotations}
     * annotations (mentions count as annotations), deterministically from {@code seed}.
     */
    public static Article article(String name, long seed, int chars, int annotations) {
        SplittableRandom rnd = new SplittableRandom(seed);
        TextBuilder tb = new TextBuilder(rnd);
        // Roughly: each sentence carries ~2 mentions, and every 3rd sentence a claim and a source.
        int sentencesNeeded = Math.max(1, annotations * 3 / 8);
        while (tb.length() < chars || tb.sentences() < sentencesNeeded) {
            tb.paragraph();
            if (tb.length() > chars * 4L + 10_000) {
                break;
            }
        }
        ArticleText text = ArticleText.ofNormalized(tb.text());
        AnnotatedDocument doc = new AnnotatedDocument(new DocumentInfo(name + ".txt", text.sha256(), rnd.nextBoolean() ? "id" : "en"));
        doc.info().setTitle("Synthetic article " + name);
        List<Entity> entities = new ArrayList<>();
        int budget = annotations;
        List<Source> sources = new ArrayList<>();
        for (TextBuilder.Sentence s : tb.sentenceList()) {
            if (budget <= 0) {
                break;
            }
            for (TextBuilder.Mention m : s.mentions()) {
                if (budget-- <= 0) {
                    break;
                }
                Entity e = entityFor(doc, entities, m, text);
                e.mentions().add(Span.of(text, m.start(), m.end()));
            }
            if (s.claimStart() >= 0 && budget > 1) {
                Claim c = new Claim(doc.newId(Kind.CLAIM), Span.of(text, s.claimStart(), s.claimEnd()), null);
                c.setStatement(text.slice(s.claimStart(), s.claimEnd()));
                c.setVerdict(List.of("unverified", "true", "false", "mixed", "mostly-false").get(rnd.nextInt(5)));
                c.setClaimKind(List.of("factual", "opinion", "prediction", "promise").get(rnd.nextInt(4)));
                c.setCheckWorthiness(List.of("low", "medium", "high").get(rnd.nextInt(3)));
                stamp(c);
                doc.add(c);
                budget--;
                Source src = new Source(doc.newId(Kind.SOURCE));
                src.setCue(Span.of(text, s.cueStart(), s.cueEnd()));
                src.claimIds().add(c.id());
                src.setContent(c.span());
                src.setForm(List.of("direct", "indirect", "media", "document").get(rnd.nextInt(4)));
                Entity speaker = s.mentions().isEmpty() ? null : entityFor(doc, entities, s.mentions().get(0), text);
                if (speaker != null) {
                    src.setSpeaker(speaker.id());
                } else {
                    src.setSpeakerDescription("unnamed officials");
                }
                if (!sources.isEmpty() && rnd.nextInt(4) == 0) {
                    src.setVia(sources.get(sources.size() - 1).id());
                }
                stamp(src);
                doc.add(src);
                sources.add(src);
                budget--;
            }
        }
        return new Article(name, text, doc);
    }

    private static Entity entityFor(AnnotatedDocument doc, List<Entity> entities, TextBuilder.Mention m, ArticleText text) {
        String name = text.slice(m.start(), m.end());
        for (Entity e : entities) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        Entity e = new Entity(doc.newId(Kind.ENTITY), name, m.type());
        stamp(e);
        doc.add(e);
        entities.add(e);
        return e;
    }

    private static void stamp(Annotation a) {
        a.setCreatedBy("synthetic");
        a.setCreatedAt(STAMP);
        a.setUpdatedAt(STAMP);
    }

    /** Writes {@code count} articles {@code prefix0000.txt …} with sidecars into {@code dir}. */
    public static void write(Path dir, String prefix, int count, long seed, int chars, int annotations)
            throws StoreException, java.io.IOException {
        Files.createDirectories(dir);
        SidecarStore store = new SidecarStore();
        for (int i = 0; i < count; i++) {
            Article a = article(String.format("%s%04d", prefix, i), seed * 1_000_003L + i, chars, annotations);
            Path txt = dir.resolve(a.name() + ".txt");
            Files.writeString(txt, a.text().text());
            store.save(txt, a.document());
        }
    }
}

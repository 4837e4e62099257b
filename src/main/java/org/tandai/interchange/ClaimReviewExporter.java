package org.tandai.interchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.TagSet;
import org.tandai.store.Problem;

/**
 * Writes schema.org ClaimReview JSON-LD for every claim with a verdict other than
 * {@code unverified}: per article {@code NAME.claimreview.jsonld}, an array of ClaimReview objects.
 * {@code claimReviewed} is the statement, {@code itemReviewed} a Claim whose author is the
 * claimant and whose {@code appearance} is the article's URL; {@code reviewRating} carries the
 * verdict's label as {@code alternateName} and its tag-set rating as {@code ratingValue} on a
 * 1..bestRating scale (docs/formats.md documents the mapping; verdicts rated 0 get no number).
 * Publisher and review URL come from {@link ClaimReviewSettings}.
 */
public final class ClaimReviewExporter implements Exporter {
    private final OutputFiles files;
    private final LineBuffer buffer = new LineBuffer();
    private final TagSet tags;
    private final ClaimReviewSettings settings;
    private boolean warnedPublisher;

    public ClaimReviewExporter(Path outDir, TagSet tags, ClaimReviewSettings settings) {
        this(new OutputFiles(outDir), tags, settings);
    }

    ClaimReviewExporter(OutputFiles files, TagSet tags, ClaimReviewSettings settings) {
        this.files = files;
        this.tags = tags;
        this.settings = settings;
    }

    @Override
    public void write(Article a, Consumer<Problem> problems) throws IOException {
        JsonArray reviews = toJson(a, problems);
        if (!reviews.isEmpty()) {
            Json.writePretty(reviews, buffer);
            buffer.write('\n');
            files.write(a.name() + ".claimreview.jsonld", buffer);
        }
    }

    /** The ClaimReviews of one article (possibly empty). */
    public JsonArray toJson(Article a, Consumer<Problem> problems) {
        String file = a.name() + ".txt";
        JsonArray out = new JsonArray();
        if (settings.publisher() == null && !warnedPublisher) {
            warnedPublisher = true;
            problems.accept(Problem.warning(ClaimReviewSettings.FILE_NAME, "claimReview.publisher", "no publisher set "
                    + "(corpus settings or --publisher); ClaimReviews have no author"));
        }
        for (Claim c : Exports.claims(a.doc())) {
            TagSet.Verdict v = c.verdict() == null ? null : tags.verdict(c.verdict());
            if (c.verdict() == null || "unverified".equals(c.verdict())) {
                continue;
            }
            JsonObject r = new JsonObject();
            r.addProperty("@context", "https://schema.org");
            r.addProperty("@type", "ClaimReview");
            String url = reviewUrl(a, c);
            if (url != null) {
                r.addProperty("url", url);
            } else {
                problems.accept(Problem.warning(file, c.id(), "no review URL (set claimReview.baseUrl or the article's url); "
                        + "\"url\" is required by Google"));
            }
            String statement = c.statement() != null && !c.statement().isBlank() ? c.statement() : c.span().exact();
            r.addProperty("claimReviewed", statement);
            if (statement.codePointCount(0, statement.length()) > 75) {
                problems.accept(Problem.warning(file, c.id() + ".statement", "claimReviewed is longer than the 75 characters Google recommends"));
            }
            if (c.updatedAt() != null) {
                r.addProperty("datePublished", c.updatedAt().toString().substring(0, 10));
            }
            if (settings.publisher() != null) {
                JsonObject author = new JsonObject();
                author.addProperty("@type", "Organization");
                author.addProperty("name", settings.publisher());
                if (settings.publisherUrl() != null) {
                    author.addProperty("url", settings.publisherUrl());
                }
                r.add("author", author);
            }
            JsonObject rating = new JsonObject();
            rating.addProperty("@type", "Rating");
            if (v != null && v.rating() > 0) {
                rating.addProperty("ratingValue", v.rating());
                rating.addProperty("bestRating", tags.bestRating());
                rating.addProperty("worstRating", 1);
            }
            rating.addProperty("alternateName", v != null ? v.label() : c.verdict());
            r.add("reviewRating", rating);
            r.add("itemReviewed", item(a, c));
            out.add(r);
        }
        return out;
    }

    private JsonObject item(Article a, Claim c) {
        JsonObject item = new JsonObject();
        item.addProperty("@type", "Claim");
        Entity who = a.doc().entity(c.claimant());
        if (who != null) {
            JsonObject author = new JsonObject();
            author.addProperty("@type", "PERSON".equals(who.type()) ? "Person" : "Organization");
            author.addProperty("name", who.name());
            if (who.externalId() != null && who.externalId().contains("://")) {
                author.addProperty("sameAs", who.externalId());
            }
            item.add("author", author);
        }
        if (a.doc().info().published() != null) {
            item.addProperty("datePublished", a.doc().info().published());
        }
        if (a.doc().info().url() != null) {
            JsonObject appearance = new JsonObject();
            appearance.addProperty("@type", "NewsArticle");
            appearance.addProperty("url", a.doc().info().url());
            if (a.doc().info().title() != null) {
                appearance.addProperty("headline", a.doc().info().title());
            }
            item.add("appearance", appearance);
        }
        return item;
    }

    private String reviewUrl(Article a, Claim c) {
        if (settings.baseUrl() != null) {
            String base = settings.baseUrl().endsWith("/") ? settings.baseUrl() : settings.baseUrl() + "/";
            return base + a.name() + "#" + c.id();
        }
        return a.doc().info().url() != null ? a.doc().info().url() + "#" + c.id() : null;
    }

    @Override
    public void finish() {
        // One file per article.
    }

    @Override
    public void close() {
        // Every file is closed once written; what remains are recycled temporary files.
        files.discardTemps();
    }
}

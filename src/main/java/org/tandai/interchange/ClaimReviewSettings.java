package org.tandai.interchange;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.tandai.store.Problem;
import org.tandai.store.StrictJson;

/**
 * Who publishes the ClaimReviews of a corpus: the publisher's name and URL, and the base URL under
 * which review pages live. Read from the corpus settings file {@code tandai-corpus.json}, key
 * {@code claimReview}; other keys of that file belong to other features and are ignored. Tandai
 * never writes this file. Command-line options override it.
 */
public record ClaimReviewSettings(String publisher, String publisherUrl, String baseUrl) {
    public static final String FILE_NAME = "tandai-corpus.json";

    public static final ClaimReviewSettings EMPTY = new ClaimReviewSettings(null, null, null);

    /** Reads the settings of a corpus folder; a missing file gives {@link #EMPTY}. */
    public static ClaimReviewSettings read(Path corpusDir, Consumer<Problem> problems) {
        Path file = corpusDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonElement root = StrictJson.parse(in);
            JsonObject cr = root.isJsonObject() && root.getAsJsonObject().get("claimReview") instanceof JsonObject o ? o : null;
            if (cr == null) {
                return EMPTY;
            }
            return new ClaimReviewSettings(Json.str(cr, "publisher"), Json.str(cr, "publisherUrl"), Json.str(cr, "baseUrl"));
        } catch (IOException | RuntimeException e) {
            problems.accept(Problem.warning(file.toString(),
                    e instanceof StrictJson.SyntaxError se ? se.location() : "claimReview", "cannot read the corpus settings ("
                    + StrictJson.message(e) + "); ClaimReview publisher left empty"));
            return EMPTY;
        }
    }

    /** These settings with non-null overrides applied. */
    public ClaimReviewSettings with(String publisher, String publisherUrl, String baseUrl) {
        return new ClaimReviewSettings(publisher != null ? publisher : this.publisher,
                publisherUrl != null ? publisherUrl : this.publisherUrl, baseUrl != null ? baseUrl : this.baseUrl);
    }
}

package org.tandai.suggest;

import java.util.Locale;
import java.util.Set;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;

/** The language of an article: {@code document.language} when set, else guessed from its commonest words. */
public final class Languages {
    private static final Set<String> INDONESIAN = Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari",
            "tidak", "akan", "pada", "dalam", "juga", "ke", "bahwa", "telah", "oleh", "adalah");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "that", "is", "was", "for", "with",
            "on", "he", "said", "as", "by", "his", "at", "it");
    /** Words looked at: enough to tell the two apart, few enough to stay fast on a large article. */
    private static final int SAMPLE = 20_000;

    private Languages() {
    }

    public static String of(AnnotatedDocument doc, ArticleText text) {
        String declared = doc == null || doc.info() == null ? null : doc.info().language();
        if (declared != null && !declared.isBlank()) {
            String tag = declared.toLowerCase(Locale.ROOT);
            int dash = tag.indexOf('-');
            return dash > 0 ? tag.substring(0, dash) : tag;
        }
        return guess(text.text());
    }

    /** "id" or "en" by which language's common words are more frequent; "en" for a tie. */
    public static String guess(String text) {
        int id = 0;
        int en = 0;
        String[] words = text.substring(0, Math.min(text.length(), SAMPLE * 8)).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (int i = 0; i < words.length && i < SAMPLE; i++) {
            if (INDONESIAN.contains(words[i])) {
                id++;
            } else if (ENGLISH.contains(words[i])) {
                en++;
            }
        }
        return id > en ? "id" : "en";
    }
}

package org.tandai.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.tandai.model.TagSet;

/**
 * The part of the theme that depends on the corpus: one style class per entity type, coloured from
 * the tag set. A corpus can add types, so these rules are generated at runtime into a small
 * stylesheet (a data: URI) that sits on top of the static {@code tandai.css}.
 */
public final class Theme {
    private Theme() {
    }

    /** The CSS class of an entity type: "ent-PERSON"; characters CSS does not allow become "_". */
    public static String entityClass(String type) {
        if (type == null) {
            return "ent-NONE";
        }
        // Called for every highlight and table row: no regular expression per call.
        StringBuilder b = new StringBuilder(type.length() + 4).append("ent-");
        type.codePoints().forEach(c -> b.append(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '_' || c == '-' ? (char) c : '_'));
        return b.toString();
    }

    /** The generated stylesheet for the tag set's entity types, as a data: URI. */
    public static String entityStylesheet(TagSet tags) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(entityCss(tags).getBytes(StandardCharsets.UTF_8));
    }

    static String entityCss(TagSet tags) {
        StringBuilder css = new StringBuilder();
        for (TagSet.EntityType t : tags.entityTypes()) {
            String c = safeColor(t.color());
            String cls = entityClass(t.name());
            // Text highlights: a light tint of the type colour behind the text, so claim underlines
            // and cue boxes stay visible on top of it.
            css.append(".article-area .").append(cls).append(" { -rtfx-background-color: ")
                    .append(tint(c, 0.30)).append("; }\n");
            // A suggestion of the type: its colour as a dashed outline, no fill (issue 12).
            css.append(".article-area .suggestion.").append(cls).append(", .article-area .suggestion-").append(cls)
                    .append(" { -rtfx-background-color: transparent; -rtfx-border-stroke-color: ").append(c).append("; }\n");
            css.append(".swatch.").append(cls).append(" { -fx-background-color: ").append(tint(c, 0.30))
                    .append("; -fx-border-color: ").append(c).append("; }\n");
            css.append(".type-chip.").append(cls).append(" { -fx-background-color: ").append(tint(c, 0.22))
                    .append("; -fx-text-fill: derive(").append(c).append(", -45%); }\n");
        }
        // After the entity rules, at the same specificity: a find match shows over an entity's
        // colour, and the current match over the other matches (issue 13).
        css.append(".article-area .find-match { -rtfx-background-color: -t-find; }\n");
        css.append(".article-area .find-current { -rtfx-background-color: -t-find-current;")
                .append(" -rtfx-border-stroke-color: -t-ink; -rtfx-border-stroke-width: 1.5; }\n");
        return css.toString();
    }

    /** The colour mixed with white: {@code alpha} of the colour, the rest white, as #rrggbb. */
    static String tint(String hex, double alpha) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return String.format(Locale.ROOT, "#%02x%02x%02x", mix(r, alpha), mix(g, alpha), mix(b, alpha));
    }

    private static int mix(int v, double alpha) {
        return (int) Math.round(v * alpha + 255 * (1 - alpha));
    }

    private static String safeColor(String c) {
        return c != null && c.matches("#[0-9a-fA-F]{6}") ? c : "#7a7a7a";
    }
}

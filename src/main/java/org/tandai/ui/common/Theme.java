package org.tandai.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.tandai.model.TagSet;

/**
 * The part of the theme that depends on the corpus: one style class per entity type, coloured from
 * the tag set. A corpus can add types, so these rules are generated at runtime into a small
 * stylesheet (a data: URI) that sits on top of the static {@code tandai.css}. The highlight tints
 * depend on the light or dark palette ({@link ThemePalette}), so the sheet is made per theme.
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

    /** The generated stylesheet for the tag set's entity types in the palette's theme, as a data: URI. */
    public static String entityStylesheet(TagSet tags, ThemePalette palette) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(entityCss(tags, palette).getBytes(StandardCharsets.UTF_8));
    }

    /** The generated rules as CSS text (what {@link #entityStylesheet} encodes). */
    public static String entityCss(TagSet tags, ThemePalette palette) {
        StringBuilder css = new StringBuilder();
        for (TagSet.EntityType t : tags.entityTypes()) {
            String c = safeColor(t.color());
            String cls = entityClass(t.name());
            String bg = palette.entityBackground(c);
            // Text highlights: a tint of the type colour behind the text (light on white, dark on
            // the dark paper), so claim underlines and cue boxes stay visible on top of it.
            css.append(".article-area .").append(cls).append(" { -rtfx-background-color: ")
                    .append(bg).append("; }\n");
            // A suggestion of the type: its colour as a dashed outline, no fill (issue 12).
            css.append(".article-area .suggestion.").append(cls).append(", .article-area .suggestion-").append(cls)
                    .append(" { -rtfx-background-color: transparent; -rtfx-border-stroke-color: ").append(c).append("; }\n");
            css.append(".swatch.").append(cls).append(" { -fx-background-color: ").append(bg)
                    .append("; -fx-border-color: ").append(c).append("; }\n");
            // The chip's text is the theme's text colour: on the highlight tint it keeps 4.5:1.
            css.append(".type-chip.").append(cls).append(" { -fx-background-color: ").append(bg)
                    .append("; -fx-text-fill: -t-ink; }\n");
        }
        // After the entity rules, at the same specificity: a find match shows over an entity's
        // colour, and the current match over the other matches (issue 13).
        css.append(".article-area .find-match { -rtfx-background-color: -t-find; }\n");
        css.append(".article-area .find-current { -rtfx-background-color: -t-find-current;")
                .append(" -rtfx-border-stroke-color: -t-ink; -rtfx-border-stroke-width: 1.5; }\n");
        return css.toString();
    }

    private static String safeColor(String c) {
        return c != null && c.matches("#[0-9a-fA-F]{6}") ? c : "#7a7a7a";
    }
}

package org.tandai.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tandai.model.TagSet;

/**
 * Issue 13: both themes are legible. Reads the stylesheets the window loads (tandai.css and
 * tandai-dark.css, from the class path as the window does) and the entity sheet the window
 * generates from them, and checks the WCAG 2.x contrast of every highlight behind text against the
 * theme's text colour (at least 4.5:1), and of lines and frames against the paper (at least 3:1,
 * WCAG's figure for non-text). A failure names the theme, the pair and the ratio.
 */
class ContrastTest {
    /** Backgrounds text is read on, each against the theme's text colour -t-ink. */
    private static final List<String> TEXT_BACKGROUNDS = List.of("-t-paper", "-t-canvas", "-t-find", "-t-find-current",
            "-t-selection-fill", "-t-piece", "-t-differs", "-t-row-disagreed", "-t-row-incomplete");
    /** Underlines and frames drawn on the paper: claim, quoted content, cue, selection, peers' layers. */
    private static final List<String> LINES = List.of("-t-claim", "-t-content", "-t-cue", "-t-selected", "-t-accent",
            "-t-muted", "-t-peer-0", "-t-peer-1", "-t-peer-2", "-t-peer-3", "-t-peer-4", "-t-peer-5", "-t-peer-curated");
    private static final Pattern ENTITY_RULE = Pattern.compile(
            "\\.article-area \\.(ent-[A-Za-z0-9_-]+) \\{ -rtfx-background-color: (#[0-9a-f]{6}); }");

    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        assertEquals(21.0, ThemePalette.contrast("#000000", "#ffffff"), 1e-9);
        assertEquals(1.0, ThemePalette.contrast("#3a9d5d", "#3a9d5d"), 1e-9);
        // #777777 on white is the well-known "just under AA" grey; #767676 just passes.
        assertTrue(ThemePalette.contrast("#777777", "#ffffff") < 4.5);
        assertTrue(ThemePalette.contrast("#767676", "#ffffff") >= 4.5);
        assertEquals("#808080", ThemePalette.mix("#ffffff", "#000000", 0.5020));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void textOnEveryThemeBackgroundKeepsFourAndAHalfToOne(boolean dark) {
        ThemePalette p = ThemePalette.load(dark);
        List<String> failures = new ArrayList<>();
        for (String bg : TEXT_BACKGROUNDS) {
            check(failures, p, bg, p.color(bg), "-t-ink", p.color("-t-ink"), 4.5);
        }
        check(failures, p, "-t-banner", p.color("-t-banner"), "-t-banner-text", p.color("-t-banner-text"), 4.5);
        check(failures, p, "-t-tip", p.color("-t-tip"), "-t-tip-text", p.color("-t-tip-text"), 4.5);
        check(failures, p, "-t-paper", p.color("-t-paper"), "-t-muted", p.color("-t-muted"), 4.5);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void underlinesAndFramesStandOutFromThePaper(boolean dark) {
        ThemePalette p = ThemePalette.load(dark);
        List<String> failures = new ArrayList<>();
        for (String line : LINES) {
            check(failures, p, line, p.color(line), "-t-paper", p.color("-t-paper"), 3.0);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** The entity highlights as the window's generated sheet has them, for the built-in types and import's palette. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyEntityHighlightKeepsFourAndAHalfToOneAgainstTheText(boolean dark) {
        ThemePalette p = ThemePalette.load(dark);
        TagSet tags = TagSet.defaults().withEntityTypes(IntStream.range(0, 7).mapToObj(i -> "IMPORTED" + i).toList());
        String css = Theme.entityCss(tags, p);
        Matcher m = ENTITY_RULE.matcher(css);
        List<String> failures = new ArrayList<>();
        int rules = 0;
        while (m.find()) {
            rules++;
            check(failures, p, m.group(1), m.group(2), "-t-ink", p.color("-t-ink"), 4.5);
        }
        assertEquals(tags.entityTypes().size(), rules, "one highlight rule per entity type in:\n" + css);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** A corpus may choose any colour: a white or yellow type is made fainter until the text reads on it. */
    @ParameterizedTest
    @ValueSource(strings = {"#ffffff", "#ffff00", "#00ff00", "#000000", "#0000ff"})
    void anyCorpusColourStaysLegibleInBothThemes(String typeColor) {
        for (boolean dark : new boolean[] {false, true}) {
            ThemePalette p = ThemePalette.load(dark);
            String bg = p.entityBackground(typeColor);
            double ratio = ThemePalette.contrast(bg, p.color("-t-ink"));
            assertTrue(ratio >= 4.5, (dark ? "dark" : "light") + ": " + typeColor + " gives " + bg + " at " + ratio);
        }
    }

    @Test
    void darkTextIsLightOnDarkPaperAndTheHighlightsAreDarkTints() {
        ThemePalette light = ThemePalette.load(false);
        ThemePalette dark = ThemePalette.load(true);
        assertTrue(ThemePalette.luminance(dark.color("-t-paper")) < 0.05, dark.color("-t-paper"));
        assertTrue(ThemePalette.luminance(dark.color("-t-ink")) > 0.7, dark.color("-t-ink"));
        String person = "#d9534f";
        assertTrue(ThemePalette.luminance(dark.entityBackground(person)) < 0.1, dark.entityBackground(person));
        assertTrue(ThemePalette.luminance(light.entityBackground(person)) > 0.5, light.entityBackground(person));
    }

    /** Every colour of tandai.css is a named colour of .root, so the dark theme can rename them all. */
    @Test
    void everyColourOutsideRootIsANamedColour() {
        String css = ThemePalette.read(ThemePalette.BASE).replaceAll("(?s)/\\*.*?\\*/", "");
        String rules = css.replaceFirst("(?s)^\\s*\\.root\\s*\\{[^}]*}", "");
        Matcher literal = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|\\b(white|black)\\b").matcher(rules);
        assertFalse(literal.find(), () -> "a colour written out in a rule of tandai.css: " + literal.group());
        Map<String, String> named = ThemePalette.load(false).values();
        Matcher used = Pattern.compile("-t-[a-z0-9-]+").matcher(rules);
        while (used.find()) {
            assertTrue(named.containsKey(used.group()), used.group() + " is used in tandai.css but not named in .root");
        }
    }

    /** The dark sheet only renames colours the light one has: a misspelt name would silently stay light. */
    @Test
    void theDarkThemeNamesTheSameColoursAsTheLightOne() {
        Map<String, String> light = ThemePalette.namedValues(ThemePalette.read(ThemePalette.BASE));
        Map<String, String> dark = ThemePalette.namedValues(ThemePalette.read(ThemePalette.DARK));
        assertEquals(light.keySet(), dark.keySet(), "tandai-dark.css must rename every -t-* colour of tandai.css");
    }

    private static void check(List<String> failures, ThemePalette p, String bgName, String bg, String fgName, String fg,
                              double min) {
        double ratio = ThemePalette.contrast(bg, fg);
        if (ratio < min) {
            failures.add(String.format(java.util.Locale.ROOT, "%s theme: %s %s against %s %s is %.2f:1, under %.1f:1",
                    p.dark() ? "dark" : "light", bgName, bg, fgName, fg, ratio, min));
        }
    }

    @Test
    void commentedOutDeclarationsAndRulesAreNotPartOfThePalette() {
        Map<String, String> v = ThemePalette.namedValues(String.join("\n",
                "/* .root { -t-ink: #ff0000; } */",
                ".root {",
                "    -t-ink: #111111; /* -t-paper: #222222; */",
                "    /* a comment",
                "       over lines: -t-rule: #333333; */",
                "    -t-rule: #444444;",
                "}",
                ".root { -t-paper: #555555; } /* unclosed: .root { -t-ink: #666666; }"));
        assertEquals(Map.of("-t-ink", "#111111", "-t-rule", "#444444", "-t-paper", "#555555"), v);
        assertEquals("a  b", ThemePalette.withoutComments("a /* x */ b"));
    }
}

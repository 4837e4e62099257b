package org.tandai.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named colours of a theme, read from the {@code .root} rule of the stylesheets the window
 * loads ({@code tandai.css}, then {@code tandai-dark.css} on top for the dark theme), and the WCAG 2.x
 * contrast arithmetic that keeps them legible (issue 13, decision 1121). JavaFX-free, so the
 * generated entity stylesheet and the contrast test both use the very numbers the window shows.
 */
public final class ThemePalette {
    /** The stylesheet every theme loads, next to {@code Workbench} in org/tandai/ui. */
    public static final String BASE = "/org/tandai/ui/tandai.css";
    /** The dark theme's overrides, loaded after {@link #BASE}. */
    public static final String DARK = "/org/tandai/ui/tandai-dark.css";
    /** The least contrast of text on any highlight (WCAG AA for normal text). */
    public static final double MIN_TEXT_CONTRAST = 4.5;

    private static final Pattern ROOT = Pattern.compile("(?m)^\\.root\\s*\\{([^}]*)}");
    private static final Pattern DECL = Pattern.compile("(-t-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern RGBA = Pattern.compile(
            "rgba\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*([0-9.]+)\\s*\\)");

    private final boolean dark;
    private final Map<String, String> values;

    private ThemePalette(boolean dark, Map<String, String> values) {
        this.dark = dark;
        this.values = values;
    }

    /** The light or dark palette, read from the stylesheets on the class path. */
    public static ThemePalette load(boolean dark) {
        Map<String, String> v = new LinkedHashMap<>(namedValues(read(BASE)));
        if (dark) {
            v.putAll(namedValues(read(DARK)));
        }
        return new ThemePalette(dark, v);
    }

    /** The palette of the given stylesheet texts, base first (for tests of unusual values). */
    static ThemePalette of(boolean dark, String... css) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String c : css) {
            v.putAll(namedValues(c));
        }
        return new ThemePalette(dark, v);
    }

    public boolean dark() {
        return dark;
    }

    /** Every {@code -t-*} name and its value as written, in file order. */
    public Map<String, String> values() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /**
     * The named colour as opaque #rrggbb: an rgba() value is laid over the paper (as it is drawn
     * on the article). Throws if the name is missing or its value is not a plain colour.
     */
    public String color(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no colour " + name + " in the " + (dark ? "dark" : "light") + " theme");
        }
        v = v.trim();
        if (v.matches("#[0-9a-fA-F]{6}")) {
            return v.toLowerCase(Locale.ROOT);
        }
        Matcher m = RGBA.matcher(v);
        if (m.matches()) {
            String rgb = String.format(Locale.ROOT, "#%02x%02x%02x", Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return mix(rgb, color("-t-paper"), Double.parseDouble(m.group(4)));
        }
        throw new IllegalArgumentException(name + " in the " + (dark ? "dark" : "light") + " theme is not a colour: " + v);
    }

    /** A number the theme names, e.g. {@code -t-entity-alpha: 0.30}. */
    public double number(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no value " + name + " in the " + (dark ? "dark" : "light") + " theme");
        }
        return Double.parseDouble(v.trim());
    }

    /**
     * The highlight behind text of an entity type: {@code -t-entity-alpha} of the type colour over
     * the paper, made fainter step by step if the text would fall under 4.5:1 against it (a
     * corpus may pick any colour), so every type stays legible in both themes.
     */
    public String entityBackground(String typeColor) {
        String ink = color("-t-ink");
        String paper = color("-t-paper");
        double alpha = number("-t-entity-alpha");
        String bg = mix(typeColor, paper, alpha);
        while (alpha > 0 && contrast(bg, ink) < MIN_TEXT_CONTRAST) {
            alpha = Math.max(0, alpha - 0.02);
            bg = mix(typeColor, paper, alpha);
        }
        return bg;
    }

    /** {@code alpha} of colour {@code fg} over {@code bg}, as #rrggbb. */
    public static String mix(String fg, String bg, double alpha) {
        int f = Integer.parseInt(fg.substring(1), 16);
        int b = Integer.parseInt(bg.substring(1), 16);
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            int shift = 16 - 8 * i;
            out[i] = (int) Math.round(((f >> shift) & 0xff) * alpha + ((b >> shift) & 0xff) * (1 - alpha));
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", out[0], out[1], out[2]);
    }

    /** WCAG 2.x contrast ratio of two #rrggbb colours, 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2.x relative luminance of a #rrggbb colour. */
    public static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The {@code -t-*} declarations of a stylesheet's {@code .root} rules, later ones winning. */
    static Map<String, String> namedValues(String css) {
        String text = withoutComments(css);
        Map<String, String> v = new LinkedHashMap<>();
        Matcher root = ROOT.matcher(text);
        while (root.find()) {
            Matcher d = DECL.matcher(root.group(1));
            while (d.find()) {
                v.put(d.group(1), d.group(2).trim());
            }
        }
        return v;
    }

    /**
     * The stylesheet without its comments. A scan rather than a reluctant regex over the whole sheet:
     * this runs on the FX thread before the first frame, when the regex engine is still interpreted
     * (first palette 31 ms with the regex, 22 ms with the scan, C1 only).
     */
    static String withoutComments(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int at = 0;
        while (true) {
            int open = css.indexOf("/*", at);
            if (open < 0) {
                return out.append(css, at, css.length()).toString();
            }
            out.append(css, at, open);
            int close = css.indexOf("*/", open + 2);
            if (close < 0) {
                return out.toString(); // an unclosed comment runs to the end, as in CSS
            }
            at = close + 2;
        }
    }

    static String read(String resource) {
        try (InputStream in = ThemePalette.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing stylesheet " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.tandai.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The user-visible text of Tandai in one language, read from {@code org/tandai/i18n/messages*.properties}
 * as UTF-8. English ({@code messages.properties}) is the base bundle; Indonesian is
 * {@code messages_id.properties}. Made once by the composition root (the window's {@code TandaiApp}, the
 * command line's {@code Main}) and passed down: no singleton, and nothing here imports JavaFX, so the
 * command line uses the same bundles.
 *
 * <p>{@link #get(String, Object...)} formats with {@link MessageFormat} when arguments are given, so in
 * a value that takes arguments an apostrophe is written twice ({@code ''}).
 */
public final class Messages {
    /** The languages the bundles cover, as {@code --lang} takes them. */
    public static final List<String> LANGUAGES = List.of("en", "id");
    static final String BUNDLE = "org.tandai.i18n.messages";
    static final String CLI_BUNDLE = "org.tandai.i18n.cli";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The bundle for {@code locale}'s language; English for any language Tandai has no bundle for. */
    public static Messages of(Locale locale) {
        String lang = language(locale);
        Locale chosen = lang.equals("id") ? Locale.forLanguageTag("id") : Locale.ENGLISH;
        return new Messages(chosen, ResourceBundle.getBundle(BUNDLE, chosen, Messages.class.getClassLoader(), new Utf8()));
    }

    /** English, the base bundle: what tests and tools that do not care about the language use. */
    public static Messages english() {
        return of(Locale.ENGLISH);
    }

    /**
     * The language to show: {@code option} ({@code --lang}) over {@code setting} (View ▸ Language) over the
     * system locale; each of the first two may be null or blank for "not given".
     *
     * @throws IllegalArgumentException naming the value when {@code option} is not a known language
     */
    public static Locale choose(String option, String setting, Locale system) {
        if (option != null && !option.isBlank()) {
            if (!LANGUAGES.contains(option.strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("unknown language '" + option + "' (use " + String.join(" or ", LANGUAGES) + ")");
            }
            return Locale.forLanguageTag(option.strip().toLowerCase(Locale.ROOT));
        }
        if (setting != null && LANGUAGES.contains(setting)) {
            return Locale.forLanguageTag(setting);
        }
        return language(system).equals("id") ? Locale.forLanguageTag("id") : Locale.ENGLISH;
    }

    /** "id" or "en": the language code of this bundle. */
    public String language() {
        return language(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}; with {@code args}, formatted by {@link MessageFormat} in this locale. */
    public String get(String key, Object... args) {
        String value;
        try {
            value = bundle.getString(key);
        } catch (MissingResourceException e) {
            // Never a crash over a missing text: the key shows, and BundleCompletenessTest fails the build.
            value = key;
        }
        return args.length == 0 ? value : new MessageFormat(value, locale).format(args);
    }

    /**
     * The command line's help texts in this language, for picocli's resource-bundle lookup; null for English,
     * whose help is written in the commands' annotations ({@code cli_id.properties}).
     */
    public ResourceBundle cliHelp() {
        return language().equals("en") ? null
                : ResourceBundle.getBundle(CLI_BUNDLE, locale, Messages.class.getClassLoader(), new Utf8());
    }

    /** Whether the bundle (or its English parent) has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private static String language(Locale locale) {
        String l = locale == null ? "" : locale.getLanguage();
        // "in" is the pre-JDK-17 code Java used for Indonesian.
        return l.equals("id") || l.equals("in") ? "id" : "en";
    }

    /** Reads the .properties files as UTF-8 and never falls back to the system locale's bundle. */
    private static final class Utf8 extends ResourceBundle.Control {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
                throws IOException {
            String name = toResourceName(toBundleName(baseName, locale), "properties");
            try (InputStream in = loader.getResourceAsStream(name)) {
                return in == null ? null : new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
    }
}

package org.tandai.suggest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The past and -ing forms of an English verb for the lexicon's {@code lemmas} ("warn" → warned,
 * warning; "argue" → argued, arguing; "refer to" → referred to, referring to). The bare form and the
 * -s form are left out: in news they are mostly nouns ("state", "votes", "attacks"), so the lexicon
 * lists the ones that are cues ("says", "argues") as {@code forms}, with the irregular ones ("said").
 */
final class EnglishInflection {
    private EnglishInflection() {
    }

    static List<String> of(String lemma) {
        int space = lemma.indexOf(' ');
        String verb = space < 0 ? lemma : lemma.substring(0, space);
        String rest = space < 0 ? "" : lemma.substring(space);
        Set<String> out = new LinkedHashSet<>();
        out.add(past(verb));
        out.add(ing(verb));
        return out.stream().map(v -> v + rest).toList();
    }

    private static boolean consonant(char c) {
        return "aeiou".indexOf(c) < 0;
    }

    private static String past(String v) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (v.endsWith("y") && v.length() > 1 && consonant(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        return (doubles(v) ? v + v.charAt(v.length() - 1) : v) + "ed";
    }

    private static String ing(String v) {
        if (v.endsWith("ie")) {
            return v.substring(0, v.length() - 2) + "ying";
        }
        if (v.endsWith("e") && !v.endsWith("ee")) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        return (doubles(v) ? v + v.charAt(v.length() - 1) : v) + "ing";
    }

    /** Short verbs ending consonant-vowel-consonant double it: "plan" → "planned", "slam" → "slamming". */
    private static boolean doubles(String v) {
        int n = v.length();
        return n >= 3 && n <= 4 && consonant(v.charAt(n - 1)) && "wxy".indexOf(v.charAt(n - 1)) < 0
                && !consonant(v.charAt(n - 2)) && consonant(v.charAt(n - 3));
    }
}

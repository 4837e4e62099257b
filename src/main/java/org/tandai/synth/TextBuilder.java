package org.tandai.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Builds synthetic text and remembers, in code points, where the names, cues and claims went. */
final class TextBuilder {
    record Mention(int start, int end, String type) {
    }

    record Sentence(List<Mention> mentions, int cueStart, int cueEnd, int claimStart, int claimEnd) {
    }

    private final SplittableRandom rnd;
    private final StringBuilder sb = new StringBuilder();
    private int cp;
    private final List<Sentence> sentences = new ArrayList<>();

    TextBuilder(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    int length() {
        return cp;
    }

    int sentences() {
        return sentences.size();
    }

    List<Sentence> sentenceList() {
        return sentences;
    }

    String text() {
        return sb.toString();
    }

    private void put(String s) {
        sb.append(s);
        cp += s.codePointCount(0, s.length());
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private Mention name(List<String> pool, String type) {
        int start = cp;
        put(pick(pool));
        return new Mention(start, cp, type);
    }

    private void words(boolean indonesian, int n) {
        for (int i = 0; i < n; i++) {
            put(i == 0 ? "" : " ");
            put(pick(indonesian ? Vocabulary.WORDS_ID : Vocabulary.WORDS_EN));
            if (rnd.nextInt(40) == 0) {
                put(" " + pick(Vocabulary.ASTRAL));
            }
        }
    }

    void paragraph() {
        int n = 3 + rnd.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                put(" ");
            }
            sentence();
        }
        put("\n");
    }

    /** One sentence; every third is an attributed claim: "SPEAKER CUE “CLAIM”." or "CUE SPEAKER, CLAIM.". */
    private void sentence() {
        boolean id = rnd.nextInt(3) != 0;
        List<Mention> mentions = new ArrayList<>();
        if (sentences.size() % 3 == 0) {
            Mention speaker = rnd.nextBoolean() ? name(Vocabulary.PEOPLE, "PERSON") : name(Vocabulary.ORGS, "ORGANIZATION");
            mentions.add(speaker);
            put(" ");
            int cueStart = cp;
            put(pick(id ? Vocabulary.CUES_ID : Vocabulary.CUES_EN));
            int cueEnd = cp;
            put(" “");
            int claimStart = cp;
            words(id, 6 + rnd.nextInt(20));
            put(" di ");
            mentions.add(name(Vocabulary.PLACES, "LOCATION"));
            put(" ");
            words(id, 3 + rnd.nextInt(10));
            int claimEnd = cp;
            put(",” ");
            mentions.add(name(Vocabulary.MEDIA, "MEDIA"));
            put(" ");
            mentions.add(name(Vocabulary.DATES, "DATE"));
            put(".");
            sentences.add(new Sentence(mentions, cueStart, cueEnd, claimStart, claimEnd));
        } else {
            put(capitalized(id));
            put(" ");
            words(id, 5 + rnd.nextInt(15));
            put(" ");
            boolean place = rnd.nextBoolean();
            mentions.add(place ? name(Vocabulary.PLACES, "LOCATION") : name(Vocabulary.ORGS, "ORGANIZATION"));
            put(" ");
            words(id, 2 + rnd.nextInt(8));
            put(".");
            sentences.add(new Sentence(mentions, -1, -1, -1, -1));
        }
    }

    private String capitalized(boolean id) {
        return id ? pick(List.of("Sementara itu,", "Selain itu,", "Namun", "Pada kesempatan itu,"))
                : pick(List.of("Meanwhile,", "However,", "In addition,", "On that occasion,"));
    }
}

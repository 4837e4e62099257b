package org.tandai.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.tandai.interchange.Tokenizer.Token;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.model.Status;
import org.tandai.suggest.Lexicon.CueType;

/**
 * Proposes attributions (cue, content, speaker, form, via) and quotations from the lexicon of the
 * article's language (docs/suggestions.md). Stateless: everything a call learns lives in the call.
 */
public final class AttributionRecommender implements Recommender {
    /** A quote with no cue is proposed only when it is at least this many words long (not a scare quote). */
    private static final int UNCUED_QUOTE_WORDS = 8;

    /** A lexicon cue is kept, when there is a learned cue model, if the model gives it at least this probability (tuned on dev). */
    static final double KEEP_LEXICON_CUE = 0.2;

    private final Function<String, Lexicon> lexicons;
    private final CueModel cueModel;
    private final double keep;

    /** With the built-in lexicons. */
    public AttributionRecommender() {
        this(Lexicon::builtIn);
    }

    /** With lexicons looked up by language tag (null for a language with none). */
    public AttributionRecommender(Function<String, Lexicon> lexicons) {
        this(lexicons, null);
    }

    /** With lexicons and a learned cue model (null for none; used only for articles in the model's language). */
    public AttributionRecommender(Function<String, Lexicon> lexicons, CueModel cueModel) {
        this(lexicons, cueModel, KEEP_LEXICON_CUE);
    }

    /** As above with another threshold for keeping lexicon cues (for tuning on dev). */
    AttributionRecommender(Function<String, Lexicon> lexicons, CueModel cueModel, double keep) {
        this.lexicons = lexicons;
        this.cueModel = cueModel;
        this.keep = keep;
    }

    @Override
    public List<String> kinds() {
        return List.of(Suggestion.ATTRIBUTIONS, Suggestion.QUOTES);
    }

    @Override
    public List<Suggestion> suggest(Input in) {
        Lexicon lex = in.language() == null ? null : lexicons.apply(in.language());
        if (lex == null) {
            return List.of();
        }
        return new Run(in, lex, cueModel != null && cueModel.language().equals(in.language()) ? cueModel : null, keep).run();
    }

    /** One call's work: the article's quotes, the speakers seen so far, the suggestions made. */
    private static final class Run {
        private final ArticleText text;
        private final Lexicon lex;
        private final Mentions mentions;
        private final QuoteIndex quotes;
        private final List<Suggestion> out = new ArrayList<>();
        private final Set<Quote> usedQuotes = new HashSet<>();
        private final Intervals usedContent = new Intervals();
        private final java.util.Map<String, String> typeById = new java.util.HashMap<>();
        private Source lastSpeaker;

        private final List<List<Token>> sentences;
        private final CueModel cueModel;
        private final double keep;

        Run(Input in, Lexicon lex, CueModel cueModel, double keep) {
            this.text = in.text();
            this.lex = lex;
            this.cueModel = cueModel;
            this.keep = keep;
            this.sentences = in.sentences();
            this.mentions = new Mentions(in.doc());
            this.quotes = new QuoteIndex(QuoteFinder.find(text, lex.quotePairs()));
        }

        List<Suggestion> run() {
            List<Quote> all = quotes.all();
            int nextQuote = 0;
            for (List<Token> sentence : sentences) {
                if (sentence.isEmpty()) {
                    continue;
                }
                // Uncued quotes that start before this sentence are settled by now.
                int start = sentence.get(0).start();
                while (nextQuote < all.size() && all.get(nextQuote).close() < start) {
                    uncued(all.get(nextQuote++));
                }
                sentence(sentence);
            }
            while (nextQuote < all.size()) {
                uncued(all.get(nextQuote++));
            }
            return out;
        }

        private void sentence(List<Token> tokens) {
            SentenceParse parse = new SentenceParse(lex, tokens, quotes);
            List<CueHit> hits = parse.parse(cueModel, keep);
            CueHit lastRelay = null;
            List<CueHit> waiting = new ArrayList<>();
            CueHit firstSpeech = null;
            for (CueHit h : hits) {
                CueType t = h.cue.type();
                if (t == CueType.ACCORDING || t == CueType.RELAY) {
                    if (t == CueType.RELAY && lastRelay == null) {
                        h.citedBySpeech = true;
                        waiting.add(h);
                    } else {
                        h.via = t == CueType.RELAY ? lastRelay : null;
                    }
                    lastRelay = h;
                } else {
                    if (lastRelay != null && !lastRelay.citedBySpeech) {
                        h.via = lastRelay;
                    }
                    if (firstSpeech == null) {
                        firstSpeech = h;
                    }
                }
            }
            for (CueHit w : waiting) {
                w.via = firstSpeech;
            }
            // Keys first, so a relay can name the source it came through whatever the order.
            List<Source> sources = new ArrayList<>();
            for (CueHit h : hits) {
                Source s = source(tokens, parse, h);
                sources.add(s);
                h.key = SuggestionKeys.source(s.cue(), s.content());
            }
            for (int i = 0; i < hits.size(); i++) {
                CueHit h = hits.get(i);
                String recommender = h.quoted ? Suggestion.QUOTES : Suggestion.ATTRIBUTIONS;
                out.add(new Suggestion(h.key, recommender, confidence(h), sources.get(i), h.via == null ? null : h.via.key));
            }
        }

        private Source source(List<Token> tokens, SentenceParse parse, CueHit h) {
            Source s = new Source(null);
            s.setStatus(Status.SUGGESTED);
            s.setCue(Span.of(text, h.cueStart(tokens), h.cueEnd(tokens)));
            s.setContent(span(h.content));
            for (int[] p : h.content) {
                usedContent.add(p[0], p[1]);
            }
            if (h.quoted) {
                for (int[] p : h.content) {
                    Quote q = quotes.around(p[0]);
                    if (q != null) {
                        usedQuotes.add(q);
                    }
                }
            }
            speaker(s, tokens, parse, h);
            s.setForm(form(s, h));
            return s;
        }

        private void speaker(Source s, List<Token> tokens, SentenceParse parse, CueHit h) {
            if (h.anaphoric || parse.speakerIsPronoun(h)) {
                if (lastSpeaker != null && (lastSpeaker.speaker() != null || h.anaphoric)) {
                    s.setSpeaker(lastSpeaker.speaker());
                    s.setSpeakerDescription(lastSpeaker.speaker() == null ? lastSpeaker.speakerDescription() : null);
                } else if (h.speakerFrom >= 0) {
                    s.setSpeakerDescription(parse.speakerText(h));
                }
                return;
            }
            if (h.speakerFrom < 0) {
                return;
            }
            int from = tokens.get(h.speakerFrom).start();
            int to = tokens.get(h.speakerTo - 1).end();
            Entity best = null;
            for (Mentions.Mention m : mentions.within(from, to)) {
                boolean place = isPlaceOrTime(m.entity().type());
                boolean whole = m.start() == from && m.end() == to;
                if (!place || whole) {
                    best = m.entity();
                    if (!place) {
                        break;
                    }
                }
            }
            if (best != null) {
                s.setSpeaker(best.id());
            } else {
                s.setSpeakerDescription(parse.speakerText(h));
            }
            lastSpeaker = s;
        }

        private static boolean isPlaceOrTime(String type) {
            String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
            return t.equals("LOCATION") || t.equals("DATE") || t.equals("EVENT");
        }

        private String form(Source s, CueHit h) {
            String who = s.speakerDescription() == null ? "" : s.speakerDescription().toLowerCase(Locale.ROOT);
            if (s.speaker() == null && s.speakerDescription() == null || lex.soundsAnonymous(who)) {
                return "anonymous";
            }
            if (lex.soundsLikeMedia(who) || s.speaker() != null && mediaEntity(s.speaker())) {
                return "media";
            }
            return h.quoted || mostlyQuoted(h.content) ? "direct" : "indirect";
        }

        /** "mengatakan bahwa baik Kim maupun Putin sedang “mencoba …”": a clause that is mostly a quote is a direct quote. */
        private boolean mostlyQuoted(List<int[]> content) {
            int total = 0;
            int quoted = 0;
            for (int[] p : content) {
                total += p[1] - p[0];
                for (Quote q : quotes.overlapping(p[0], p[1])) {
                    quoted += Math.max(0, Math.min(q.innerEnd(), p[1]) - Math.max(q.innerStart(), p[0]));
                }
            }
            return total > 0 && quoted * 10 >= total * 6;
        }

        private boolean mediaEntity(String id) {
            if (typeById.isEmpty()) {
                for (Mentions.Mention m : mentions.within(0, Integer.MAX_VALUE)) {
                    typeById.put(m.entity().id(), String.valueOf(m.entity().type()));
                }
            }
            return "MEDIA".equalsIgnoreCase(typeById.get(id));
        }

        private static double confidence(CueHit h) {
            if (h.quoted) {
                return 0.9;
            }
            if (h.learned >= 0) {
                return Math.min(0.8, 0.3 + 0.5 * h.learned);
            }
            return switch (h.cue.type()) {
                case ACCORDING -> 0.85;
                case RELAY, ANAPHORIC -> 0.8;
                case SPEECH -> h.speakerFrom >= 0 ? 0.7 : 0.5;
                case PASSIVE -> 0.5;
            };
        }

        /** A long quote no cue claimed: a direct attribution to the speaker before it, without a cue. */
        private void uncued(Quote q) {
            if (usedQuotes.contains(q) || insideUsedContent(q)) {
                return;
            }
            String inner = text.slice(q.innerStart(), q.innerEnd());
            if (inner.trim().split("\\s+").length < UNCUED_QUOTE_WORDS) {
                return;
            }
            Source s = new Source(null);
            s.setStatus(Status.SUGGESTED);
            s.setContent(span(q.pieces()));
            if (lastSpeaker != null) {
                s.setSpeaker(lastSpeaker.speaker());
                s.setSpeakerDescription(lastSpeaker.speaker() == null ? lastSpeaker.speakerDescription() : null);
            }
            s.setForm("direct");
            out.add(new Suggestion(SuggestionKeys.source(null, s.content()), Suggestion.QUOTES, 0.4, s, null));
        }

        private boolean insideUsedContent(Quote q) {
            return usedContent.overlaps(q.innerStart(), q.innerEnd());
        }

        private Span span(List<int[]> pieces) {
            List<Span> frags = new ArrayList<>(pieces.size());
            for (int[] p : pieces) {
                frags.add(Span.of(text, p[0], p[1]));
            }
            return Span.ofFragments(frags);
        }
    }
}

package org.tandai.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.tandai.model.Annotation;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.ui.common.AnnotationSelection;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.Edits;
import org.tandai.ui.common.SourceDraft;

/**
 * The annotating commands driven from the article: a type key makes an entity mention, C a claim,
 * S a source, Delete removes what is selected. Each asks the {@link DialogService} when a choice is
 * needed and reports in one status line what it did.
 */
public final class AnnotateActions {
    private final ArticleViewModel article;
    private final AnnotationSelection selection;
    private final DialogService dialogs;
    private final BooleanSupplier snapToWords;
    private final Consumer<String> status;
    private final org.tandai.i18n.Messages messages;

    public AnnotateActions(ArticleViewModel article, AnnotationSelection selection, DialogService dialogs,
                           BooleanSupplier snapToWords, Consumer<String> status, org.tandai.i18n.Messages messages) {
        this.messages = messages;
        this.article = article;
        this.selection = selection;
        this.dialogs = dialogs;
        this.snapToWords = snapToWords;
        this.status = status;
    }

    private DocumentSession editable() {
        DocumentSession s = article.session();
        if (s == null) {
            return null;
        }
        if (s.readOnly()) {
            status.accept(messages.get("conflicts.readOnly", s.readOnlyReason()));
            return null;
        }
        return s;
    }

    /** The selection, in all its pieces (Ctrl+drag), as one span; null (and a hint) when there is none. */
    private Span selected() {
        Span span = article.pieces().span(snapToWords.getAsBoolean());
        if (span == null || span.exact().isBlank()) {
            status.accept(messages.get("annotate.selectFirst"));
            return null;
        }
        return span;
    }

    /** A type key (1–9): tag the selection as a mention of that type, offering an existing entity. */
    public void typeKey(String key) {
        DocumentSession s = editable();
        TagSet.EntityType type = s == null ? null : s.tags().entityTypeForKey(key);
        Span span = type == null ? null : selected();
        if (span == null) {
            return;
        }
        Edits edits = new Edits(s);
        Entity match = findMatchingEntity(s, span);
        if (match != null) {
            if (match.mentions().contains(span)) {
                status.accept(messages.get("annotate.alreadyMention", span.exact(), match.name()));
                return;
            }
            Optional<Integer> answer = dialogs.choose(messages.get("annotate.existing.title"),
                    messages.get("annotate.existing.question", span.exact(), match.name(), match.type(), match.mentions().size()),
                    List.of(messages.get("annotate.existing.add", match.name()),
                            messages.get("annotate.existing.create", type.label().toLowerCase(Locale.ROOT))));
            if (answer.isEmpty()) {
                return;
            }
            if (answer.get() == 0) {
                edits.addMention(match.id(), span);
                article.pieces().clear();
                article.collapseSelection();
                selection.select(match.id(), span);
                status.accept(messages.get("annotate.addedMention", match.name()));
                return;
            }
        }
        String id = edits.newEntity(nameOf(span), type.name(), span);
        article.pieces().clear();
        article.collapseSelection();
        selection.select(id, span);
        status.accept(messages.get("annotate.newEntity", type.label().toLowerCase(Locale.ROOT), span.exact()));
    }

    /** The text of a span for a name or statement: its pieces joined by a space. */
    static String nameOf(Span span) {
        StringBuilder b = new StringBuilder();
        for (Span f : span.fragments()) {
            b.append(b.length() == 0 ? "" : " ").append(f.exact().strip());
        }
        return b.toString();
    }

    /** An entity whose name or one of whose mentions equals the text (ignoring case), or null. */
    static Entity findMatchingEntity(DocumentSession s, Span span) {
        String q = nameOf(span);
        for (Entity e : s.document().entities()) {
            if (e.name() != null && e.name().equalsIgnoreCase(q)) {
                return e;
            }
        }
        for (Entity e : s.document().entities()) {
            for (Span m : e.mentions()) {
                if (quoteIs(s.text(), m, q)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * {@code m.exact().strip().equalsIgnoreCase(q)}, read from the text in place for a placed
     * one-piece mention: slicing out every mention's quote made a string per mention (10,000 on the
     * bench article) on each key press.
     */
    private static boolean quoteIs(ArticleText t, Span m, String q) {
        if (m.isMultiFragment() || m.anchor() != org.tandai.model.Anchor.OK) {
            return m.exact().strip().equalsIgnoreCase(q);
        }
        String text = t.text();
        int a = t.toUtf16(m.start());
        int b = t.toUtf16(m.end());
        while (a < b && Character.isWhitespace(text.codePointAt(a))) {
            a += Character.charCount(text.codePointAt(a));
        }
        while (b > a && Character.isWhitespace(text.codePointBefore(b))) {
            b -= Character.charCount(text.codePointBefore(b));
        }
        return b - a == q.length() && text.regionMatches(true, a, q, 0, q.length());
    }

    /** C: a claim over the selection, its statement pre-filled from the text. */
    public void newClaim() {
        DocumentSession s = editable();
        Span span = s == null ? null : selected();
        if (span == null) {
            return;
        }
        String id = new Edits(s).newClaim(span, nameOf(span));
        article.pieces().clear();
        article.collapseSelection();
        selection.select(id, null);
        status.accept(messages.get("annotate.newClaim", id));
    }

    /**
     * S: a source whose cue is the selection. The form opens pre-filled: the speaker guessed from
     * the nearest entity mention in the same paragraph, the claims of that paragraph linked, the
     * form "direct" when the paragraph quotes.
     */
    public void newSource() {
        DocumentSession s = editable();
        Span cue = s == null ? null : selected();
        if (cue == null) {
            return;
        }
        Optional<SourceDraft> draft = dialogs.editSource(s, draftFor(s, cue));
        if (draft.isEmpty()) {
            return;
        }
        String id = new Edits(s).newSource(draft.get());
        article.pieces().clear();
        article.collapseSelection();
        selection.select(id, null);
        status.accept(messages.get("annotate.newSource", id));
    }

    static SourceDraft draftFor(DocumentSession s, Span cue) {
        ArticleText t = s.text();
        String text = t.text();
        int cueA = t.toUtf16(cue.start());
        int pa = text.lastIndexOf('\n', Math.max(0, cueA - 1)) + 1;
        int pb = text.indexOf('\n', cueA);
        pb = pb < 0 ? text.length() : pb;
        int paraStart = t.toCodePoint(pa);
        int paraEnd = t.toCodePoint(pb);
        String speaker = null;
        int best = Integer.MAX_VALUE;
        boolean before = CueSide.speakerBefore(s, cue);
        for (Entity e : s.document().entities()) {
            for (Span m : e.mentions()) {
                if (m.start() >= paraStart && m.end() <= paraEnd && !m.overlaps(cue)) {
                    // Prefer the mention on the cue's speaker side: right after "kata" ("kata Budi"),
                    // right before "mengatakan bahwa" ("Budi mengatakan bahwa"); then the other side.
                    int after = m.start() - cue.end();
                    int ahead = cue.start() - m.end();
                    int d = m.start() >= cue.end() ? after + (before ? 40 : 0) : ahead + (before ? 0 : 40);
                    if (d < best) {
                        best = d;
                        speaker = e.id();
                    }
                }
            }
        }
        List<String> claims = new ArrayList<>();
        for (Claim c : s.document().claims()) {
            if (c.span() != null && c.span().start() < paraEnd && c.span().end() > paraStart) {
                claims.add(c.id());
            }
        }
        String para = text.substring(pa, pb);
        boolean quotes = para.indexOf('\u201c') >= 0 || para.indexOf('"') >= 0;
        String form = s.tags().hasSourceForm(quotes ? "direct" : "indirect") ? (quotes ? "direct" : "indirect") : null;
        Span content = null;
        if (claims.isEmpty() && quotes) {
            // No claim to link: attribute the quoted words of the paragraph instead.
            int q1 = para.indexOf('\u201c') >= 0 ? para.indexOf('\u201c') : para.indexOf('"');
            int q2 = q1 < 0 ? -1 : para.indexOf(para.charAt(q1) == '\u201c' ? '\u201d' : '"', q1 + 1);
            if (q1 >= 0 && q2 > q1 + 1) {
                content = Span.of(t, t.toCodePoint(pa + q1 + 1), t.toCodePoint(pa + q2));
            }
        }
        return new SourceDraft(cue, speaker, null, "PERSON", null, null, claims, content, form, null);
    }

    /** Delete: removes the selected annotation (for an entity, the selected mention). */
    public void deleteSelected() {
        DocumentSession s = editable();
        AnnotationSelection.Selected sel = selection.get();
        if (s == null) {
            return;
        }
        if (sel == null) {
            status.accept(messages.get("annotate.deleteWhat"));
            return;
        }
        Annotation a = s.find(sel.id());
        if (a == null) {
            return;
        }
        Edits edits = new Edits(s);
        boolean oneMention = a instanceof Entity e && sel.span() != null && e.mentions().size() > 1;
        boolean done = oneMention ? edits.deleteMention(a.id(), sel.span()) : edits.delete(a.id());
        if (done) {
            // Only that mention went: the entity and its other mentions stay (issue 13).
            status.accept(oneMention ? messages.get("annotate.deletedMention", ((Entity) a).name())
                    : messages.get("annotate.deleted", Edits.label(messages, a)));
            selection.clear();
        }
    }

    /** M: marks every other occurrence of the selected entity's mentions. */
    public void markAllOccurrences() {
        DocumentSession s = editable();
        if (s == null) {
            return;
        }
        Entity e = selection.id() == null ? null : s.entity(selection.id());
        if (e == null) {
            status.accept(messages.get("annotate.selectEntity"));
            return;
        }
        List<Span> before = List.copyOf(e.mentions());
        int n = new Edits(s).markAllOccurrences(e.id());
        status.accept(messages.get("annotate.markedMore", n, e.name()) + nestedNote.apply(e.id(), before));
    }

    private java.util.function.BiFunction<String, List<Span>, String> nestedNote = (id, before) -> "";

    /** What Mark All adds to its status line about new mentions inside other entities (the structure overlay's). */
    public void setNestedNote(java.util.function.BiFunction<String, List<Span>, String> note) {
        this.nestedNote = note;
    }
}

package org.tandai.ui.suggest;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tandai.i18n.Messages;
import org.tandai.model.ArticleText;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.SourceDraft;

/**
 * Shift+Enter on a suggested attribution: opens the Source form on it, filled with its speaker,
 * content, form and via, and accepts what the form returns, as corrected, in one undoable step
 * (decision 1021). The cue is the article's selection when the user moved it (Tab selects the
 * suggested cue; Shift+arrows correct it), else the suggested cue.
 */
final class SuggestionCorrection {
    private final SuggestionsViewModel vm;
    private final BiFunction<DocumentSession, SourceDraft, Optional<SourceDraft>> form;
    private final Supplier<Span> selection;
    private final Messages messages;
    private final Consumer<String> status;

    SuggestionCorrection(SuggestionsViewModel vm, BiFunction<DocumentSession, SourceDraft, Optional<SourceDraft>> form,
            Supplier<Span> selection, Messages messages, Consumer<String> status) {
        this.vm = vm;
        this.form = form;
        this.selection = selection;
        this.messages = messages;
        this.status = status;
    }

    /** Opens the form on the current suggestion; false when there is none (the key then does what it did before). */
    boolean correctCurrent() {
        Pending p = vm.currentProperty().get();
        DocumentSession s = vm.session();
        if (p == null || s == null) {
            return false;
        }
        if (!(p.annotation() instanceof Source src) || src.cue() == null) {
            status.accept(messages.get("suggest.correct.onlyAttributions"));
            return true;
        }
        Optional<SourceDraft> corrected = form.apply(s, draft(src, cue(s.text(), src)));
        if (corrected.isEmpty()) {
            status.accept(messages.get("suggest.correct.cancelled"));
            return true;
        }
        vm.acceptAs(p, messages.get("suggest.correct.undoName"), (step, q) -> step.acceptCorrected(q, corrected.get()));
        return true;
    }

    /**
     * The selection when the user made it (not the span Tab selected), it lies in the suggested
     * cue's paragraph and stays clear of the content; else the suggested cue.
     */
    private Span cue(ArticleText t, Source src) {
        Span suggested = src.cue();
        Span sel = selection.get();
        Span tabbed = src.anchorSpan().fragments().get(0);
        if (sel == null || sel.start() >= sel.end() || sel.fragmentCount() != 1
                || sel.start() == tabbed.start() && sel.end() == tabbed.end() && tabbed.start() != suggested.start()
                || src.content() != null && src.content().overlaps(sel)) {
            return suggested;
        }
        String text = t.text();
        int a = t.toUtf16(suggested.start());
        int from = text.lastIndexOf('\n', Math.max(0, a - 1)) + 1;
        int to = text.indexOf('\n', a);
        to = to < 0 ? text.length() : to;
        int sa = t.toUtf16(sel.start());
        int sb = t.toUtf16(sel.end());
        return sa >= from && sb <= to ? sel : suggested;
    }

    private static SourceDraft draft(Source src, Span cue) {
        return new SourceDraft(cue, src.speaker(), null, "PERSON", null, src.speakerDescription(),
                List.copyOf(src.claimIds()), src.content(), src.form(), null);
    }
}

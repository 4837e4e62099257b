package org.tandai.ui.filters;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.tandai.i18n.Messages;
import org.tandai.model.Status;
import org.tandai.model.TagSet;
import org.tandai.ui.article.ArticleViewModel;
import org.tandai.ui.article.ArticleVisibility;
import org.tandai.ui.common.Settings;
import org.tandai.ui.common.Theme;

/**
 * View ▸ Show and the legend (issue 13, decision 1150): which kinds of highlight the article draws.
 * Both list the same {@link Kind}s, made from the open tag set, and both flip the same keys of
 * {@link ArticleVisibility#hidden()}; the hidden keys are kept in {@link Settings#hiddenKinds}.
 */
public final class FiltersViewModel {
    /** One thing that can be shown or hidden: its key, its name and the CSS class of its swatch. */
    public record Kind(String key, String label, String swatchClass) {
    }

    private final ArticleVisibility visibility;
    private final Messages messages;

    public FiltersViewModel(ArticleVisibility visibility, Messages messages, Settings settings, Runnable save) {
        this.visibility = visibility;
        this.messages = messages;
        if (settings.hiddenKinds != null) {
            visibility.hidden().addAll(settings.hiddenKinds);
        }
        visibility.hidden().addListener((SetChangeListener<String>) c -> {
            settings.hiddenKinds = new ArrayList<>(new java.util.TreeSet<>(visibility.hidden()));
            save.run();
        });
    }

    /** The kinds of a tag set, in the order the menu and the legend show them. */
    public List<Kind> kinds(TagSet tags) {
        List<Kind> out = new ArrayList<>();
        for (TagSet.EntityType t : tags.entityTypes()) {
            out.add(new Kind(ArticleVisibility.entityKey(t.name()), ArticleViewModel.legendLabel(t), Theme.entityClass(t.name())));
        }
        out.add(new Kind(ArticleVisibility.CLAIM, messages.get("filter.kind.claims"), "claim-swatch"));
        out.add(new Kind(ArticleVisibility.SOURCE, messages.get("filter.kind.sources"), "cue-swatch"));
        out.add(new Kind(ArticleVisibility.statusKey(Status.ACCEPTED), messages.get("filter.kind.accepted"), "accepted-swatch"));
        out.add(new Kind(ArticleVisibility.statusKey(Status.SUGGESTED), messages.get("filter.kind.suggested"), "suggested-swatch"));
        out.add(new Kind(ArticleVisibility.SUGGESTIONS, messages.get("filter.kind.suggestions"), "suggestion-swatch"));
        return out;
    }

    public ObservableSet<String> hidden() {
        return visibility.hidden();
    }

    public boolean isShown(String key) {
        return !visibility.hidden().contains(key);
    }

    public void setShown(String key, boolean shown) {
        visibility.setHidden(key, !shown);
    }

    public void toggle(String key) {
        setShown(key, !isShown(key));
    }

    public Messages messages() {
        return messages;
    }
}

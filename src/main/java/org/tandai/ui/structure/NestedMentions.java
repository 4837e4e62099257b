package org.tandai.ui.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tandai.i18n.Messages;
import org.tandai.model.Entity;
import org.tandai.model.Span;
import org.tandai.ui.article.ArticleViewModel;
import org.tandai.ui.article.HighlightIndex;
import org.tandai.ui.common.DocumentSession;

/**
 * The Mark All note (issue 13): "Korea" marked inside "Korea Utara" and "Korea Selatan" is no
 * longer silent. After Mark All, counts the new mentions that lie inside a mention of another
 * entity and names those entities, e.g. " 7 of them are inside other entities (North Korea, South Korea)."
 */
final class NestedMentions {
    private static final int NAMES = 3;
    private final ArticleViewModel article;
    private final Messages messages;

    NestedMentions(ArticleViewModel article, Messages messages) {
        this.article = article;
        this.messages = messages;
    }

    /** The note for the mentions {@code entityId} has now and did not have {@code before}; "" when none is nested. */
    String note(String entityId, List<Span> before) {
        DocumentSession s = article.session();
        Entity now = s == null ? null : s.entity(entityId);
        if (now == null) {
            return "";
        }
        Set<Long> old = new HashSet<>();
        for (Span m : before) {
            old.add(key(m));
        }
        int nested = 0;
        Set<String> outer = new LinkedHashSet<>();
        for (Span m : now.mentions()) {
            if (old.contains(key(m))) {
                continue;
            }
            int a = s.text().toUtf16(m.start());
            int b = s.text().toUtf16(m.end());
            boolean inside = false;
            for (HighlightIndex.Seg seg : article.index().overlapping(a, b)) {
                if (!seg.owner().equals(entityId) && seg.start() <= a && seg.end() >= b
                        && s.find(seg.owner()) instanceof Entity other) {
                    inside = true;
                    outer.add(other.name());
                }
            }
            if (inside) {
                nested++;
            }
        }
        if (nested == 0) {
            return "";
        }
        List<String> names = new ArrayList<>(outer);
        String shown = String.join(", ", names.subList(0, Math.min(NAMES, names.size())))
                + (names.size() > NAMES ? ", \u2026" : "");
        return " " + messages.get("labels.markAllNested", nested, shown);
    }

    private static long key(Span m) {
        return ((long) m.start() << 32) | (m.end() & 0xffffffffL);
    }
}

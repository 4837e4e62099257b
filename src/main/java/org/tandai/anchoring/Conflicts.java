package org.tandai.anchoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandai.model.Span;

/**
 * What re-anchoring may not do even when each span's placement looks right on its own
 * (docs/decisions/0710): put two mentions of one entity on the same start or end (the weaker one
 * is orphaned, keeping its old quote, never dropped), or move an entity mention onto another
 * mention it did not overlap before (a placement that was only for review is withdrawn, the
 * weaker of two such; two confident ones are both marked for review), or put a fragment of a span
 * in pieces out of order with, or onto, another fragment of that span (the weaker placement is
 * withdrawn and that fragment orphaned inside its span; decision 0820).
 */
final class Conflicts {
    private Conflicts() {
    }

    /** The entity id of a mention slot ("e3" for "e3.mentions[0]"), or null for other spans. */
    static String entityOf(SpanSlot slot) {
        int i = slot.location().indexOf(".mentions[");
        return i < 0 ? null : slot.location().substring(0, i);
    }

    /**
     * Resolves the conflicts among {@code placed} (null = not placed); returns, per slot, why its
     * placement was withdrawn ("duplicate": another mention of its entity holds the place;
     * "overlap": it would newly overlap another mention), or null.
     */
    static String[] resolve(List<SpanSlot> slots, Reanchorer.Placement[] placed) {
        String[] withdrawn = new String[placed.length];
        Map<String, List<Integer>> byEntity = new HashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            String e = entityOf(slots.get(i));
            if (e != null && placed[i] != null) {
                byEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> mentions : byEntity.values()) {
            // Strongest evidence keeps the place; on a tie the mention listed first.
            mentions.sort(Comparator.comparing((Integer i) -> !placed[i].sure())
                    .thenComparing(i -> -placed[i].evidence()).thenComparing(i -> i));
            Map<Integer, Integer> starts = new HashMap<>();
            Map<Integer, Integer> ends = new HashMap<>();
            for (int i : mentions) {
                Reanchorer.Placement p = placed[i];
                if (starts.containsKey(p.start()) || ends.containsKey(p.end())) {
                    placed[i] = null;
                    withdrawn[i] = "duplicate";
                } else {
                    starts.put(p.start(), i);
                    ends.put(p.end(), i);
                }
            }
        }
        newOverlaps(slots, placed, withdrawn);
        fragmentOrder(slots, placed, withdrawn);
        return withdrawn;
    }

    /**
     * The fragments of one span must stay in their order and apart. Strongest placement first
     * (sure, then most context, then lower index), a fragment is kept only when it lies after
     * every kept fragment before it and before every kept one after it; otherwise its placement
     * is withdrawn: "order" when it landed out of order, "overlap" when onto another fragment.
     */
    private static void fragmentOrder(List<SpanSlot> slots, Reanchorer.Placement[] placed, String[] withdrawn) {
        int i = 0;
        while (i < slots.size()) {
            int j = i + 1;
            while (j < slots.size() && slots.get(j).fragment() > 0 && slots.get(j).sameSpanAs(slots.get(i))) {
                j++;
            }
            if (j - i > 1) {
                List<Integer> strongest = new ArrayList<>();
                for (int k = i; k < j; k++) {
                    if (placed[k] != null) {
                        strongest.add(k);
                    }
                }
                strongest.sort(Comparator.comparing((Integer k) -> !placed[k].sure())
                        .thenComparing(k -> -placed[k].evidence()).thenComparing(k -> k));
                List<Integer> kept = new ArrayList<>();
                for (int k : strongest) {
                    String clash = null;
                    for (int m : kept) {
                        Reanchorer.Placement a = placed[Math.min(k, m)];
                        Reanchorer.Placement b = placed[Math.max(k, m)];
                        if (a.end() > b.start()) {
                            clash = a.start() < b.end() && b.start() < a.end() ? "overlap" : "order";
                            break;
                        }
                    }
                    if (clash == null) {
                        kept.add(k);
                    } else {
                        withdrawn[k] = clash;
                    }
                }
                for (int k = i; k < j; k++) {
                    if (withdrawn[k] != null) {
                        placed[k] = null;
                    }
                }
            }
            i = j;
        }
    }

    private static void newOverlaps(List<SpanSlot> slots, Reanchorer.Placement[] placed, String[] withdrawn) {
        List<Integer> mentions = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            if (placed[i] != null && entityOf(slots.get(i)) != null) {
                mentions.add(i);
            }
        }
        mentions.sort(Comparator.comparingInt((Integer i) -> placed[i].start()));
        boolean[] unsure = new boolean[placed.length];
        for (int a = 0; a < mentions.size(); a++) {
            int i = mentions.get(a);
            for (int b = a + 1; b < mentions.size() && placed[mentions.get(b)].start() < placed[i].end(); b++) {
                int j = mentions.get(b);
                if (withdrawn[i] != null || withdrawn[j] != null) {
                    continue;
                }
                Span oi = slots.get(i).span();
                Span oj = slots.get(j).span();
                if (!oi.overlaps(oj)) {
                    Reanchorer.Placement pi = placed[i];
                    Reanchorer.Placement pj = placed[j];
                    if (pi.sure() && pj.sure()) {
                        unsure[i] = true;
                        unsure[j] = true;
                    } else {
                        int weaker = !pi.sure() && (pj.sure() || pi.evidence() <= pj.evidence()) ? i : j;
                        withdrawn[weaker] = "overlap";
                    }
                }
            }
        }
        for (int i = 0; i < placed.length; i++) {
            if (withdrawn[i] != null) {
                placed[i] = null;
            } else if (unsure[i]) {
                placed[i] = placed[i].unsure();
            }
        }
    }
}

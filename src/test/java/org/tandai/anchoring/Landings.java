package org.tandai.anchoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandai.model.Anchor;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Entity;
import org.tandai.model.Span;

/**
 * Measures one re-anchoring against the truth the test knows from its own edits: a span whose
 * text survived (in order, unchanged) belongs where {@link EditedText#whereIs} says (or, for an
 * edit with two true readings, {@link EditedText#alsoAt}); a span whose text was deleted or
 * edited belongs nowhere with its old quote.
 *
 * <ul>
 *   <li>{@code moved}: placed confidently ({@code OK}) exactly where its text went (including unchanged);</li>
 *   <li>{@code wrong}: placed confidently ({@code OK}) anywhere else, or where its text no longer is;</li>
 *   <li>{@code review}: placed but marked {@code REVIEW}: {@code changed} of them on a changed quote (the
 *       fuzzy step), the others on their old quote, {@code reviewElsewhere} of those not where their text went;</li>
 *   <li>{@code orphaned}: not placed; {@code orphanedSurvivors} of them had text that survived.</li>
 * </ul>
 * Also counts, as {@code shared}, confident mentions of one entity sharing a start or an end, and,
 * as {@code inside}, confident mentions newly overlapping another entity's mention.
 */
final class Landings {
    int moved;
    int wrong;
    int review;
    int reviewElsewhere;
    int changed;
    /** Spans whose text survived the edits (unchanged and in order), wherever they were placed. */
    int survivors;
    int orphaned;
    int orphanedSurvivors;
    int shared;
    int inside;
    final List<String> wrongOnes = new ArrayList<>();
    /** Spans whose text survived but which were not placed confidently there, and spans placed for review elsewhere. */
    final List<String> notMoved = new ArrayList<>();

    void add(ReanchorReport report, EditedText edited, AnnotatedDocument after) {
        Map<String, Span> before = new HashMap<>();
        for (ReanchorReport.Outcome o : report.outcomes()) {
            before.put(o.location(), o.before());
            Span b = o.before();
            Span a = o.after();
            int[] truth = edited.whereIs(b.start(), b.end());
            int[] also = edited.alsoAt(b.start(), b.end());
            boolean there = truth != null && a.start() == truth[0] && a.end() == truth[1]
                    || also != null && a.start() == also[0] && a.end() == also[1];
            survivors += truth != null || also != null ? 1 : 0;
            if (truth != null && !(there && a.anchor() == Anchor.OK)) {
                notMoved.add(o.location() + " \"" + b.exact() + "\" " + b.start() + ".." + b.end() + " -> " + a.anchor()
                        + " " + a.start() + ".." + a.end() + " by " + o.method() + ", truth " + truth[0] + ".." + truth[1]);
            }
            if (a.anchor() == Anchor.ORPHANED) {
                orphaned++;
                orphanedSurvivors += truth != null ? 1 : 0;
            } else if (a.anchor() == Anchor.REVIEW) {
                review++;
                changed += a.exact().equals(b.exact()) ? 0 : 1;
                if (!there && a.exact().equals(b.exact())) {
                    reviewElsewhere++;
                    notMoved.add(o.location() + " \"" + b.exact() + "\" " + b.start() + ".." + b.end() + " for review at "
                            + a.start() + ".." + a.end() + " by " + o.method() + ", truth "
                            + (truth == null ? "deleted" : truth[0] + ".." + truth[1]));
                }
            } else if (there) {
                moved++;
            } else {
                wrong++;
                wrongOnes.add(o.location() + " \"" + b.exact() + "\" " + b.start() + ".." + b.end() + " -> "
                        + a.start() + ".." + a.end() + " by " + o.method() + ", truth "
                        + (truth == null ? "deleted" : truth[0] + ".." + truth[1]));
            }
        }
        checkEntities(before, after);
    }

    private void checkEntities(Map<String, Span> before, AnnotatedDocument after) {
        for (Entity e : after.entities()) {
            List<Span> ms = e.mentions();
            for (int i = 0; i < ms.size(); i++) {
                Span a = ms.get(i);
                if (a.anchor() != Anchor.OK) {
                    continue;
                }
                for (int j = i + 1; j < ms.size(); j++) {
                    Span b = ms.get(j);
                    if (b.anchor() != Anchor.ORPHANED && (a.start() == b.start() || a.end() == b.end())) {
                        shared++;
                        wrongOnes.add(e.id() + ".mentions[" + i + "] and [" + j + "] share " + a.start() + ".." + a.end());
                    }
                }
                for (Entity other : after.entities()) {
                    if (other == e) {
                        continue;
                    }
                    for (int j = 0; j < other.mentions().size(); j++) {
                        Span b = other.mentions().get(j);
                        Span oldA = before.get(e.id() + ".mentions[" + i + "]");
                        Span oldB = before.get(other.id() + ".mentions[" + j + "]");
                        if (b.anchor() != Anchor.ORPHANED && a.overlaps(b) && oldA != null && oldB != null && !oldA.overlaps(oldB)) {
                            inside++;
                            wrongOnes.add(e.id() + ".mentions[" + i + "] now overlaps " + other.id() + ".mentions[" + j + "]");
                        }
                    }
                }
            }
        }
    }

    int total() {
        return moved + wrong + review + orphaned;
    }

    @Override
    public String toString() {
        return total() + " spans (" + survivors + " whose text survived): " + moved + " moved or unchanged where their text went, " + wrong + " landed wrongly, "
                + review + " marked for review (" + changed + " on a changed quote; of the others " + reviewElsewhere
                + " not where their text went), " + orphaned
                + " orphaned (" + orphanedSurvivors + " whose text survived); " + shared
                + " confident mentions sharing a position, " + inside + " newly inside another entity";
    }
}

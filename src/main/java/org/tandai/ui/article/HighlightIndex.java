package org.tandai.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Every highlighted stretch of the article (in UTF-16 indices, the unit of the text area), indexed
 * by position and by owner. It answers the two questions the article view asks all the time:
 * "which styles cover [a, b)?" as one flattened {@link StyleSpans} (overlaps become runs whose style
 * is the union of classes) and "which annotations are at this character?". Segments are kept sorted
 * by start; with the longest segment length known, an overlap query only scans the neighbourhood,
 * so restyling after an edit costs the edited range, not the document.
 */
public final class HighlightIndex {
    /** One highlighted stretch: [start, end) in UTF-16, a CSS class, and the annotation it belongs to. */
    public record Seg(int start, int end, String styleClass, String owner) {
    }

    private static final Comparator<Seg> BY_START = Comparator.comparingInt(Seg::start);
    private final List<Seg> segs = new ArrayList<>();
    private final Map<String, List<Seg>> byOwner = new HashMap<>();
    private int maxLength;

    /** Replaces everything with these segments, sorted once. */
    public void reset(List<Seg> all) {
        segs.clear();
        byOwner.clear();
        maxLength = 0;
        segs.addAll(all);
        segs.sort(BY_START);
        for (Seg s : all) {
            byOwner.computeIfAbsent(s.owner(), k -> new ArrayList<>(2)).add(s);
            maxLength = Math.max(maxLength, s.end() - s.start());
        }
    }

    /** Adds the segments of one owner. */
    public void add(List<Seg> added) {
        if (added.size() > BULK) {
            // Many at once (find matches of a common word): one merge-friendly sort instead of
            // shifting the whole list once per segment.
            segs.addAll(added);
            segs.sort(BY_START);
        }
        for (Seg s : added) {
            if (added.size() <= BULK) {
                int i = Collections.binarySearch(segs, s, BY_START);
                segs.add(i < 0 ? -i - 1 : i, s);
            }
            byOwner.computeIfAbsent(s.owner(), k -> new ArrayList<>(2)).add(s);
            maxLength = Math.max(maxLength, s.end() - s.start());
        }
    }

    /** Above this many segments, {@link #add} sorts once instead of inserting one by one. */
    private static final int BULK = 64;

    /** Removes all segments of an owner; returns them (so the caller knows what to restyle). */
    public List<Seg> remove(String owner) {
        List<Seg> gone = byOwner.remove(owner);
        if (gone == null) {
            return List.of();
        }
        if (gone.size() > BULK) {
            segs.removeIf(x -> x.owner().equals(owner));
            return gone;
        }
        for (Seg s : gone) {
            int i = Collections.binarySearch(segs, s, BY_START);
            if (i < 0) {
                continue;
            }
            while (i > 0 && segs.get(i - 1).start() == s.start()) {
                i--;
            }
            for (; i < segs.size() && segs.get(i).start() == s.start(); i++) {
                if (segs.get(i) == s) {
                    segs.remove(i);
                    break;
                }
            }
        }
        return gone;
    }

    /** Removes all segments of several owners, in one pass over the index when they are many. */
    public List<Seg> removeAll(java.util.Collection<String> owners) {
        List<Seg> gone = new ArrayList<>();
        if (owners.size() <= BULK) {
            for (String o : owners) {
                gone.addAll(remove(o));
            }
            return gone;
        }
        java.util.Set<String> set = new java.util.HashSet<>(owners);
        for (String o : set) {
            List<Seg> g = byOwner.remove(o);
            if (g != null) {
                gone.addAll(g);
            }
        }
        segs.removeIf(x -> set.contains(x.owner()));
        return gone;
    }

    public List<Seg> segmentsOf(String owner) {
        return byOwner.getOrDefault(owner, List.of());
    }

    /** Every segment {@code test} accepts, in text order (one pass over the index). */
    public List<Seg> matching(java.util.function.Predicate<Seg> test) {
        List<Seg> out = new ArrayList<>();
        for (Seg s : segs) {
            if (test.test(s)) {
                out.add(s);
            }
        }
        return out;
    }

    public int size() {
        return segs.size();
    }

    /** Segments overlapping [a, b); a point query uses b = a + 1. */
    public List<Seg> overlapping(int a, int b) {
        List<Seg> out = new ArrayList<>();
        int from = lowerBound(a - maxLength);
        for (int i = from; i < segs.size(); i++) {
            Seg s = segs.get(i);
            if (s.start() >= b) {
                break;
            }
            if (s.end() > a) {
                out.add(s);
            }
        }
        return out;
    }

    /** Owners of the segments covering a character, the shortest segment first (the most specific). */
    public List<String> ownersAt(int pos) {
        List<Seg> hits = overlapping(pos, pos + 1);
        hits.sort(Comparator.comparingInt(s -> s.end() - s.start()));
        LinkedHashSet<String> owners = new LinkedHashSet<>();
        for (Seg s : hits) {
            owners.add(s.owner());
        }
        return new ArrayList<>(owners);
    }

    /**
     * The flattened styles of [a, b): consecutive runs, each styled with the union of the classes
     * of the segments covering it (an empty collection where nothing does). One sort of the
     * segment boundaries and one sweep; the active classes are a bit mask, so equal class sets
     * share one style list.
     */
    public StyleSpans<Collection<String>> styles(int a, int b) {
        return styles(a, b, null);
    }

    /** As {@link #styles(int, int)}, leaving out the segments {@code draws} refuses (null: none). */
    public StyleSpans<Collection<String>> styles(int a, int b, java.util.function.Predicate<Seg> draws) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        if (b <= a) {
            builder.add(List.of(), 0);
            return builder.create();
        }
        List<Seg> hits = overlapping(a, b);
        if (draws != null) {
            hits.removeIf(draws.negate());
        }
        // Event = position << 8 | kind (0 end, 1 start) << 7 | class bit; ends sort before starts.
        long[] events = new long[hits.size() * 2];
        int n = 0;
        for (Seg s : hits) {
            int bit = classBit(s.styleClass());
            events[n++] = ((long) Math.max(a, s.start()) << 8) | (1L << 7) | bit;
            events[n++] = ((long) Math.min(b, s.end()) << 8) | bit;
        }
        java.util.Arrays.sort(events, 0, n);
        int[] counts = new int[MAX_CLASSES];
        long mask = 0;
        int prev = a;
        for (int i = 0; i < n; i++) {
            int pos = (int) (events[i] >>> 8);
            if (pos > prev) {
                builder.add(styleOf(mask), pos - prev);
                prev = pos;
            }
            int bit = (int) (events[i] & 0x7f);
            if ((events[i] & (1L << 7)) != 0) {
                if (counts[bit]++ == 0) {
                    mask |= 1L << bit;
                }
            } else if (--counts[bit] == 0) {
                mask &= ~(1L << bit);
            }
        }
        if (b > prev) {
            builder.add(styleOf(mask), b - prev);
        }
        return builder.create();
    }

    /** Distinct style classes the index can tell apart; a tag set has far fewer entity types. */
    private static final int MAX_CLASSES = 64;
    private final Map<String, Integer> classBits = new HashMap<>();
    private final List<String> classNames = new ArrayList<>();
    private final Map<Long, List<String>> styleByMask = new HashMap<>();

    private int classBit(String cls) {
        Integer bit = classBits.get(cls);
        if (bit == null) {
            // Past 64 classes, further ones share the last bit: their runs keep the first such class.
            bit = Math.min(classNames.size(), MAX_CLASSES - 1);
            if (classNames.size() < MAX_CLASSES) {
                classNames.add(cls);
            }
            classBits.put(cls, bit);
        }
        return bit;
    }

    private List<String> styleOf(long mask) {
        if (mask == 0) {
            return List.of();
        }
        return styleByMask.computeIfAbsent(mask, m -> {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < classNames.size(); i++) {
                if ((m & (1L << i)) != 0) {
                    names.add(classNames.get(i));
                }
            }
            java.util.Collections.sort(names);
            return List.copyOf(names);
        });
    }

    private int lowerBound(int start) {
        int lo = 0;
        int hi = segs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (segs.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

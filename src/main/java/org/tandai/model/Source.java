package org.tandai.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * One attribution in the PARC sense: who says it (an entity or a description), through which cue,
 * what content (claims and/or a span), in what form, and relayed through which other source.
 */
public final class Source extends Annotation {
    private String speaker;
    private String speakerDescription;
    private Span cue;
    private final List<String> claimIds = new ArrayList<>();
    private Span content;
    private String form;
    private String via;
    private String note;

    public Source(String id) {
        super(id);
    }

    @Override
    public Kind kind() {
        return Kind.SOURCE;
    }

    @Override
    public Span anchorSpan() {
        Span first = cue;
        if (content != null && (first == null || Span.compare(content, first) < 0)) {
            first = content;
        }
        return first;
    }

    @Override
    public Source copy() {
        Source s = copyBaseInto(new Source(id()));
        s.speaker = speaker;
        s.speakerDescription = speakerDescription;
        s.cue = cue;
        s.claimIds.addAll(claimIds);
        s.content = content;
        s.form = form;
        s.via = via;
        s.note = note;
        return s;
    }

    @Override
    public List<SpanRef> spans() {
        List<SpanRef> refs = new ArrayList<>(2);
        if (cue != null) {
            refs.add(SpanRef.single("cue", cue));
        }
        if (content != null) {
            refs.add(SpanRef.single("content", content));
        }
        return refs;
    }

    @Override
    public void setSpan(SpanRef ref, Span span) {
        switch (ref.field()) {
            case "cue" -> cue = span;
            case "content" -> content = span;
            default -> throw new IllegalArgumentException(ref.location());
        }
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        if (speaker != null) {
            refs.add(new Reference("speaker", -1, speaker, EnumSet.of(Kind.ENTITY)));
        }
        for (int i = 0; i < claimIds.size(); i++) {
            refs.add(new Reference("claims", i, claimIds.get(i), EnumSet.of(Kind.CLAIM)));
        }
        if (via != null) {
            refs.add(new Reference("via", -1, via, EnumSet.of(Kind.SOURCE)));
        }
        return refs;
    }

    @Override
    public boolean removeReference(Reference ref) {
        switch (ref.field()) {
            case "speaker" -> {
                if (ref.target().equals(speaker)) {
                    speaker = null;
                }
            }
            case "claims" -> claimIds.remove(ref.target());
            case "via" -> {
                if (ref.target().equals(via)) {
                    via = null;
                }
            }
            default -> throw new IllegalArgumentException(ref.location());
        }
        return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.source(this);
    }

    /** Entity id of the speaker, or null when only a description is known. */
    public String speaker() {
        return speaker;
    }

    public void setSpeaker(String speaker) {
        this.speaker = speaker;
    }

    /** "a South Korean lawmaker", "unnamed officials": who, when there is no entity. */
    public String speakerDescription() {
        return speakerDescription;
    }

    public void setSpeakerDescription(String speakerDescription) {
        this.speakerDescription = speakerDescription;
    }

    public Span cue() {
        return cue;
    }

    public void setCue(Span cue) {
        this.cue = cue;
    }

    /** Ids of the claims this source attributes; mutable. */
    public List<String> claimIds() {
        return claimIds;
    }

    public Span content() {
        return content;
    }

    public void setContent(Span content) {
        this.content = content;
    }

    public String form() {
        return form;
    }

    public void setForm(String form) {
        this.form = form;
    }

    /**
     * Id of the source this statement was relayed through, or null. In "according to Yonhap, citing
     * KCNA, Kim said …" Kim's source has via = the KCNA source, whose via is the Yonhap source.
     */
    public String via() {
        return via;
    }

    public void setVia(String via) {
        this.via = via;
    }

    public String note() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

package org.tandai.model;

import java.util.ArrayList;
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

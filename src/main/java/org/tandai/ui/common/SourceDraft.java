package org.tandai.ui.common;

import java.util.List;
import org.tandai.model.Span;

/**
 * What the "new source" form collects: the cue, who speaks (an existing entity, a new one by name,
 * or only a description), the linked claims and/or content span, the form and the via source.
 */
public record SourceDraft(Span cue, String speakerId, String newSpeakerName, String newSpeakerType,
                          Span newSpeakerMention, String speakerDescription, List<String> claimIds,
                          Span content, String form, String via) {
    public SourceDraft {
        claimIds = List.copyOf(claimIds);
    }

    public SourceDraft withSpeaker(String id) {
        return new SourceDraft(cue, id, null, newSpeakerType, null, speakerDescription, claimIds, content, form, via);
    }

    public SourceDraft withForm(String f) {
        return new SourceDraft(cue, speakerId, newSpeakerName, newSpeakerType, newSpeakerMention, speakerDescription,
                claimIds, content, f, via);
    }
}

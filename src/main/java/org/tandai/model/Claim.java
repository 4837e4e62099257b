package org.tandai.model;

import java.util.ArrayList;
import java.util.List;

/** A checkable statement made in the article, with its claimant and verdict. */
public final class Claim extends Annotation {
    private Span span;
    private String statement;
    private String claimant;
    private String kind;
    private String checkWorthiness;
    private String verdict;
    private final List<Evidence> evidence = new ArrayList<>();
    private String note;

    public Claim(String id, Span span, String statement) {
        super(id);
        this.span = span;
        this.statement = statement;
    }

    @Override
    public Kind kind() {
        return Kind.CLAIM;
    }

    @Override
    public Span anchorSpan() {
        return span;
    }

    @Override
    public Claim copy() {
        Claim c = copyBaseInto(new Claim(id(), span, statement));
        c.claimant = claimant;
        c.kind = kind;
        c.checkWorthiness = checkWorthiness;
        c.verdict = verdict;
        c.evidence.addAll(evidence);
        c.note = note;
        return c;
    }

    @Override
    public List<SpanRef> spans() {
        return span == null ? List.of() : List.of(SpanRef.single("span", span));
    }

    @Override
    public void setSpan(SpanRef ref, Span replacement) {
        if (!ref.field().equals("span") || replacement == null) {
            throw new IllegalArgumentException("a claim keeps its span: " + ref.location());
        }
        span = replacement;
    }

    @Override
    public List<Reference> references() {
        return claimant == null ? List.of()
                : List.of(new Reference("claimant", -1, claimant, java.util.EnumSet.of(Kind.ENTITY)));
    }

    @Override
    public boolean removeReference(Reference ref) {
        if (ref.field().equals("claimant") && ref.target().equals(claimant)) {
            claimant = null;
        }
        return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.claim(this);
    }

    public Span span() {
        return span;
    }

    public void setSpan(Span span) {
        this.span = span;
    }

    /** The normalized statement: an editable paraphrase, pre-filled from the span. */
    public String statement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    /** Entity id of who makes the claim, or null. */
    public String claimant() {
        return claimant;
    }

    public void setClaimant(String claimant) {
        this.claimant = claimant;
    }

    /** Claim kind from the tag set (factual, opinion, prediction, promise, …), or null. */
    public String claimKind() {
        return kind;
    }

    public void setClaimKind(String kind) {
        this.kind = kind;
    }

    public String checkWorthiness() {
        return checkWorthiness;
    }

    public void setCheckWorthiness(String checkWorthiness) {
        this.checkWorthiness = checkWorthiness;
    }

    public String verdict() {
        return verdict;
    }

    public void setVerdict(String verdict) {
        this.verdict = verdict;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    public String note() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

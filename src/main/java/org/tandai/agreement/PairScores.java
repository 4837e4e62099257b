package org.tandai.agreement;

/** Every measure between two layers, of one document or summed over the documents both annotated. */
public final class PairScores {
    private final EntityScores entities;
    private final ClaimScores claims;
    private final SourceScores sources;
    private int documents;

    private PairScores(EntityScores entities, ClaimScores claims, SourceScores sources, int documents) {
        this.entities = entities;
        this.claims = claims;
        this.sources = sources;
        this.documents = documents;
    }

    /** Nothing yet: the start of a sum. */
    public static PairScores empty() {
        return new PairScores(new EntityScores(), new ClaimScores(), new SourceScores(), 0);
    }

    static PairScores of(LayerView a, LayerView b, long length) {
        return new PairScores(EntityScores.of(a.mentions(), b.mentions(), length), ClaimScores.of(a.claims(), b.claims()),
                SourceScores.of(a.sources(), b.sources()), 1);
    }

    public void add(PairScores o) {
        entities.add(o.entities);
        claims.add(o.claims);
        sources.add(o.sources);
        documents += o.documents;
    }

    public EntityScores entities() {
        return entities;
    }

    public ClaimScores claims() {
        return claims;
    }

    public SourceScores sources() {
        return sources;
    }

    /** How many documents the scores are over. */
    public int documents() {
        return documents;
    }
}

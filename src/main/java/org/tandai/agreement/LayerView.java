package org.tandai.agreement;

import java.util.List;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Claim;
import org.tandai.store.Layer;

/** One layer of one document, cut into the units agreement compares; built once per document. */
record LayerView(Layer layer, Mentions mentions, List<Claim> claims, List<Attribution> sources) {
    static LayerView of(Layer layer, AnnotatedDocument doc) {
        return new LayerView(layer, new Mentions(doc), ClaimScores.claimsOf(doc), Attribution.of(doc));
    }
}

package org.tandai.model;

import java.util.Set;

/**
 * One id an annotation points at: the field ("claimant", "speaker", "claims", "via", "from",
 * "to"), the index for a list field (-1 otherwise), the id, and the kinds the field allows.
 */
public record Reference(String field, int index, String target, Set<Kind> allowed) {
    public String location() {
        return index < 0 ? field : field + "[" + index + "]";
    }
}

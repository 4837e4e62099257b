package org.tandai.ui.common;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.tandai.i18n.Messages;
import org.tandai.model.TagSet;

/**
 * The built-in tag set's labels in the window's language. A label that is still the built-in one
 * ("Person", "Mostly true") is shown as {@code tagset.GROUP.NAME} from the bundles ("Orang",
 * "Sebagian besar benar"); a label a corpus's tag set file gives itself is the corpus's choice and is
 * shown as written. Only labels change: names, colours, keys and everything written to files stay.
 */
public final class TagSetLabels {
    private TagSetLabels() {
    }

    public static TagSet localized(TagSet tags, Messages messages) {
        TagSet d = TagSet.defaults();
        return new TagSet(
                map(tags.entityTypes(), d.entityTypes(), TagSet.EntityType::name, TagSet.EntityType::label, "entity", messages,
                        (t, l) -> new TagSet.EntityType(t.name(), l, t.color(), t.key())),
                labels(tags.claimKinds(), d.claimKinds(), "claimKind", messages),
                map(tags.verdicts(), d.verdicts(), TagSet.Verdict::name, TagSet.Verdict::label, "verdict", messages,
                        (v, l) -> new TagSet.Verdict(v.name(), l, v.rating())),
                labels(tags.checkWorthiness(), d.checkWorthiness(), "worth", messages),
                labels(tags.sourceForms(), d.sourceForms(), "form", messages),
                map(tags.relationTypes(), TagSet.defaultRelationTypes(), TagSet.RelationType::name, TagSet.RelationType::label,
                        "relation", messages, (r, l) -> new TagSet.RelationType(r.name(), l, r.from(), r.to(), r.symmetric())),
                map(tags.attributes(), TagSet.defaultAttributes(), TagSet.Attribute::name, TagSet.Attribute::label,
                        "attribute", messages, (a, l) -> new TagSet.Attribute(a.name(), l, a.on(), a.type(), a.values())));
    }

    private static List<TagSet.Label> labels(List<TagSet.Label> own, List<TagSet.Label> builtIn, String group, Messages m) {
        return map(own, builtIn, TagSet.Label::name, TagSet.Label::label, group, m, (x, l) -> new TagSet.Label(x.name(), l));
    }

    private static <T> List<T> map(List<T> own, List<T> builtIn, Function<T, String> name, Function<T, String> label,
                                   String group, Messages m, BiFunction<T, String, T> relabel) {
        return own.stream().map(x -> {
            String key = "tagset." + group + "." + name.apply(x);
            boolean stillBuiltIn = builtIn.stream().anyMatch(b -> name.apply(b).equals(name.apply(x))
                    && label.apply(b).equals(label.apply(x)));
            return stillBuiltIn && m.has(key) ? relabel.apply(x, m.get(key)) : x;
        }).toList();
    }
}

package org.tandai.merge;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Annotation;
import org.tandai.model.Conflict;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Kind;
import org.tandai.store.Problem;
import org.tandai.store.SidecarReader;
import org.tandai.store.SidecarWriter;
import org.tandai.store.StoreException;

/**
 * What "take theirs" means for one merge conflict, computed in the file form the merge used:
 * theirs' value is put in the field of the annotation's (or the document's) JSON and read back
 * through the strict reader, so the result is exactly what a file with that value would load as.
 * "Take ours" needs nothing from here: ours is already in the document, the conflict only goes.
 * The window turns these into one undoable step.
 */
public final class ConflictResolution {
    private ConflictResolution() {
    }

    /** True when the conflict is on an annotation (not the document metadata or a field of the file). */
    public static boolean onAnnotation(Conflict c) {
        return c.id() != null && !Conflict.DOCUMENT.equals(c.id());
    }

    /**
     * The annotation as theirs has it: for a whole-annotation conflict theirs' version (null when
     * theirs deleted it), for a field the current annotation with theirs' value in that field (left
     * out when theirs has none). Refused with a located message when the result does not read.
     */
    public static Annotation theirsAnnotation(AnnotatedDocument doc, Conflict c) throws StoreException {
        Kind kind = Kind.ofId(c.id());
        if (kind == null) {
            throw new StoreException(Problem.error("conflicts", c.location(), "not an annotation id"));
        }
        JsonObject object;
        if (c.wholeAnnotation()) {
            if (!(c.theirs() instanceof JsonObject theirs)) {
                return null;
            }
            object = theirs.deepCopy();
        } else {
            Annotation current = doc.find(c.id());
            if (current == null) {
                throw new StoreException(Problem.error("conflicts", c.location(), "the annotation is no longer there"));
            }
            object = JsonParser.parseString(SidecarWriter.annotationJson(current)).getAsJsonObject();
            put(object, c.field(), c.theirs());
        }
        JsonObject tree = SidecarMerge.tree(new AnnotatedDocument(doc.info()));
        tree.getAsJsonArray(kind.plural()).add(object);
        AnnotatedDocument read = readBack(tree, c);
        return read.find(c.id());
    }

    /** The document metadata with theirs' value in the conflict's field, as a new object. */
    public static DocumentInfo theirsInfo(AnnotatedDocument doc, Conflict c) throws StoreException {
        JsonObject tree = SidecarMerge.tree(new AnnotatedDocument(doc.info()));
        put(tree.getAsJsonObject("document"), c.field(), c.theirs());
        return readBack(tree, c).info();
    }

    /** Copies every field of {@code from} into {@code to} (the document's info object is fixed; its fields change). */
    public static void copyInfo(DocumentInfo from, DocumentInfo to) {
        to.setFile(from.file());
        to.setSha256(from.sha256());
        to.setLanguage(from.language());
        to.setTitle(from.title());
        to.setOutlet(from.outlet());
        to.setUrl(from.url());
        to.setPublished(from.published());
        to.extras().clear();
        to.extras().putAll(from.extras());
    }

    private static void put(JsonObject object, String field, Object value) {
        if (value instanceof JsonElement el) {
            object.add(field, el.deepCopy());
        } else {
            object.remove(field);
        }
    }

    private static AnnotatedDocument readBack(JsonObject tree, Conflict c) throws StoreException {
        SidecarReader.Result r = SidecarReader.read("theirs", tree.toString());
        if (r.document() == null || r.hasErrors()) {
            String why = r.problems().stream().filter(Problem::isError).map(Problem::message).findFirst().orElse("unreadable");
            throw new StoreException(Problem.error("conflicts", c.location(), "theirs' value cannot be used: " + why));
        }
        return r.document();
    }
}

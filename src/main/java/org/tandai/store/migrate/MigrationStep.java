package org.tandai.store.migrate;

import com.google.gson.JsonObject;
import java.util.List;
import org.tandai.store.Problem;

/**
 * One step of the sidecar format's migration chain: turns the JSON tree of a file at version
 * {@link #from()} into the tree of version {@code from() + 1}, in place. Works on the file form
 * only (never on the model), so adding version 3 is one more class (decision 0810).
 */
public interface MigrationStep {
    /** The version this step reads. */
    int from();

    /**
     * Rewrites {@code top} into the next version's form, including its "version". Anything it
     * cannot carry over is reported in {@code problems} (file {@code file}), never dropped silently.
     */
    void apply(JsonObject top, String file, List<Problem> problems);
}

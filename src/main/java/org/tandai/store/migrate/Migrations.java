package org.tandai.store.migrate;

import com.google.gson.JsonObject;
import java.util.List;
import org.tandai.store.Problem;

/**
 * The chain of format migrations, one {@link MigrationStep} per version: a file read at version
 * {@code v} goes through every step from {@code v} up to the current version before the reader
 * maps it onto the model. The reader itself only knows the current version's form.
 */
public final class Migrations {
    /** The steps in order; step i reads version i + 1. Adding version 3 adds {@code new V2ToV3()} here. */
    private static final List<MigrationStep> STEPS = List.of(new V1ToV2());

    /** The version the chain ends at: the one Tandai writes. */
    public static final int CURRENT = STEPS.get(STEPS.size() - 1).from() + 1;

    private Migrations() {
    }

    /**
     * Brings {@code top}, read at {@code version}, up to {@link #CURRENT} in place. A version at or
     * above the current one, or below the first step, is left as it is.
     */
    public static void toCurrent(JsonObject top, int version, String file, List<Problem> problems) {
        for (MigrationStep step : STEPS) {
            if (step.from() == version) {
                step.apply(top, file, problems);
                version++;
            }
        }
    }
}

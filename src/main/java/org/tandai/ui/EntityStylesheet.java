package org.tandai.ui;

import java.util.List;
import javafx.scene.Scene;
import org.tandai.model.TagSet;
import org.tandai.ui.common.Theme;

/**
 * The scene's stylesheet of entity-type colours ({@link Theme#entityStylesheet}), swapped only
 * when a tag set's colours differ: replacing a stylesheet re-applies CSS to every node.
 */
final class EntityStylesheet {
    private String shown;

    void show(Scene scene, TagSet tags) {
        String sheet = Theme.entityStylesheet(tags);
        if (sheet.equals(shown)) {
            return;
        }
        List<String> sheets = scene.getStylesheets();
        if (shown != null) {
            sheets.remove(shown);
        }
        shown = sheet;
        sheets.add(shown);
    }
}

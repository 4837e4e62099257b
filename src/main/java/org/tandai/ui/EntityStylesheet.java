package org.tandai.ui;

import java.util.List;
import javafx.scene.Scene;
import org.tandai.model.TagSet;
import org.tandai.ui.common.Theme;
import org.tandai.ui.common.ThemePalette;

/**
 * The scene's stylesheet of entity-type colours ({@link Theme#entityStylesheet}), swapped only
 * when a tag set's colours or the theme's palette differ: replacing a stylesheet re-applies CSS
 * to every node.
 */
final class EntityStylesheet {
    private String shown;
    private Scene scene;
    private TagSet tags;
    private ThemePalette palette = ThemePalette.load(false);

    void show(Scene scene, TagSet tags) {
        this.scene = scene;
        this.tags = tags;
        String sheet = Theme.entityStylesheet(tags, palette);
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

    /** The theme changed: the highlights are made again from its palette (View ▸ Theme). */
    void setPalette(ThemePalette palette) {
        this.palette = palette;
        if (scene != null && tags != null) {
            show(scene, tags);
        }
    }
}

package org.tandai.ui.common;

/**
 * What the window remembers between runs. A plain bean so Gson can (de)serialize it; unknown or
 * missing fields fall back to these defaults. Stored by {@link SettingsStore}.
 */
public final class Settings {
    public double width = 1360;
    public double height = 840;
    public double x = Double.NaN;
    public double y = Double.NaN;
    public boolean maximized;
    public double[] dividers = {0.16, 0.58};
    public String lastFolder;
    public String lastArticle;
    public String annotator;
    public boolean snapToWords = true;
    /** View ▸ Other annotators' layers: off by default, so annotation stays blind (issue 11). */
    public boolean showOtherLayers;
    /** View ▸ Suggestions: the recommenders switched off ("attributions", "quotes", "entities"; issue 12). */
    public java.util.List<String> suggestionsOff = new java.util.ArrayList<>();
    /** View ▸ Language: "en" or "id"; null follows the system locale (issue 13). */
    public String language;
    /** View ▸ Theme: "light" or "dark"; null follows the system setting (issue 13). */
    public String theme;
    /** What the desktop answered last time it was asked ("light" or "dark"): the first frame's guess (decision 1226). */
    public String lastSystemTheme;
    /** View ▸ Labels: "off", "normal" or "compact" (issue 13, the structure overlay). */
    public String spanLabels = "off";
    /** View ▸ All Arcs in View: arcs for every source and relation in view, not only the selected one's. */
    public boolean allArcs;
    /** View ▸ Show and the legend: the kinds the article does not draw ("entity:ORG", "claim", …; issue 13). */
    public java.util.List<String> hiddenKinds = new java.util.ArrayList<>();
    /** View ▸ Zoom: the article's text size as a share of the normal one (1.0 = 100 %; issue 13). */
    public double zoom = 1.0;
}

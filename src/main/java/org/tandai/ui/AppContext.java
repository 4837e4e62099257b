package org.tandai.ui;

import java.time.Clock;
import org.tandai.i18n.Messages;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.SettingsStore;
import org.tandai.ui.common.TaskRunner;

/**
 * The services the window is built from, made once by {@link TandaiApp} (or a test) and passed
 * down by constructor: no singletons, no DI framework. {@code annotator} is the --annotator
 * override, or null. {@code messages} is the UI's text in the chosen language; {@code theme} is
 * the --theme override ("light", "dark") or null.
 */
public record AppContext(SidecarStore store, TaskRunner tasks, DialogService dialogs, SettingsStore settings,
                         Clock clock, String annotator,
                         Messages messages, String theme) {
}

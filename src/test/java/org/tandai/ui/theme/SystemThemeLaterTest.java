package org.tandai.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandai.i18n.Messages;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop's preference is asked without holding up the window (decision 1226): the window
 * starts light, turns dark when the system answers "dark", and stays with the user's choice if
 * they chose one before the answer came. --theme or a saved choice never asks the system.
 */
class SystemThemeLaterTest {
    private final List<Consumer<Boolean>> asked = new ArrayList<>();
    private final Settings settings = new Settings();
    private Scene scene;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private ThemeSwitcher switcher(String option) throws Exception {
        ThemeSwitcher[] made = new ThemeSwitcher[1];
        WaitForAsyncUtils.asyncFx(() -> {
            scene = new Scene(new StackPane());
            made[0] = new ThemeSwitcher(option, settings, scene, p -> { }, () -> { }, Messages.english(), asked::add);
        }).get();
        return made[0];
    }

    private void answer(boolean dark) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> asked.remove(0).accept(dark)).get();
    }

    private boolean darkShown() {
        return scene.getRoot().getStyleClass().contains(ThemeSwitcher.DARK_CLASS);
    }

    @Test
    void startsLightAndTurnsDarkWhenTheSystemAnswersDark() throws Exception {
        ThemeSwitcher t = switcher(null);
        assertEquals("light", t.shown(), "nothing waits for the system");
        assertFalse(darkShown());
        assertEquals(1, asked.size(), "the system was asked once");
        answer(true);
        assertEquals("dark", t.shown());
        assertTrue(darkShown());
    }

    @Test
    void theNextStartBeginsWithTheLastAnswerAndStillFollowsAChange() throws Exception {
        switcher(null);
        answer(true);
        assertEquals("dark", settings.lastSystemTheme, "the answer is remembered for the next start");
        ThemeSwitcher next = switcher(null);
        assertEquals("dark", next.shown(), "a dark desktop's next start is dark from its first frame");
        assertTrue(darkShown());
        answer(false); // the desktop went light between the two runs
        assertEquals("light", next.shown());
        assertEquals("light", settings.lastSystemTheme);
    }

    @Test
    void aChoiceMadeBeforeTheAnswerIsKept() throws Exception {
        ThemeSwitcher t = switcher(null);
        WaitForAsyncUtils.asyncFx(() -> t.choose("light")).get();
        answer(true);
        assertEquals("light", t.shown());
        assertFalse(darkShown());
        // Choosing System afterwards uses the answer already given, without asking again.
        WaitForAsyncUtils.asyncFx(() -> t.choose(null)).get();
        assertEquals("dark", t.shown());
        assertTrue(asked.isEmpty());
    }

    @Test
    void theOptionOrASavedChoiceNeverAsksTheSystem() throws Exception {
        assertEquals("dark", switcher("dark").shown());
        settings.theme = "light";
        assertEquals("light", switcher(null).shown());
        assertTrue(asked.isEmpty());
    }
}

package org.tandai.ui.transfer;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What export and import need from the main window, as plain functions so their ViewModels can
 * be tested without one: the open corpus folder, the open article (either may be null), "save
 * the open article, then …", and "open this folder as the corpus".
 */
public record TransferHost(Supplier<Path> folder, Supplier<Path> currentArticle,
                           BiConsumer<Runnable, Runnable> saveThen, Consumer<Path> openFolder) {
}

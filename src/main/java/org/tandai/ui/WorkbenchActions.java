package org.tandai.ui;

import java.util.function.IntConsumer;
import org.tandai.ui.article.AnnotateActions;
import org.tandai.ui.article.ArticleViewModel;
import org.tandai.ui.article.FragmentActions;

/**
 * The window's menu and toolbar actions: which action sits in which menu, in what order, with
 * which keys, and what it calls. Kept apart from {@link Workbench}, which builds the panels these
 * call into; each menu gets only what its actions need.
 */
final class WorkbenchActions {
    private final MainMenu menu;

    WorkbenchActions(MainMenu menu) {
        this.menu = menu;
    }

    /** File: open a folder, save, export and import (dialogs built on first use), annotator name, quit. */
    void file(FolderActions folders, WorkbenchViewModel vm, Runnable export, Runnable importer, Runnable quit) {
        menu.add("file", "action.file.openFolder", "Shortcut+O", false, false, folders::chooseFolder);
        menu.add("file", "action.file.save", "Shortcut+S", true, false, vm::save);
        separator("file");
        menu.add("file", "action.file.export", "Shortcut+E", false, false, export);
        menu.add("file", "action.file.import", "Shortcut+I", false, false, importer);
        separator("file");
        menu.add("file", "action.file.setAnnotator", null, false, false, folders::askAnnotator);
        menu.add("file", "action.file.quit", "Shortcut+Q", false, false, quit);
    }

    /** Edit: undo, redo, delete the selected annotation, find in the article. */
    void edit(WorkbenchViewModel vm, AnnotateActions annotate, Runnable openFind, ArticleViewModel article) {
        menu.add("edit", "action.edit.undo", "Shortcut+Z", true, false, vm::undo);
        menu.add("edit", "action.edit.redo", "Shortcut+Shift+Z or Shortcut+Y", true, false, vm::redo);
        separator("edit");
        menu.add("edit", "action.edit.delete", "Delete", true, true, annotate::deleteSelected);
        menu.add("edit", "action.edit.find", "Shortcut+F", true, false, openFind);
        menu.add("edit", "action.edit.findNext", "F3", false, false, () -> article.findNext(true));
    }

    /**
     * Annotate: new claim and source, mark all, merge entities, relations, re-attach an orphan,
     * spans in pieces, and moving the selection's ends.
     */
    void annotate(AnnotateActions annotate, FragmentActions fragments, ArticleViewModel article, Runnable mergeEntities,
                  Runnable startRelation, Runnable relateToStart, Runnable reattachOrphan) {
        menu.add("annotate", "action.annotate.newClaim", "C", true, true, annotate::newClaim);
        menu.add("annotate", "action.annotate.newSource", "S", true, true, annotate::newSource);
        menu.add("annotate", "action.annotate.markAll", "M", true, true, annotate::markAllOccurrences);
        menu.add("annotate", "action.annotate.merge", "Shortcut+M", true, false, mergeEntities);
        menu.add("annotate", "action.annotate.startRelation", "R", false, true, startRelation);
        menu.add("annotate", "action.annotate.relateToStart", "T", false, true, relateToStart);
        menu.add("annotate", "action.annotate.reattachOrphan", "Shortcut+R", false, false, reattachOrphan);
        separator("annotate");
        menu.add("annotate", "action.annotate.holdPiece", "Shortcut+Shift+A", false, false, fragments::holdPiece);
        menu.add("annotate", "action.annotate.addFragment", "Shortcut+Shift+F", false, false, fragments::addToSelected);
        menu.add("annotate", "action.annotate.clearPieces", null, false, false, fragments::clearPieces);
        separator("annotate");
        menu.add("annotate", "action.annotate.extendEnd", "Alt+Right", false, false, () -> article.adjustSelection(true, true));
        menu.add("annotate", "action.annotate.shrinkEnd", "Alt+Left", false, false, () -> article.adjustSelection(true, false));
        menu.add("annotate", "action.annotate.extendStart", "Alt+Shift+Left", false, false, () -> article.adjustSelection(false, true));
        menu.add("annotate", "action.annotate.shrinkStart", "Alt+Shift+Right", false, false, () -> article.adjustSelection(false, false));
        menu.add("annotate", "action.annotate.snap", "W", false, true, article::snapSelection);
    }

    /** View: the focus to the article (Alt+0) or to a tab's table (Alt+1 … Alt+6), and Curate. */
    void view(Runnable focusArticle, IntConsumer showTab, Runnable curate) {
        menu.add("view", "action.view.article", "Alt+0", false, false, focusArticle);
        menu.add("view", "action.view.entities", "Alt+1", false, false, () -> showTab.accept(PanelTabs.ENTITIES));
        menu.add("view", "action.view.claims", "Alt+2", false, false, () -> showTab.accept(PanelTabs.CLAIMS));
        menu.add("view", "action.view.sources", "Alt+3", false, false, () -> showTab.accept(PanelTabs.SOURCES));
        menu.add("view", "action.view.orphans", "Alt+4", false, false, () -> showTab.accept(PanelTabs.ORPHANS));
        menu.add("view", "action.view.relations", "Alt+5", false, false, () -> showTab.accept(PanelTabs.RELATIONS));
        menu.add("view", "action.view.conflicts", "Alt+6", false, false, () -> showTab.accept(PanelTabs.CONFLICTS));
        menu.add("view", "action.view.curate", "Shortcut+Shift+C", false, false, curate);
    }

    /** Help: the keyboard shortcuts. */
    void help(Runnable shortcuts) {
        menu.add("help", "action.help.shortcuts", "F1", false, false, shortcuts);
    }

    private void separator(String menuId) {
        menu.add(menuId, MainMenu.SEPARATOR, null, false, false, null);
    }
}

package org.tandai.ui.article;

import java.time.Duration;
import java.util.Collection;
import java.util.OptionalInt;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;
import org.tandai.ui.common.DocumentSession;

/**
 * The article pane: title, legend, find bar and the read-only, wrapped text with its highlights. It
 * mirrors {@link ArticleViewModel}: the text, the selection and the styles; it decides nothing.
 */
public final class ArticleView extends VBox {
    private final ArticleViewModel vm;
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final javafx.scene.layout.StackPane textStack;
    private final Label title = new Label();
    private final FlowPane legend = new FlowPane();
    private final Label readOnlyBanner = new Label();
    private final HBox findBar = new HBox();
    private final TextField findField = new TextField();
    private final Label findStatus = new Label();
    private final Popup tip = new Popup();
    private final Label tipLabel = new Label();
    private boolean syncing;
    /** Where a Ctrl+drag for another piece started (UTF-16), or -1. */
    private int pieceFrom = -1;
    /** The live selection {start, end} when a Ctrl+press began, held as a piece at its release. */
    private int[] pendingPiece;

    private final org.tandai.i18n.Messages messages;

    public ArticleView(ArticleViewModel vm, org.tandai.i18n.Messages messages) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().add("article-pane");
        area.setId("article");
        area.getStyleClass().add("article-area");
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.setAccessibleText(messages.get("article.accessible"));

        title.getStyleClass().add("article-title");
        legend.getStyleClass().add("legend");
        VBox header = new VBox(title, legend);
        header.getStyleClass().add("article-header");
        readOnlyBanner.getStyleClass().add("read-only-banner");
        readOnlyBanner.setMaxWidth(Double.MAX_VALUE);
        readOnlyBanner.setWrapText(true);
        show(readOnlyBanner, false);
        buildFindBar();

        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        textStack = new javafx.scene.layout.StackPane(scroll); // overlays go over the text (the structure overlay)
        textStack.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        VBox.setVgrow(textStack, Priority.ALWAYS);
        getChildren().addAll(header, readOnlyBanner, findBar, textStack);

        tipLabel.getStyleClass().add("hover-tip");
        tip.getContent().add(tipLabel);

        bind();
    }

    public StyleClassedTextArea area() {
        return area;
    }

    /** The scrolled text and what is drawn over it; an overlay added here covers the text area. */
    public javafx.scene.layout.StackPane textStack() {
        return textStack;
    }

    /** The legend strip under the title. */
    public FlowPane legend() {
        return legend;
    }

    private void buildFindBar() {
        findField.setId("find-field");
        findField.setPromptText(messages.get("find.prompt"));
        findField.setPrefColumnCount(24);
        findField.textProperty().bindBidirectional(vm.findQueryProperty());
        findStatus.getStyleClass().add("find-status");
        Button prev = new Button(messages.get("find.previous"));
        Button next = new Button(messages.get("find.next"));
        Button close = new Button(messages.get("common.close"));
        prev.setOnAction(e -> step(false));
        next.setOnAction(e -> step(true));
        close.setOnAction(e -> closeFind());
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                closeFind();
                e.consume();
            }
        });
        vm.findCountProperty().addListener((o, a, b) -> findStatus.setText(vm.findStatus(messages)));
        vm.findQueryProperty().addListener((o, a, b) -> findStatus.setText(vm.findStatus(messages)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label label = new Label(messages.get("find.label"));
        findBar.getChildren().addAll(label, findField, prev, next, findStatus, spacer, close);
        // When the pane is narrow the field gives way, never the labels: they were cut to "Pr…" (issue 13).
        for (Region r : new Region[] {label, prev, next, close, findStatus}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        findField.setMinWidth(80);
        HBox.setHgrow(findField, Priority.SOMETIMES);
        findBar.getStyleClass().add("find-bar");
        show(findBar, false);
    }

    private void step(boolean forward) {
        vm.findNext(forward);
        findStatus.setText(vm.findStatus(messages));
    }

    /** Shows the find bar and focuses its field (Ctrl+F). */
    public void openFind() {
        show(findBar, true);
        String sel = area.getSelectedText();
        if (!sel.isEmpty() && sel.length() < 80 && sel.indexOf('\n') < 0) {
            findField.setText(sel);
        }
        findField.requestFocus();
        findField.selectAll();
    }

    private void closeFind() {
        vm.findQueryProperty().set("");
        show(findBar, false);
        area.requestFocus();
    }

    private void bind() {
        vm.setRestyler(this::restyle);
        vm.setFindReset(() -> show(findBar, false));
        vm.setRevealer(r -> {
            area.selectRange(r[0], r[1]);
            area.requestFollowCaret();
        });
        vm.textProperty().addListener((o, a, b) -> {
            syncing = true;
            area.replaceText(b == null ? "" : b);
            area.moveTo(0);
            area.showParagraphAtTop(0);
            syncing = false;
        });
        vm.sessionProperty().addListener((o, a, s) -> sessionChanged(s));
        area.selectionProperty().addListener((o, a, sel) -> {
            if (!syncing) {
                // The anchor is where a keyboard selection started; keep the VM's order the area's.
                vm.selectionStartProperty().set(area.getAnchor());
                vm.selectionEndProperty().set(area.getCaretPosition());
            }
        });
        area.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && area.getSelection().getLength() == 0) {
                OptionalInt hit = area.hit(e.getX(), e.getY()).getCharacterIndex();
                if (hit.isPresent()) {
                    vm.clickAt(hit.getAsInt());
                }
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String text = vm.describeAt(e.getCharacterIndex());
            if (!text.isEmpty() && area.getScene() != null) {
                tipLabel.setText(text);
                Point2D p = e.getScreenPosition();
                tip.show(area, p.getX() + 12, p.getY() + 16);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
        bindPieces();
    }

    /**
     * Ctrl+drag adds a piece: before the area starts its new selection, the one it has is held as
     * a piece (decision 0840). Escape clears the pieces; Ctrl+click without a drag just holds.
     */
    private void bindPieces() {
        // The area's own behaviour does not drag-select with Ctrl held, so the piece's drag is ours.
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isShortcutDown() && !e.isShiftDown()) {
                // Remember the live selection but hold it only when the drag ends: painting it now
                // would replace the text node the press hit, and the drag's events would go to a
                // node no longer in the scene (decision 0840).
                pieceFrom = area.hit(e.getX(), e.getY()).getInsertionIndex();
                pendingPiece = new int[] {area.getSelection().getStart(), area.getSelection().getEnd()};
                area.requestFocus();
                e.consume();
            } else {
                pieceFrom = -1; // a Ctrl+drag whose release never came must not capture later drags
                pendingPiece = null;
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pieceFrom >= 0 && e.isPrimaryButtonDown()) {
                area.selectRange(pieceFrom, area.hit(e.getX(), e.getY()).getInsertionIndex());
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (pieceFrom >= 0) {
                int to = area.hit(e.getX(), e.getY()).getInsertionIndex();
                int[] held = pendingPiece;
                pieceFrom = -1;
                pendingPiece = null;
                if (to == area.getSelection().getStart() && to == area.getSelection().getEnd() || held == null) {
                    vm.pieces().holdLive(); // a Ctrl+click without a drag: hold what was selected
                } else {
                    vm.pieces().hold(held[0], held[1]);
                }
                e.consume();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.pieces().clear()) {
                e.consume();
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> vm.hoverAt(e.getCharacterIndex()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> vm.hoverAt(-1));
    }

    private void sessionChanged(DocumentSession s) {
        title.setText(s == null ? messages.get("article.none") : s.name());
        if (s == null) { // the legend is filled by filters.LegendView (its items toggle what is drawn)
            show(readOnlyBanner, false);
            return;
        }
        readOnlyBanner.setText(s.readOnly() ? messages.get("article.readOnly", s.readOnlyReason()) : "");
        show(readOnlyBanner, s.readOnly());
    }

    /** Applies the flattened styles of [from, to) in one call. */
    private void restyle(int from, int to) {
        int len = area.getLength();
        int a = Math.max(0, Math.min(from, len));
        int b = Math.max(a, Math.min(to, len));
        if (b > a) {
            StyleSpans<Collection<String>> spans = vm.styles(a, b);
            area.setStyleSpans(a, spans);
        }
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }
}

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

    public ArticleView(ArticleViewModel vm) {
        this.vm = vm;
        getStyleClass().add("article-pane");
        area.setId("article");
        area.getStyleClass().add("article-area");
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.setAccessibleText("Article text");

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
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, readOnlyBanner, findBar, scroll);

        tipLabel.getStyleClass().add("hover-tip");
        tip.getContent().add(tipLabel);

        bind();
    }

    public StyleClassedTextArea area() {
        return area;
    }

    /** The legend strip under the title. */
    public FlowPane legend() {
        return legend;
    }

    private void buildFindBar() {
        findField.setId("find-field");
        findField.setPromptText("Find in article");
        findField.setPrefColumnCount(24);
        findField.textProperty().bindBidirectional(vm.findQueryProperty());
        findStatus.getStyleClass().add("find-status");
        Button prev = new Button("Previous");
        Button next = new Button("Next");
        Button close = new Button("Close");
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
        vm.findCountProperty().addListener((o, a, b) -> findStatus.setText(vm.findStatus()));
        vm.findQueryProperty().addListener((o, a, b) -> findStatus.setText(vm.findStatus()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label label = new Label("Find");
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
        findStatus.setText(vm.findStatus());
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
        title.setText(s == null ? "No article open" : s.name());
        if (s == null) { // the legend is filled by filters.LegendView (its items toggle what is drawn)
            show(readOnlyBanner, false);
            return;
        }
        readOnlyBanner.setText(s.readOnly() ? "Read-only: " + s.readOnlyReason() : "");
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

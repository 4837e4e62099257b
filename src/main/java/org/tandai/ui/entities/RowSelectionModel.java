package org.tandai.ui.entities;

import java.util.AbstractList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

/**
 * Row selection for a large table. JavaFX's own TableView selection model keeps a list of
 * selected cells and, when a selection of n rows is cleared, updates its row indices one at a
 * time, each in O(n): clearing a select-all of 100,000 rows froze the window for 10 s. This model
 * selects whole rows only and uses the selection base class's bit set directly, so select-all and
 * clear are linear. The selected cells are derived from the selected rows (column null).
 *
 * <p>When the rows change, a permutation (a sort) keeps the selection on the same entities; any
 * other change clears it, and the view selects the annotation the article has selected again.
 */
final class RowSelectionModel<S> extends TableView.TableViewSelectionModel<S> {
    /** Above this many selected rows a sort keeps only the focused row selected. */
    private static final int REMAP_LIMIT = 10_000;
    private final ObservableList<TablePosition> cells;

    RowSelectionModel(TableView<S> table) {
        super(table);
        setSelectionMode(SelectionMode.MULTIPLE);
        cells = new Cells(table, getSelectedIndices());
        table.getItems().addListener(this::rowsChanged);
    }

    private void rowsChanged(ListChangeListener.Change<? extends S> c) {
        if (isEmpty()) {
            return;
        }
        while (c.next()) {
            if (!c.wasPermutated()) {
                clearSelection();
                return;
            }
        }
        c.reset();
        c.next();
        int focused = getSelectedIndex() < 0 ? -1 : c.getPermutation(getSelectedIndex());
        List<Integer> before = getSelectedIndices().size() > REMAP_LIMIT ? List.of() : List.copyOf(getSelectedIndices());
        int[] after = before.stream().mapToInt(c::getPermutation).filter(i -> i != focused).toArray();
        clearSelection();
        if (focused >= 0) {
            selectIndices(focused, after);
        } else if (after.length > 0) {
            selectIndices(after[0], java.util.Arrays.copyOfRange(after, 1, after.length));
        }
    }

    @Override
    public ObservableList<TablePosition> getSelectedCells() {
        return cells;
    }

    @Override
    public boolean isSelected(int row, TableColumn<S, ?> column) {
        return isSelected(row);
    }

    @Override
    public void select(int row, TableColumn<S, ?> column) {
        select(row);
    }

    @Override
    public void clearAndSelect(int row, TableColumn<S, ?> column) {
        clearAndSelect(row);
    }

    @Override
    public void clearSelection(int row, TableColumn<S, ?> column) {
        clearSelection(row);
    }

    @Override
    public void selectLeftCell() {
        // Whole rows only: nothing to the left or right.
    }

    @Override
    public void selectRightCell() {
        // Whole rows only.
    }

    @Override
    public void selectAboveCell() {
        selectPrevious();
    }

    @Override
    public void selectBelowCell() {
        selectNext();
    }

    /** The selected rows as table positions without a column, kept in step with the indices. */
    private static final class Cells extends TransformationList<TablePosition, Integer> {
        private final TableView<?> table;

        Cells(TableView<?> table, ObservableList<Integer> rows) {
            super(rows);
            this.table = table;
        }

        private TablePosition position(int row) {
            return new TablePosition<>(table, row, null);
        }

        @Override
        protected void sourceChanged(ListChangeListener.Change<? extends Integer> c) {
            fireChange(new ListChangeListener.Change<TablePosition>(this) {
                @Override
                public boolean next() {
                    return c.next();
                }

                @Override
                public void reset() {
                    c.reset();
                }

                @Override
                public int getFrom() {
                    return c.getFrom();
                }

                @Override
                public int getTo() {
                    return c.getTo();
                }

                @Override
                public List<TablePosition> getRemoved() {
                    List<? extends Integer> removed = c.getRemoved();
                    return new AbstractList<>() {
                        @Override
                        public TablePosition get(int i) {
                            return position(removed.get(i));
                        }

                        @Override
                        public int size() {
                            return removed.size();
                        }
                    };
                }

                @Override
                public boolean wasUpdated() {
                    return c.wasUpdated();
                }

                @Override
                protected int[] getPermutation() {
                    if (!c.wasPermutated()) {
                        return new int[0];
                    }
                    int[] p = new int[c.getTo() - c.getFrom()];
                    for (int i = 0; i < p.length; i++) {
                        p[i] = c.getPermutation(c.getFrom() + i);
                    }
                    return p;
                }
            });
        }

        @Override
        public TablePosition get(int index) {
            return position(getSource().get(index));
        }

        @Override
        public int size() {
            return getSource().size();
        }

        @Override
        public int getSourceIndex(int index) {
            return index;
        }

        @Override
        public int getViewIndex(int index) {
            return index;
        }
    }
}

package org.tandai.ui.transfer;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.tandai.interchange.Format;

/** File ▸ Export: format, scope, output folder, ClaimReview publisher, progress, problems. */
public final class ExportView {
    private final ExportViewModel vm;
    private final TransferDialog dialog;

    public ExportView(ExportViewModel vm) {
        this.vm = vm;
        org.tandai.i18n.Messages m = vm.job().messages();
        this.dialog = new TransferDialog(m.get("export.title"), new ProgressSection(vm.job(), "export"));
        build();
    }

    private void build() {
        org.tandai.i18n.Messages m = vm.job().messages();
        ChoiceBox<Format> format = new ChoiceBox<>();
        format.setId("export-format");
        format.getItems().setAll(vm.formats());
        format.setConverter(formatNames());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        dialog.addRow(m.get("transfer.format"), format);

        ToggleGroup group = new ToggleGroup();
        RadioButton article = new RadioButton(m.get("export.scope.article"));
        article.setId("export-scope-article");
        RadioButton corpus = new RadioButton(m.get("export.scope.corpus"));
        corpus.setId("export-scope-corpus");
        article.setToggleGroup(group);
        corpus.setToggleGroup(group);
        article.setUserData(ExportViewModel.Scope.ARTICLE);
        corpus.setUserData(ExportViewModel.Scope.CORPUS);
        group.selectToggle(vm.scopeProperty().get() == ExportViewModel.Scope.ARTICLE ? article : corpus);
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.scopeProperty().set((ExportViewModel.Scope) t.getUserData());
            }
        });
        vm.scopeProperty().addListener((o, a, s) -> group.selectToggle(s == ExportViewModel.Scope.ARTICLE ? article : corpus));
        dialog.addRow(m.get("export.scope"), new HBox(12, article, corpus));

        TextField folder = TransferDialog.pathField("export-folder");
        folder.textProperty().bind(Bindings.createStringBinding(
                () -> vm.outDirProperty().get() == null ? "" : vm.outDirProperty().get().toString(), vm.outDirProperty()));
        dialog.addRow(m.get("export.folder"), TransferDialog.withButton(folder,
                TransferDialog.button(m.get("transfer.choose"), "export-choose", vm::chooseOutDir)));

        TextField publisher = new TextField();
        publisher.setId("export-publisher");
        publisher.textProperty().bindBidirectional(vm.publisherProperty());
        TextField url = new TextField();
        url.setId("export-publisher-url");
        url.textProperty().bindBidirectional(vm.publisherUrlProperty());
        Label publisherLabel = dialog.addRow(m.get("export.publisher"), publisher);
        Label urlLabel = dialog.addRow(m.get("export.publisherUrl"), url);
        for (Node node : List.of(publisher, url, publisherLabel, urlLabel)) {
            node.visibleProperty().bind(vm.claimReviewProperty());
            node.managedProperty().bind(vm.claimReviewProperty());
        }

        Button start = TransferDialog.button(m.get("export.start"), "export-start", vm::start);
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.canStartProperty().not());
        Button close = TransferDialog.button(m.get("common.close"), "export-close", dialog::close);
        dialog.buttons().getChildren().addAll(start, close);
    }

    static StringConverter<Format> formatNames() {
        return new StringConverter<>() {
            @Override
            public String toString(Format f) {
                return f == null ? "" : f.key();
            }

            @Override
            public Format fromString(String s) {
                return Format.of(s);
            }
        };
    }

    public void show(Window owner) {
        vm.prepare();
        dialog.show(owner);
    }
}

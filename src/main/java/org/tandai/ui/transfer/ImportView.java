package org.tandai.ui.transfer;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tandai.interchange.Format;

/** File ▸ Import: format, sources, target folder, progress, report, and "Open as Corpus". */
public final class ImportView {
    private final ImportViewModel vm;
    private final TransferDialog dialog;

    public ImportView(ImportViewModel vm) {
        this.vm = vm;
        org.tandai.i18n.Messages m = vm.job().messages();
        this.dialog = new TransferDialog(m.get("import.title"), new ProgressSection(vm.job(), "import"));
        build();
    }

    private void build() {
        org.tandai.i18n.Messages m = vm.job().messages();
        ChoiceBox<Format> format = new ChoiceBox<>();
        format.setId("import-format");
        format.getItems().setAll(vm.formats());
        format.setConverter(ExportView.formatNames());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        dialog.addRow(m.get("transfer.format"), format);

        ListView<Path> sources = new ListView<>(vm.sources());
        sources.setId("import-sources");
        sources.setPrefHeight(90);
        Button files = TransferDialog.button(m.get("import.addFiles"), "import-add-files", vm::chooseSourceFiles);
        Button folder = TransferDialog.button(m.get("import.addFolder"), "import-add-folder", vm::chooseSourceFolder);
        Button clear = TransferDialog.button(m.get("sources.clear"), "import-clear", () -> vm.sources().clear());
        clear.disableProperty().bind(Bindings.isEmpty(vm.sources()).or(vm.job().runningProperty()));
        dialog.addRow(m.get("import.sources"), new HBox(6, sources, new VBox(6, files, folder, clear)));
        HBox.setHgrow(sources, javafx.scene.layout.Priority.ALWAYS);

        TextField target = TransferDialog.pathField("import-folder");
        target.textProperty().bind(Bindings.createStringBinding(
                () -> vm.outDirProperty().get() == null ? "" : vm.outDirProperty().get().toString(), vm.outDirProperty()));
        dialog.addRow(m.get("import.folder"), TransferDialog.withButton(target,
                TransferDialog.button(m.get("transfer.choose"), "import-choose", vm::chooseOutDir)));

        Button start = TransferDialog.button(m.get("import.start"), "import-start", vm::start);
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.canStartProperty().not());
        Button open = TransferDialog.button(m.get("import.open"), "import-open", () -> {
            vm.openImported();
            dialog.close();
        });
        open.disableProperty().bind(vm.importedProperty().isNull().or(vm.job().runningProperty()));
        Button close = TransferDialog.button(m.get("common.close"), "import-close", dialog::close);
        dialog.buttons().getChildren().addAll(start, open, close);
    }

    public void show(Window owner) {
        dialog.show(owner);
    }
}

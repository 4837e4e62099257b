package org.tandai.ui.curate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandai.curation.Adopter;
import org.tandai.curation.Aligner;
import org.tandai.curation.Alignment;
import org.tandai.curation.Layers;
import org.tandai.curation.Progress;
import org.tandai.curation.Resolution;
import org.tandai.curation.Unit;
import org.tandai.curation.Version;
import org.tandai.model.Annotation;
import org.tandai.model.Relation;
import org.tandai.model.Span;
import org.tandai.store.CorpusLayout;
import org.tandai.store.Problem;
import org.tandai.store.StoreException;
import org.tandai.ui.common.Change;
import org.tandai.ui.common.DocumentSession;
import org.tandai.ui.common.TaskRunner;

/**
 * The Curate view's state: the open article's units (its annotators' layers, read from disk in
 * the background and aligned), which of them the open curated document already has, and what is
 * left in the article and the corpus. Taking a version and "Accept all agreed" are one undoable
 * step each on the open document, stamped with the current annotator, the curator.
 */
public final class CurateViewModel {
    private final CurateHost host;
    private final ObservableValue<DocumentSession> session;
    private final TaskRunner tasks;
    private final org.tandai.i18n.Messages messages;
    private final CorpusProgressCounter corpus;
    private final ObservableList<CurateRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CurateRow> selected = new SimpleObjectProperty<>();
    private final StringProperty articleProgress = new SimpleStringProperty("");
    private final StringProperty corpusProgress = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final Consumer<List<Change>> changed = c -> resolve();
    private DocumentSession shown;
    /** The session whose layers the last {@link #reload} read. */
    private DocumentSession readFor;
    private Alignment alignment;
    private Resolution resolution;
    private CorpusProgressCounter.Tally others;

    public CurateViewModel(CurateHost host, ObservableValue<DocumentSession> session, TaskRunner tasks, org.tandai.i18n.Messages messages) {
        this.messages = messages;
        this.host = host;
        this.session = session;
        this.tasks = tasks;
        this.corpus = new CorpusProgressCounter(tasks);
        session.addListener((o, old, now) -> {
            if (active.get()) {
                reload();
            }
        });
    }

    public ObservableList<CurateRow> rows() {
        return rows;
    }

    public ObjectProperty<CurateRow> selectedProperty() {
        return selected;
    }

    public StringProperty articleProgressProperty() {
        return articleProgress;
    }

    public StringProperty corpusProgressProperty() {
        return corpusProgress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    /** The annotators of the open article, in column order. */
    public List<String> parties() {
        return alignment == null ? List.of() : alignment.parties();
    }

    /** Opens the view: makes sure the curated layer is open, then reads the annotators' layers. */
    public void open() {
        active.set(true);
        host.ensureCuratedOpen(() -> {
            if (readFor != session.getValue()) { // switching to the curated layer already read it
                reload();
            }
        });
    }

    public void close() {
        active.set(false);
        readFor = null;
        corpus.cancel();
        detach();
    }

    /** Reads the open article's annotator layers again (off the FX thread) and aligns them. */
    public void reload() {
        detach();
        DocumentSession s = session.getValue();
        readFor = s;
        alignment = null;
        rows.clear();
        if (s == null) {
            message.set(messages.get("status.noArticle"));
            return;
        }
        message.set(messages.get("curate.reading", s.name()));
        tasks.run("read layers of " + s.name(), () -> {
            Layers.Read read = Layers.read(CorpusLayout.ofArticle(s.article()), s.article(), s.text());
            return new Loaded(read, Aligner.align(read.layers()));
        }, loaded -> shown(s, loaded), e -> message.set(e instanceof StoreException se ? se.problem().toString()
                : messages.get("curate.cannotRead", e.getMessage())));
    }

    private record Loaded(Layers.Read read, Alignment alignment) {
    }

    private void shown(DocumentSession s, Loaded loaded) {
        if (s != session.getValue() || !active.get()) {
            return;
        }
        alignment = loaded.alignment();
        shown = s;
        s.addListener(changed);
        List<Problem> problems = loaded.read().problems();
        if (alignment.parties().isEmpty()) {
            message.set(problems.isEmpty() ? messages.get("curate.noLayers", s.name(),
                    "annotators/NAME/" + s.name().replaceFirst("\\.txt$", "") + ".annotations.json") : problems.get(0).toString());
        } else {
            message.set(problems.isEmpty() ? messages.get("curate.layersOf", String.join(", ", alignment.parties()))
                    : problems.get(0) + (problems.size() > 1 ? messages.get("layers.andMore", problems.size() - 1) : ""));
        }
        resolve();
        others = null;
        Path dir = s.article().toAbsolutePath().getParent();
        corpus.count(dir, s.article(), tally -> {
            others = tally;
            showCorpus();
        });
    }

    private void detach() {
        if (shown != null) {
            shown.removeListener(changed);
            shown = null;
        }
    }

    /** Matches the open document against the units again: after every edit, so taking and undoing show at once. */
    private void resolve() {
        DocumentSession s = shown;
        if (s == null || alignment == null) {
            return;
        }
        resolution = Resolution.of(alignment, s.document());
        String keep = selected.get() == null ? null : selected.get().unit().id();
        List<CurateRow> next = new ArrayList<>();
        CurateRow again = null;
        for (Unit u : alignment.units()) {
            CurateRow r = new CurateRow(u, resolution.curated(u), messages);
            next.add(r);
            if (u.id().equals(keep)) {
                again = r;
            }
        }
        rows.setAll(next);
        selected.set(again);
        articleProgress.set(messages.get("curate.thisArticle", describe(progress())));
        showCorpus();
    }

    /** What is left in the open article. */
    public Progress progress() {
        return alignment == null || resolution == null ? Progress.NONE : resolution.progress(alignment);
    }

    private void showCorpus() {
        if (others == null) {
            corpusProgress.set(messages.get("curate.corpusCounting"));
            return;
        }
        Progress all = others.progress().plus(progress());
        int articles = others.articlesLeft() + (progress().remaining() > 0 ? 1 : 0);
        String text = messages.get("curate.corpus", all.disagreements(), all.incomplete(), articles);
        if (!others.finished()) {
            text += messages.get("curate.counted", others.counted() + 1, others.total() + 1);
        }
        if (others.unreadable() > 0) {
            text += messages.get("curate.unreadable", others.unreadable());
        }
        corpusProgress.set(text);
    }

    String describe(Progress p) {
        return messages.get("curate.progress", p.disagreements(), p.incomplete(), p.agreed(), p.resolved());
    }

    /** Selecting a row selects its span in the article: the curated one once resolved. */
    public void select(CurateRow row) {
        selected.set(row);
        if (row == null) {
            return;
        }
        Span span = row.resolved() && row.curated().span() != null ? row.curated().span() : row.unit().anchor();
        if (span == null && row.unit().first().annotation() instanceof Relation rel) {
            Annotation from = alignment.layer(row.unit().first().layer()).find(rel.from());
            span = from == null ? null : from.anchorSpan();
        }
        if (span != null) {
            host.reveal(span);
        }
    }

    /** Takes annotator {@code party}'s version of the selected unit into the curated document. */
    public void take(String party) {
        CurateRow row = selected.get();
        if (row == null || !row.unit().versions().containsKey(party)) {
            say(row == null ? messages.get("curate.selectUnit") : messages.get("curate.noVersion", party, row.unit().label()));
            return;
        }
        Version v = row.unit().versions().get(party);
        if (row.resolved() && row.curated().fields().equals(v.fields())) {
            say(messages.get("curate.alreadyHas", party, row.unit().label()));
            return;
        }
        host.ensureCuratedOpen(() -> apply(messages.get("curate.edit.take", party, row.unit().label()),
                List.of(new Adopter.Choice(row.unit(), party))));
    }

    /** Takes every agreed unit the curated document does not have yet, as one undoable step. */
    public void acceptAllAgreed() {
        if (alignment == null) {
            say(messages.get("curate.notRead"));
            return;
        }
        List<Adopter.Choice> choices = new ArrayList<>();
        for (Unit u : alignment.units()) {
            if (u.state() == Unit.State.AGREED && !resolution.isResolved(u)) {
                choices.add(new Adopter.Choice(u, u.first().layer()));
            }
        }
        if (choices.isEmpty()) {
            say(messages.get("curate.noneAgreed"));
            return;
        }
        host.ensureCuratedOpen(() -> apply(messages.get("curate.edit.acceptAll", choices.size()), choices));
    }

    private void apply(String description, List<Adopter.Choice> choices) {
        DocumentSession s = shown;
        if (s == null || s.readOnly()) {
            say(s == null ? messages.get("curate.noCurated") : messages.get("curate.readOnly", s.name(), s.readOnlyReason()));
            return;
        }
        Adopter.Plan plan = Adopter.plan(alignment, resolution, s.document(), choices, s::newId);
        List<Change> changes = new ArrayList<>();
        for (Adopter.Edit e : plan.edits()) {
            changes.add(e.before() == null ? Change.add(s.stamp(e.after())) : Change.replace(e.before(), s.stamp(e.after())));
        }
        boolean done = s.apply(description, changes);
        String notes = plan.notes().isEmpty() ? "" : " " + String.join("; ", plan.notes()) + ".";
        say((done ? description + "." : messages.get("curate.nothingTaken")) + notes);
    }

    private void say(String text) {
        message.set(text);
        host.status(text);
    }
}

package org.tandai.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.tandai.model.Entity;
import org.tandai.model.TagSet;
import org.tandai.store.Problem;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.store.TagSetStore;

/**
 * Imports foreign files into a corpus folder, one article at a time: each article becomes
 * {@code NAME.txt} plus its sidecar. Existing files are never overwritten: a clashing name gets
 * the next free suffix ({@code NAME-2}) and a warning (decision record 0204). Foreign entity type
 * names are added to the folder's {@code tagset.json} so that export gives back the same labels.
 * The output folder may not be (or lie inside) a source folder, compared as real paths ({@link OutputFolder}).
 */
public final class ImportService {
    /**
     * What an import did; {@code addedTypes} are the entity types, {@code addedRelationTypes} and
     * {@code addedAttributes} the relation types and attributes it added to the tag set.
     */
    public record Summary(int files, int articles, int entities, int claims, int sources, List<String> addedTypes,
                          List<String> addedRelationTypes, List<String> addedAttributes, boolean cancelled) {
    }

    private final SidecarStore store;
    private final String annotator;

    /**
     * An import that records {@code annotator} (the CLI's --annotator) as createdBy, with the import
     * time, on imported annotations that carry no creator of their own; null leaves them as read.
     */
    public ImportService(SidecarStore store, String annotator) {
        this.store = store;
        this.annotator = annotator;
    }

    public ImportService(SidecarStore store) {
        this(store, null);
    }

    /** The importer for a format; null when the format is export-only. */
    public static Importer importer(Format format, TagSet tags) {
        return switch (format) {
            case BRAT -> new BratImporter(tags);
            case JSONL -> new JsonlImporter();
            case CONLL -> new ConllImporter();
            case LABELSTUDIO -> new LabelStudioImporter();
            default -> null;
        };
    }

    public Summary run(Format format, List<Path> sources, Path outDir, Progress progress, Consumer<Problem> problems)
            throws IOException {
        OutputFolder.checkImport(sources, outDir);
        Files.createDirectories(outDir);
        TagSetStore.Result tagResult = TagSetStore.load(outDir);
        tagResult.problems().forEach(problems);
        TagSet tags = tagResult.tagSet();
        Importer importer = importer(format, tags);
        if (importer == null) {
            throw new IllegalArgumentException(format.key() + " is export-only");
        }
        List<Path> files = expand(sources, importer, problems);
        Set<String> types = new LinkedHashSet<>();
        ImportedTags found = new ImportedTags();
        int[] counts = new int[4];
        boolean[] cancelled = {false};
        for (int i = 0; i < files.size() && !cancelled[0]; i++) {
            Path f = files.get(i);
            int index = i;
            if (progress.cancelled()) {
                cancelled[0] = true;
                break;
            }
            try {
                importer.read(f, article -> {
                    save(article, outDir, problems);
                    counts[0]++;
                    counts[1] += article.doc().entities().size();
                    counts[2] += article.doc().claims().size();
                    counts[3] += article.doc().sources().size();
                    for (Entity e : article.doc().entities()) {
                        if (e.type() != null && tags.entityType(e.type()) == null) {
                            types.add(e.type());
                        }
                    }
                    found.collect(article.doc(), tags);
                    // One source file can hold thousands of articles: say how far into it we are.
                    progress.update(index, files.size(), f.getFileName() + ": " + counts[0] + " article(s)");
                    if (progress.cancelled()) {
                        cancelled[0] = true;
                        return false;
                    }
                    return true;
                }, problems);
            } catch (StoreException e) {
                problems.accept(e.problem());
            } catch (IOException | UncheckedIOException e) {
                problems.accept(Problem.error(f.toString(), "file", "cannot read: " + e.getMessage()));
            }
            progress.update(i + 1, files.size(), f.getFileName().toString());
        }
        if (!types.isEmpty() || !found.isEmpty()) {
            TagSetStore.save(outDir, found.addTo(tags.withEntityTypes(new ArrayList<>(types))), store);
        }
        return new Summary(files.size(), counts[0], counts[1], counts[2], counts[3], List.copyOf(types),
                found.relationTypes(), found.attributes(), cancelled[0]);
    }

    private void save(Article a, Path outDir, Consumer<Problem> problems) throws StoreException {
        String base = safeName(a.name());
        String name = base;
        for (int n = 2; Files.exists(outDir.resolve(name + ".txt")) || Files.exists(DocumentFiles.curated(outDir.resolve(name + ".txt")).sidecar()); n++) {
            name = base + "-" + n;
        }
        Path article = outDir.resolve(name + ".txt");
        if (!name.equals(base)) {
            problems.accept(Problem.warning(outDir.resolve(base + ".txt").toString(), "file",
                    "already exists and is left untouched; imported as " + name + ".txt"));
        }
        a.doc().info().setFile(name + ".txt");
        if (annotator != null) {
            java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            for (org.tandai.model.Annotation ann : a.doc().all()) {
                if (ann.createdBy() == null) {
                    ann.setCreatedBy(annotator);
                }
                if (ann.createdAt() == null) {
                    ann.setCreatedAt(now);
                    ann.setUpdatedAt(now);
                }
            }
        }
        store.writeAtomically(article, a.text().text().getBytes(StandardCharsets.UTF_8));
        store.save(article, a.doc());
    }

    /** A plain file name: path separators, control characters and ".." replaced. */
    static String safeName(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replace("..", "_").strip();
        if (s.isEmpty() || s.startsWith(".")) {
            s = "article" + s;
        }
        return s.length() > 120 ? s.substring(0, 120) : s;
    }

    private static List<Path> expand(List<Path> sources, Importer importer, Consumer<Problem> problems) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : sources) {
            if (Files.isDirectory(p)) {
                // A walk does not enter its starting folder when that is a link: start from where it points.
                try (Stream<Path> walk = Files.walk(Files.isSymbolicLink(p) ? p.toRealPath() : p)) {
                    walk.filter(Files::isRegularFile).filter(importer::accepts).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                problems.accept(Problem.error(p.toString(), "file", "no such file or folder"));
            }
        }
        return out;
    }
}

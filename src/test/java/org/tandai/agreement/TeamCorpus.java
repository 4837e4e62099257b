package org.tandai.agreement;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tandai.cli.TandaiCommand;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;
import org.tandai.model.Claim;
import org.tandai.model.DocumentInfo;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Source;
import org.tandai.model.Span;
import org.tandai.store.CorpusLayout;
import org.tandai.store.Layer;
import org.tandai.store.SidecarWriter;
import picocli.CommandLine;

/** A team corpus in a temporary folder: one article and the layers a test writes for it. */
final class TeamCorpus {
    final Path dir;
    final Path article;
    final ArticleText text;

    TeamCorpus(Path dir, String name, String text) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        this.article = dir.resolve(name);
        Files.writeString(article, text);
        this.text = ArticleText.of(text);
    }

    AnnotatedDocument doc() {
        return new AnnotatedDocument(new DocumentInfo(article.getFileName().toString(), text.sha256(), "en"));
    }

    /** Writes a layer's sidecar: {@code "curated"} beside the article, else {@code annotators/SLUG/}. */
    void write(String layer, AnnotatedDocument doc) throws IOException {
        Path sidecar = CorpusLayout.withTeamFlag(dir, true).sidecar(article, Layer.parse(layer));
        Files.createDirectories(sidecar.getParent());
        Files.writeString(sidecar, SidecarWriter.toJson(doc));
    }

    Span span(int start, int end) {
        return Span.of(text, start, end);
    }

    /** An entity of the type with a mention at each {start, end}. */
    Entity entity(AnnotatedDocument doc, String type, int[]... mentions) {
        Entity e = new Entity(doc.newId(Kind.ENTITY), "entity", type);
        for (int[] m : mentions) {
            e.mentions().add(span(m[0], m[1]));
        }
        doc.add(e);
        return e;
    }

    Claim claim(AnnotatedDocument doc, int start, int end, String verdict, String checkWorthiness) {
        Claim c = new Claim(doc.newId(Kind.CLAIM), span(start, end), "statement");
        c.setVerdict(verdict);
        c.setCheckWorthiness(checkWorthiness);
        doc.add(c);
        return c;
    }

    /** A source said by {@code speaker} (an entity, or null with a description), with cue and content. */
    Source source(AnnotatedDocument doc, Entity speaker, String description, int[] cue, int[] content) {
        Source s = new Source(doc.newId(Kind.SOURCE));
        s.setSpeaker(speaker == null ? null : speaker.id());
        s.setSpeakerDescription(speaker == null ? description : null);
        s.setCue(cue == null ? null : span(cue[0], cue[1]));
        s.setContent(content == null ? null : span(content[0], content[1]));
        doc.add(s);
        return s;
    }

    static int[] at(int start, int end) {
        return new int[] {start, end};
    }

    /** Runs the real command line in-process. */
    static Run agree(String... args) {
        CommandLine cl = TandaiCommand.commandLine(options -> 0);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("agree"));
        all.addAll(List.of(args));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    JsonObject json() {
        Run r = agree("--json", dir.toString());
        if (r.exit() != 0) {
            throw new AssertionError("exit " + r.exit() + ": " + r.err());
        }
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    record Run(int exit, String out, String err) {
        boolean hasStackTrace() {
            return err.contains("Exception") || err.contains("\tat ") || out.contains("Exception");
        }
    }
}

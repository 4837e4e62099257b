package org.tandai.suggest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.tandai.model.ArticleText;

/**
 * A cue tagger learned from a corpus's accepted attributions (decision 1023): a maximum entropy
 * classifier (Apache OpenNLP) that tags each token B (a cue starts), I (it goes on) or O, left to
 * right, from {@link CueFeatures}. It proposes cues the lexicon lacks and tells which lexicon cues
 * the corpus's annotators would mark. The file also keeps the fingerprints of the articles it was
 * trained on, so an evaluation never measures an article with a model that saw it.
 */
public final class CueModel {
    static final String B = "B";
    static final String I = "I";
    static final String O = "O";
    private static final String MAGIC = "tandai-cue-model";
    private static final int VERSION = 2;

    private final AbstractModel model;
    private final String language;
    private final Set<String> trainedOn;
    private final Set<String> cueWords;
    private final int b;
    private final int in;
    private final int o;

    CueModel(AbstractModel model, String language, Set<String> trainedOn, Set<String> cueWords) {
        this.model = model;
        this.language = language;
        this.trainedOn = Set.copyOf(trainedOn);
        this.cueWords = Set.copyOf(cueWords);
        this.b = model.getIndex(B);
        this.in = model.getIndex(I);
        this.o = model.getIndex(O);
    }

    /** The language of the articles it was trained on ("en", "id"); it tags only articles in that language. */
    public String language() {
        return language;
    }

    /** True when the model was trained on this article's text. */
    public boolean trainedOn(ArticleText text) {
        return trainedOn.contains(text.sha256());
    }

    /** How many articles it was trained on. */
    public int articles() {
        return trainedOn.size();
    }

    /**
     * One sentence's tags: per token the probability that it is part of a cue, and the cue spans {@code [from, to)}.
     * A token after an O whose word never started a training cue and where no lexicon cue
     * starts is O without asking the model (most tokens: this keeps tagging cheap).
     */
    record Tags(double[] cue, List<int[]> spans) {
    }

    /** A token is tagged as part of a cue when its cue probability is at least this (tuned on dev). */
    static final double CUE = 0.35;

    Tags tag(CueFeatures f) {
        int n = f.size();
        double[] p = new double[n];
        List<int[]> spans = new ArrayList<>();
        String prev = O;
        String prev2 = O;
        int start = -1;
        for (int i = 0; i < n; i++) {
            if (prev.equals(O) && !f.mayStartCue(i, cueWords)) {
                // A word that never started a cue, and no lexicon cue here: not worth the model's time.
                prev2 = prev;
                continue;
            }
            double[] out = model.eval(f.at(i, prev, prev2));
            double pb = out[b];
            double pi = in < 0 ? 0 : out[in];
            p[i] = 1 - out[o];
            String tag = p[i] < CUE ? O : prev.equals(O) || pb >= pi ? B : I;
            if (!tag.equals(I) && start >= 0) {
                spans.add(new int[] {start, i});
                start = -1;
            }
            if (tag.equals(B)) {
                start = i;
            }
            prev2 = prev;
            prev = tag;
        }
        if (start >= 0) {
            spans.add(new int[] {start, n});
        }
        return new Tags(p, spans);
    }

    /** The model as bytes: a header (language, fingerprints), then OpenNLP's binary model. */
    public byte[] write() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(language);
        out.writeInt(trainedOn.size());
        for (String s : trainedOn.stream().sorted().toList()) {
            out.writeUTF(s);
        }
        out.writeInt(cueWords.size());
        for (String s : cueWords.stream().sorted().toList()) {
            out.writeUTF(s);
        }
        new GenericModelWriter(model, out).persist();
        out.flush();
        return bytes.toByteArray();
    }

    /** Reads what {@link #write} wrote. */
    public static CueModel read(byte[] data) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
            throw new IOException("not a Tandai cue model");
        }
        String language = in.readUTF();
        int n = in.readInt();
        Set<String> trained = new HashSet<>();
        for (int i = 0; i < n; i++) {
            trained.add(in.readUTF());
        }
        int w = in.readInt();
        Set<String> words = new HashSet<>();
        for (int i = 0; i < w; i++) {
            words.add(in.readUTF());
        }
        AbstractModel m = new GenericModelReader(new BinaryFileDataReader(in)).getModel();
        MaxentModel check = m;
        if (check.getIndex(B) < 0 || check.getIndex(O) < 0) {
            throw new IOException("not a Tandai cue model (no B/O outcomes)");
        }
        return new CueModel(m, language, trained, words);
    }
}

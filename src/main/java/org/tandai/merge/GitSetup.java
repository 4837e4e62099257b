package org.tandai.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;

/**
 * {@code tandai git-setup}: makes a corpus folder's sidecars merge through Tandai. Adds
 * {@code *.annotations.json merge=tandai} to the folder's {@code .gitattributes} (other lines kept)
 * and registers the driver in the repository's own config. Running it again changes nothing: a line
 * or a config value already there is not written again.
 */
public final class GitSetup {
    public static final String ATTRIBUTE_LINE = "*.annotations.json merge=tandai";
    static final String NAME = "Tandai annotations: three-way merge by annotation and field";

    private final SidecarStore store;

    /** What was done: the repository's top folder, the attributes file, and whether each part changed. */
    public record Outcome(Path repository, Path attributes, boolean attributesChanged, boolean configChanged) {
    }

    public GitSetup(SidecarStore store) {
        this.store = store;
    }

    /** Sets up {@code dir}, registering {@code driverCommand} (shell-quoted) as the merge driver. */
    public Outcome run(Path dir, String driverCommand) throws StoreException {
        Path folder = realFolder(dir);
        Git.Result top = Git.run(folder, "rev-parse", "--show-toplevel");
        if (top.exit() != 0) {
            throw new StoreException(Problem.error(dir.toString(), "git", "not inside a git work tree ("
                    + top.message() + "); run 'git init' there first, or give the corpus folder of a repository"));
        }
        Path attributes = folder.resolve(".gitattributes");
        boolean attributesChanged = addAttribute(attributes);
        boolean configChanged = set(folder, "merge.tandai.name", NAME);
        configChanged |= set(folder, "merge.tandai.driver", driverCommand + " merge-driver %O %A %B %P");
        return new Outcome(Path.of(top.out().strip()), attributes, attributesChanged, configChanged);
    }

    private static Path realFolder(Path dir) throws StoreException {
        try {
            Path real = dir.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new StoreException(Problem.error(dir.toString(), "folder", "not a folder"));
            }
            return real;
        } catch (IOException e) {
            throw new StoreException(Problem.error(dir.toString(), "folder", "no such folder"), e);
        }
    }

    /** Appends the line unless it is there; keeps every other line and the file's bytes as they were. */
    private boolean addAttribute(Path attributes) throws StoreException {
        String text = "";
        if (Files.exists(attributes)) {
            try {
                text = Files.readString(attributes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new StoreException(Problem.error(attributes.toString(), "file", "cannot read: " + e.getMessage()), e);
            }
            for (String line : text.split("\r?\n", -1)) {
                if (line.strip().equals(ATTRIBUTE_LINE)) {
                    return false;
                }
            }
        }
        String updated = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + ATTRIBUTE_LINE + "\n";
        store.writeAtomically(attributes, updated.getBytes(StandardCharsets.UTF_8), false);
        return true;
    }

    private static boolean set(Path folder, String key, String value) throws StoreException {
        Git.Result now = Git.run(folder, "config", "--local", "--get", key);
        if (now.exit() == 0 && now.out().strip().equals(value)) {
            return false;
        }
        Git.Result r = Git.run(folder, "config", "--local", key, value);
        if (r.exit() != 0) {
            throw new StoreException(Problem.error(folder.toString(), "git config " + key, r.message()));
        }
        return true;
    }

    /** Runs git in a folder and collects what it printed; never throws for a failing git. */
    static final class Git {
        record Result(int exit, String out, String err) {
            String message() {
                String m = err.strip();
                return m.isEmpty() ? "git exited with " + exit : m.lines().findFirst().orElse(m);
            }
        }

        private Git() {
        }

        static Result run(Path dir, String... args) throws StoreException {
            List<String> cmd = new ArrayList<>();
            cmd.add("git");
            cmd.add("-C");
            cmd.add(dir.toString());
            cmd.addAll(List.of(args));
            try {
                Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(devNull())).start();
                byte[] out = p.getInputStream().readAllBytes();
                byte[] err = p.getErrorStream().readAllBytes();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroy();
                    throw new StoreException(Problem.error(dir.toString(), "git", "git did not finish within a minute"));
                }
                return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new StoreException(Problem.error(dir.toString(), "git", "cannot run git (" + e.getMessage()
                        + "); is git installed and on the PATH?"), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException(Problem.error(dir.toString(), "git", "interrupted"), e);
            }
        }

        private static java.io.File devNull() {
            return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
        }
    }
}

package org.tandai.store;

import java.io.IOException;

/** A file could not be read or written; the message names the file and the place, for people. */
public class StoreException extends IOException {
    private final transient Problem problem;

    public StoreException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public StoreException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}

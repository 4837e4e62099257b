package org.tandai.agreement;

/**
 * The corpus-wide figures of {@code overall}: the counts summed over every pair of annotators (the
 * curated layer left out, since it is not an independent annotation), from which micro-averaged
 * precision, recall and F1 follow.
 */
final class Overall {
    private Overall() {
    }

    static PairScores annotatorPairs(AgreementRun run) {
        PairScores sum = PairScores.empty();
        for (AgreementRun.PairResult p : run.totals()) {
            if (!p.a().isCurated() && !p.b().isCurated()) {
                sum.add(p.scores());
            }
        }
        return sum;
    }

    static int annotatorPairCount(AgreementRun run) {
        int n = run.annotators().size();
        return n * (n - 1) / 2;
    }
}

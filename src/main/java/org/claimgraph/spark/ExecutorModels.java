package org.claimgraph.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.claimgraph.nlp.NlpModels;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.rdf.ReferenceData;

/**
 * The OpenNLP models and the reference data, loaded once per executor JVM (a few seconds and a few
 * hundred MB) and shared by the tasks running in it: the holder class is initialised on first use,
 * which the JVM does once and thread-safely. Each task makes its own {@link Pipeline} from them, as
 * pipelines are not thread-safe.
 */
final class ExecutorModels {

    private static final AtomicInteger LOADS = new AtomicInteger();

    private ExecutorModels() {
    }

    private static final class Holder {
        static final NlpModels MODELS = NlpModels.loadEnglish();
        static final ReferenceData REFERENCE = ReferenceData.load();

        static {
            LOADS.incrementAndGet();
        }
    }

    /** A new standard pipeline over the shared models, for one task. */
    static Pipeline newPipeline() {
        return Pipeline.standard(Holder.MODELS, Holder.REFERENCE);
    }

    /** How many times this JVM loaded the models: 0 before the first task, then 1. */
    static int loads() {
        return LOADS.get();
    }
}

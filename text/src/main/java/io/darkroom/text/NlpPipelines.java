package io.darkroom.text;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One lazily built CoreNLP pipeline per profile per JVM, shared by every task and test in it.
 * Loading models costs seconds and up to gigabytes of heap, so this is the one allowed static
 * holder; StanfordCoreNLP is safe to use from several threads once built.
 */
public final class NlpPipelines {
    private static final Logger LOG = LoggerFactory.getLogger(NlpPipelines.class);
    private static final Map<PipelineProfile, StanfordCoreNLP> PIPELINES = new EnumMap<>(PipelineProfile.class);
    private static final Map<PipelineProfile, Long> LOAD_MILLIS = new EnumMap<>(PipelineProfile.class);

    private NlpPipelines() {
    }

    public static StanfordCoreNLP get(PipelineProfile profile) {
        synchronized (PIPELINES) {
            return PIPELINES.computeIfAbsent(profile, p -> {
                long start = System.nanoTime();
                StanfordCoreNLP pipeline = new StanfordCoreNLP(p.properties());
                long millis = (System.nanoTime() - start) / 1_000_000;
                LOAD_MILLIS.put(p, millis);
                LOG.info("Loaded CoreNLP pipeline {} ({}) in {} ms", p, p.annotators(), millis);
                return pipeline;
            });
        }
    }

    /** How long this JVM took to build the profile's pipeline; empty when it has not been built here. */
    public static OptionalLong loadMillis(PipelineProfile profile) {
        synchronized (PIPELINES) {
            Long millis = LOAD_MILLIS.get(profile);
            return millis == null ? OptionalLong.empty() : OptionalLong.of(millis);
        }
    }
}

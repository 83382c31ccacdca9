package io.darkroom.analytics.enrich;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.darkroom.text.NlpPipelines;
import io.darkroom.text.PipelineProfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Annotates one document with CoreNLP: language gate, bounded chunks, a cheap NER pass without
 * SUTime, SUTime again only on sentences with a DATE/TIME candidate, pattern mentions, values.
 * Pipelines come from {@link NlpPipelines} (one per JVM), so an instance is cheap: one per task.
 */
public final class DocumentAnnotator {
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");

    private final AnnotatorOptions options;
    private final TextChunker chunker;
    private final MentionValues values;

    public DocumentAnnotator(AnnotatorOptions options, EmailDirectory directory) {
        this.options = options;
        this.chunker = new TextChunker(options.maxChunkTokens());
        this.values = new MentionValues(directory);
    }

    public AnnotatedDocument annotate(DocumentInput in) {
        long start = CpuClock.nanos();
        LanguageGate.Decision decision = LanguageGate.decide(in.text(), in.language());
        if (!decision.annotate()) {
            return AnnotatedDocument.skipped(in.docId(), decision.language(), decision.skippedReason(), CpuClock.nanos() - start);
        }
        String text = in.text();
        List<SentenceSpan> sentences = new ArrayList<>();
        List<MentionValues.Raw> raw = new ArrayList<>();
        List<TextChunker.Chunk> chunks = chunker.chunk(text);
        int tokens = 0;
        for (TextChunker.Chunk chunk : chunks) {
            CoreDocument doc = new CoreDocument(chunk.of(text));
            NlpPipelines.get(PipelineProfile.ENTITIES).annotate(doc);
            int firstSentence = sentences.size();
            for (CoreSentence s : doc.sentences()) {
                List<String> lemmas = s.tokens().stream().map(t -> t.lemma() == null ? t.word() : t.lemma())
                        .map(l -> l.toLowerCase(Locale.ROOT)).toList();
                sentences.add(new SentenceSpan(sentences.size(), chunk.begin() + s.charOffsets().first,
                        chunk.begin() + s.charOffsets().second, s.tokens().size(), lemmas));
                tokens += s.tokens().size();
            }
            Set<Integer> dateSentences = new TreeSet<>();
            for (CoreEntityMention em : doc.entityMentions()) {
                int sentence = firstSentence + em.tokens().get(0).sentIndex();
                if (options.sutimeOnDateSentences() && TEMPORAL.contains(em.entityType())) {
                    dateSentences.add(sentence);
                    continue;
                }
                raw.add(new MentionValues.Raw(sentence, chunk.begin() + em.charOffsets().first,
                        chunk.begin() + em.charOffsets().second, em.entityType(), normalizedTag(em), "ner"));
            }
            for (int sentence : dateSentences) {
                raw.addAll(temporalMentions(text, sentences.get(sentence), in));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        List<PatternMentions.Span> patterns = PatternMentions.find(text);
        int[] sentenceBegins = sentences.stream().mapToInt(SentenceSpan::begin).toArray();
        for (PatternMentions.Span p : patterns) {
            mentions.add(values.complete(new MentionValues.Raw(sentenceAt(sentenceBegins, p.begin()), p.begin(), p.end(),
                    p.type(), null, "pattern"), text));
        }
        for (MentionValues.Raw r : raw) {
            if (patterns.stream().noneMatch(p -> p.overlaps(r.begin(), r.end()))) {
                mentions.add(values.complete(r, text));
            }
        }
        mentions.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(a.end(), b.end()));
        return new AnnotatedDocument(in.docId(), decision.language(), null, tokens, chunks.size(), sentences, mentions,
                CpuClock.nanos() - start);
    }

    /** SUTime over one sentence: tags and normalises its dates and times, offsets mapped back. */
    private static List<MentionValues.Raw> temporalMentions(String text, SentenceSpan sentence, DocumentInput in) {
        CoreDocument doc = new CoreDocument(text.substring(sentence.begin(), sentence.end()));
        if (in.referenceDate() != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, in.referenceDate().toString());
        }
        NlpPipelines.get(PipelineProfile.DATES).annotate(doc);
        List<MentionValues.Raw> out = new ArrayList<>();
        for (CoreEntityMention em : doc.entityMentions()) {
            if (TEMPORAL.contains(em.entityType())) {
                out.add(new MentionValues.Raw(sentence.index(), sentence.begin() + em.charOffsets().first,
                        sentence.begin() + em.charOffsets().second, em.entityType(), normalizedTag(em), "sutime"));
            }
        }
        return out;
    }

    private static String normalizedTag(CoreEntityMention em) {
        String n = em.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (n == null && !em.tokens().isEmpty()) {
            CoreLabel first = em.tokens().get(0);
            n = first.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        }
        return n == null || n.isBlank() ? null : n;
    }

    private static int sentenceAt(int[] begins, int offset) {
        int i = Arrays.binarySearch(begins, offset);
        return Math.max(0, i >= 0 ? i : -i - 2);
    }
}

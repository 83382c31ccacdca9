package io.darkroom.analytics.features.phrases;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

/**
 * Up to {@code maxPhrases} key phrases per document: candidate phrases ({@link PhraseCandidates})
 * scored by TF-IDF over the given documents, with longer phrases boosted (a two-word phrase is more
 * telling than either word) and a phrase dropped when a better one already contains all its words.
 */
public final class KeyPhraseExtractor {
    public static final String KEY_PHRASES = "key_phrases";
    private final KeyPhraseOptions options;

    public KeyPhraseExtractor(KeyPhraseOptions options) {
        this.options = options;
    }

    /**
     * doc_id → key_phrases for the documents of {@code targets}, with document frequencies taken over
     * {@code corpus} (the whole warehouse, so scores do not depend on which documents changed).
     */
    public Dataset<Row> extract(Dataset<Row> corpus, Dataset<Row> targets) {
        PhraseCandidates candidates = PhraseCandidates.english(options.maxWords());
        UserDefinedFunction phrasesOf = udf((UDF1<String, List<String>>) candidates::of,
                DataTypes.createArrayType(DataTypes.StringType));
        Column text = org.apache.spark.sql.functions.concat_ws("\n", col("subject"), col("text"));
        long documents = corpus.count();
        Dataset<Row> docFreq = corpus.select(col("doc_id"), explode(phrasesOf.apply(text)).as("phrase"))
                .groupBy("phrase").agg(countDistinct("doc_id").as("df"))
                .filter(col("df").geq(options.minDocFreq()).and(col("df").leq(options.maxDocShare() * documents)));
        Dataset<Row> termFreq = targets.select(col("doc_id"), explode(phrasesOf.apply(text)).as("phrase"))
                .groupBy("doc_id", "phrase").agg(count(lit(1)).as("tf"));
        Column words = size(split(col("phrase"), " "));
        Column score = col("tf").multiply(log(lit(documents + 1.0).divide(col("df").plus(1))).plus(1))
                .multiply(lit(1.0).plus(words.minus(1).multiply(0.5)));
        int maxPhrases = options.maxPhrases();
        UserDefinedFunction top = udf((UDF1<Seq<Row>, List<String>>) scored -> top(scored, maxPhrases),
                DataTypes.createArrayType(DataTypes.StringType));
        Dataset<Row> ranked = termFreq.join(docFreq, "phrase")
                .groupBy("doc_id")
                .agg(sort_array(collect_list(struct(score.multiply(-1).as("neg_score"), col("phrase"))))
                        .as("scored"));
        return targets.select("doc_id").join(ranked, "doc_id", "left")
                .select(col("doc_id"), top.apply(col("scored")).as(KEY_PHRASES));
    }

    private static List<String> top(Seq<Row> scored, int maxPhrases) {
        List<String> chosen = new ArrayList<>();
        if (scored == null) {
            return chosen;
        }
        List<Set<String>> chosenWords = new ArrayList<>();
        for (Row r : CollectionConverters.asJava(scored)) {
            String phrase = r.getString(1);
            Set<String> words = new HashSet<>(List.of(phrase.split(" ")));
            boolean covered = chosenWords.stream().anyMatch(c -> c.containsAll(words) || words.containsAll(c));
            if (!covered) {
                chosen.add(phrase);
                chosenWords.add(words);
            }
            if (chosen.size() == maxPhrases) {
                break;
            }
        }
        return chosen;
    }
}

package org.regionalhealth.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.semantic.model.BgeSmallZhEmbeddings;

/** Real bge-small-zh embeddings (the model is loaded once per JVM) and the exact cosine index. */
class SemanticIndexTests {

    private final Embeddings embeddings = BgeSmallZhEmbeddings.shared();

    @Test
    void embeddingsAreUnitVectorsOf512Dimensions() {
        float[] vector = embeddings.embed("布洛芬孕妇能吃吗");
        assertThat(vector).hasSize(512);
        assertThat(Embeddings.cosine(vector, vector)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(embeddings.embed("布洛芬孕妇能吃吗")).isEqualTo(vector);
    }

    @Test
    void questionsAboutTheSameThingAreCloserThanQuestionsAboutAnother() {
        float[] cefaAlcohol = embeddings.embed("吃了头孢能喝酒吗");
        float[] cefaAlcohol2 = embeddings.embed("头孢克肟和白酒一起会怎样");
        float[] bloodPressure = embeddings.embed("降压药早上吃还是晚上吃");
        float[] bloodPressure2 = embeddings.embed("氨氯地平什么时间服用最好");

        assertThat(Embeddings.cosine(cefaAlcohol, cefaAlcohol2))
                .isGreaterThan(Embeddings.cosine(cefaAlcohol, bloodPressure))
                .isGreaterThan(Embeddings.cosine(cefaAlcohol, bloodPressure2));
        assertThat(Embeddings.cosine(bloodPressure, bloodPressure2))
                .isGreaterThan(Embeddings.cosine(bloodPressure, cefaAlcohol2));
    }

    @Test
    void nearestReturnsTheBestKWithScoresBestFirst() {
        SemanticIndex<String> index = SemanticIndex.<String>builder(embeddings)
                .add("alcohol", "头孢类抗生素服药期间及停药后一周内禁止饮酒，可引起双硫仑样反应", "interaction")
                .add("storage", "胰岛素未开封冷藏保存，开封后室温下可保存四周", "storage")
                .add("pregnancy", "妊娠晚期禁用布洛芬，可致胎儿动脉导管提前关闭", "pregnancy")
                .add("timing", "他汀类药物宜晚上服用，因胆固醇夜间合成较多", "timing")
                .build();

        List<SemanticMatch<String>> top = index.nearest("吃头孢期间可以喝啤酒吗", 2);

        assertThat(top).hasSize(2);
        assertThat(top.get(0).id()).isEqualTo("alcohol");
        assertThat(top.get(0).payload()).isEqualTo("interaction");
        assertThat(top.get(0).score()).isGreaterThan(top.get(1).score());
        assertThat(index.nearest("打开的胰岛素放在哪里", 1).get(0).id()).isEqualTo("storage");
        assertThat(index.nearest("怀孕了还能吃芬必得吗", 1).get(0).id()).isEqualTo("pregnancy");
        assertThat(index.nearest("辛伐他汀早上吃还是晚上吃", 1).get(0).id()).isEqualTo("timing");
        assertThat(index.nearest(embeddings.embed("头孢"), 10, p -> p.equals("storage")))
                .extracting(SemanticMatch::id)
                .containsExactly("storage");
        assertThat(index.nearest("头孢", 0)).isEmpty();
        assertThat(index.size()).isEqualTo(4);
        assertThat(index.vectorBytes()).isEqualTo(4 * 512 * 4);
    }

    @Test
    void givenVectorsAreUsedAsTheyAreAndTheBatchPathMatchesTheSingleOne() {
        float[] vector = embeddings.embed("二甲双胍饭后服用");
        List<float[]> batch = embeddings.embedAll(List.of("二甲双胍饭后服用", "硝苯地平缓释片不能掰开"));
        assertThat(Embeddings.cosine(batch.get(0), vector)).isGreaterThan(0.999);

        SemanticIndex<Integer> index = SemanticIndex.<Integer>builder(embeddings)
                .add("a", "ignored text", 1, vector)
                .add("b", "硝苯地平缓释片不能掰开", 2)
                .build();
        assertThat(index.nearest(vector, 1).get(0).score()).isGreaterThan(0.999);
        assertThat(SemanticIndex.<Integer>empty(embeddings).nearest(vector, 3)).isEmpty();
    }
}

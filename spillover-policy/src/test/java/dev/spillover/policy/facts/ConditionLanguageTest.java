package dev.spillover.policy.facts;

import static dev.spillover.policy.facts.FactMaps.exposure;
import static dev.spillover.policy.facts.FactMaps.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.policy.CompiledCondition;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule conditions compiled and run against fact maps that carry every key of {@link FactSchema},
 * as {@link FactBuilder} builds them: a point-of-sale system that uses WeChat, developed by a
 * Tencent subsidiary 60 % owned by Tencent.
 */
class ConditionLanguageTest {
  private static final Map<String, Object> TENCENT = node(Map.of(
      "id", "tencent", "name", "Tencent Holdings Ltd.", "kind", "organization", "type", "company",
      "incorporatedIn", "KY", "headquarteredIn", "CN", "countries", List.of("KY", "CN"),
      "lists", List.of("eo-13943-covered"), "identifiers", Map.of("lei", "254900N4SLZ8A2SLYV12")));
  private static final Map<String, Object> WECHAT = node(Map.of(
      "id", "wechat", "name", "WeChat", "kind", "product", "type", "app", "aliases", List.of("Weixin", "微信")));
  private static final Map<String, Object> WECHAT_PAY = node(Map.of(
      "id", "wechat-pay", "name", "WeChat Pay", "kind", "product", "type", "payment-service"));
  private static final Map<String, Object> POS = node(Map.of(
      "id", "acme-pos", "name", "Acme POS", "kind", "system", "ours", true, "criticality", "critical",
      "users", 1200L));
  private static final Map<String, Object> EXPOSURE = exposure(Map.of(
      "party", TENCENT, "depth", 4L, "via", List.of("uses", "embeds", "develops", "owns"),
      "products", List.of(WECHAT_PAY, WECHAT), "purposes", List.of("payments"), "role", "develops",
      "attributedTo", "tenpay", "controls", true, "shareMin", 60.0, "shareMax", 60.0));
  private static final Map<String, Object> VARIABLES = Map.of("subject", POS, "exposure", EXPOSURE, "asOf", "2020-09-21");

  @ParameterizedTest
  @ValueSource(strings = {
      "exposure.party.countries.exists(c, c in ['CN', 'HK', 'MO'])",
      "exposure.products.all(p, p.kind == 'product')",
      "exposure.products.exists_one(p, p.type == 'app')",
      "exposure.products.map(p, p.name) == ['WeChat Pay', 'WeChat']",
      "exposure.products.filter(p, p.name.startsWith('WeChat')).size() == 2",
      "exposure.products.map(p, p.aliases).exists(a, 'Weixin' in a)",
      "has(exposure.party.name) && exposure.party.identifiers.exists(k, k == 'lei')",
      "exposure.party.name.matches('(?i)^tencent') && size(exposure.via) == 4",
      "exposure.via[1] == 'embeds' && exposure.depth == 4",
      "exposure.controls && exposure.shareMin >= 50.0 && exposure.shareMax <= 60.0",
      "'eo-13943-covered' in exposure.party.lists && subject.ours",
      "subject.criticality in ['high', 'critical'] && subject.users > 1000",
      "asOf >= '2020-09-20' && asOf < '2021-06-09'"})
  void holdsWhereTheFactsSayItShould(String condition) throws Exception {
    assertThat(ConditionLanguage.compile(condition, false).test(VARIABLES)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "exposure.party.countries.exists(c, c == 'RU')",
      "exposure.products.all(p, p.type == 'app')",
      "exposure.products.exists_one(p, p.name.startsWith('WeChat'))",
      "exposure.products.filter(p, p.type == 'device').size() > 0",
      "'embeds' in exposure.purposes",
      "exposure.party.stateOwned",
      "asOf < '2020-09-20'"})
  void failsWhereTheFactsSayItShould(String condition) throws Exception {
    assertThat(ConditionLanguage.compile(condition, false).test(VARIABLES)).isFalse();
  }

  @Test
  void aConditionOverTheSubjectRunsWithoutAnExposure() throws Exception {
    CompiledCondition ours = ConditionLanguage.compile("subject.ours && subject.kind == 'system'", true);

    assertThat(ours.test(Map.of("subject", POS, "asOf", "2020-09-21"))).isTrue();
    assertThat(ours.test(Map.of("subject", WECHAT, "asOf", "2020-09-21"))).isFalse();
  }

  static Stream<FactSchema.Fact> facts() {
    return Stream.concat(FactSchema.NODE.stream(), FactSchema.EXPOSURE.stream());
  }

  @ParameterizedTest
  @MethodSource("facts")
  void everyDocumentedExampleCompilesAndRuns(FactSchema.Fact fact) throws Exception {
    CompiledCondition example = ConditionLanguage.compile(fact.example(), false);

    assertThat(example.test(VARIABLES)).as(fact.example()).isIn(true, false);
  }

  @Test
  void reportsAnUnknownFactAtItsOneBasedLineAndColumn() {
    ConditionLanguage.InvalidCondition invalid = catchThrowableOfType(ConditionLanguage.InvalidCondition.class,
        () -> ConditionLanguage.compile("subject.ours &&\n  subject.nmae == 'x'", true));

    assertThat(invalid.issues()).containsExactly(new ConditionLanguage.Issue(2, 10, "undefined field 'nmae'"));
  }

  @Test
  void doesNotDeclareExposureInAConditionOverTheSubject() {
    assertThatThrownBy(() -> ConditionLanguage.compile("exposure.depth > 1", true))
        .isInstanceOf(ConditionLanguage.InvalidCondition.class)
        .hasMessageContaining("undeclared reference to 'exposure'");
  }

  @Test
  void rejectsAConditionThatIsNotTrueOrFalse() {
    assertThatThrownBy(() -> ConditionLanguage.compile("exposure.party.name", false))
        .isInstanceOf(ConditionLanguage.InvalidCondition.class)
        .hasMessage("expected type 'bool' but found 'string'");
  }

  @Test
  void reportsEverySyntaxErrorOfACondition() {
    ConditionLanguage.InvalidCondition invalid = catchThrowableOfType(ConditionLanguage.InvalidCondition.class,
        () -> ConditionLanguage.compile("exposure.depth = 1 && (", false));

    assertThat(invalid.issues()).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(issue -> assertThat(issue.line()).isEqualTo(1))
        .extracting(ConditionLanguage.Issue::column).first().isEqualTo(16);
  }

  @Test
  void aFailureAtRunTimeIsAnEvaluationFailure() throws Exception {
    CompiledCondition divides = ConditionLanguage.compile("100 / (exposure.depth - 4) > 1", false);

    assertThatThrownBy(() -> divides.test(VARIABLES))
        .isInstanceOf(CompiledCondition.EvaluationFailure.class)
        .hasMessageContaining("by zero");
  }
}

package dev.spillover.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void suggestsTheNearestKnownNameWithinAFewEdits() {
    assertThat(Suggestions.didYouMean("huwaei", List.of("huawei", "zte", "hikvision"))).isEqualTo(" (did you mean 'huawei'?)");
    assertThat(Suggestions.didYouMean("acme-pos", List.of("acme-pso", "acme-crm"))).isEqualTo(" (did you mean 'acme-pso'?)");
  }

  @Test
  void saysNothingWhenNoNameIsClose() {
    assertThat(Suggestions.didYouMean("tencent", List.of("huawei", "zte"))).isEmpty();
    assertThat(Suggestions.didYouMean("x", List.of())).isEmpty();
  }

  @Test
  void countsInsertionsDeletionsAndSubstitutions() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same")).isZero();
  }
}

package dev.spillover.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdIndexTest {
  @Test
  void findsEveryIdAndNothingElse() {
    String[] ids = new String[10_000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = "e" + i;
    }
    IdIndex index = new IdIndex(ids);
    for (int i = 0; i < ids.length; i++) {
      assertThat(index.get("e" + i)).isEqualTo(i);
    }
    assertThat(index.get("e10000")).isEqualTo(-1);
    assertThat(index.get("")).isEqualTo(-1);
  }

  @Test
  void worksForNoIdsAndForCollidingHashes() {
    assertThat(new IdIndex(new String[0]).get("x")).isEqualTo(-1);
    // "Aa" and "BB" have the same String hash code.
    IdIndex index = new IdIndex(new String[] {"Aa", "BB"});
    assertThat(index.get("Aa")).isZero();
    assertThat(index.get("BB")).isEqualTo(1);
  }
}

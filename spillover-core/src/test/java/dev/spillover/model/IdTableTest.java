package dev.spillover.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdTableTest {
  @Test
  void numbersIdsInTheOrderTheyComeAndFindsEveryOneAgain() {
    IdTable table = new IdTable(4); // grows many times on the way
    for (int i = 0; i < 100_000; i++) {
      assertThat(table.add("e" + i)).isEqualTo(i);
    }
    for (int i = 0; i < 100_000; i++) {
      assertThat(table.indexOf("e" + i)).isEqualTo(i);
      assertThat(table.id(i)).isEqualTo("e" + i);
    }
    assertThat(table.size()).isEqualTo(100_000);
    assertThat(table.indexOf("e100000")).isEqualTo(-1);
    assertThat(table.indexOf("")).isEqualTo(-1);
  }

  @Test
  void addingAnIdAgainGivesItsNumberAndAddsNothing() {
    IdTable table = new IdTable(10);
    assertThat(table.add("a")).isZero();
    assertThat(table.add("b")).isEqualTo(1);
    assertThat(table.add(new String("a"))).isZero();
    assertThat(table.size()).isEqualTo(2);
  }

  @Test
  void agreesWithAHashMapOnRandomIdsWithCollidingHashes() {
    // "Aa" and "BB" hash alike, so do all strings built from those two blocks.
    Random random = new Random(3);
    IdTable table = new IdTable(1);
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder id = new StringBuilder();
      for (int k = 0; k < 6; k++) {
        id.append(random.nextBoolean() ? "Aa" : "BB");
      }
      if (random.nextInt(4) == 0) {
        id.append(random.nextInt(1000));
      }
      Integer number = expected.computeIfAbsent(id.toString(), x -> expected.size());
      assertThat(table.add(id.toString())).isEqualTo(number);
    }
    expected.forEach((id, number) -> assertThat(table.indexOf(id)).isEqualTo(number));
    assertThat(table.size()).isEqualTo(expected.size());
  }

  @Test
  void anEmptyTableFindsNothingAndNumbersOutsideAreRefused() {
    IdTable table = new IdTable(0);
    assertThat(table.indexOf("x")).isEqualTo(-1);
    assertThatThrownBy(() -> table.id(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}

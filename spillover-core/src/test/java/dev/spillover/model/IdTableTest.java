package dev.spillover.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
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

  @Test
  void aBatchIsNumberedExactlyAsOneIdAtATime() {
    // Colliding hashes, ids repeated inside a batch, ids of other lengths, and a table that grows
    // in the middle of a batch: the batched numbers must be those of add, call for call.
    Random random = new Random(11);
    IdTable one = new IdTable(1);
    IdTable batched = new IdTable(1);
    for (int round = 0; round < 2_000; round++) {
      int count = 1 + random.nextInt(200);
      String[] batch = new String[count];
      for (int i = 0; i < count; i++) {
        batch[i] = i > 0 && random.nextInt(5) == 0 ? batch[random.nextInt(i)] : collidingId(random);
      }
      int[] numbers = new int[count + 3];
      batched.addAll(batch, count, numbers);
      for (int i = 0; i < count; i++) {
        assertThat(numbers[i]).as(batch[i]).isEqualTo(one.add(new String(batch[i])));
      }
      assertThat(batched.size()).isEqualTo(one.size());
    }
    for (int n = 0; n < one.size(); n++) {
      assertThat(batched.id(n)).isEqualTo(one.id(n));
    }
  }

  @Test
  void aBatchOfLookUpsFindsWhatIndexOfFindsFromSeveralThreads() {
    Random random = new Random(5);
    IdTable table = new IdTable(16);
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      String id = collidingId(random);
      if (random.nextInt(3) > 0) {
        table.add(id);
      }
      queries.add(random.nextBoolean() ? id : new String(id));
    }
    IntStream.range(0, queries.size() / 100).parallel().forEach(b -> {
      String[] batch = queries.subList(b * 100, b * 100 + 100).toArray(new String[0]);
      int[] numbers = new int[100];
      table.indexOfAll(batch, 100, numbers);
      for (int i = 0; i < 100; i++) {
        assertThat(numbers[i]).as(batch[i]).isEqualTo(table.indexOf(batch[i]));
      }
    });
  }

  /** Ids from the blocks "Aa" and "BB", which hash alike, some with a number that makes them longer. */
  private static String collidingId(Random random) {
    StringBuilder id = new StringBuilder();
    for (int k = 0; k < 4; k++) {
      id.append(random.nextBoolean() ? "Aa" : "BB");
    }
    if (random.nextInt(4) == 0) {
      id.append(random.nextInt(1000));
    }
    return id.toString();
  }
}

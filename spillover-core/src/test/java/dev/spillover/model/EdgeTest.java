package dev.spillover.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.snapshot.EstateBuilder;
import org.junit.jupiter.api.Test;

class EdgeTest {
  private static final EdgeTerms SHARE = EstateBuilder.share(25, 25);

  @Test
  void aNumberedEdgeWritesItsIdOutAndEqualsTheSameEdgeWithThatIdGiven() {
    Edge numbered = Edge.numbered("rr.xml#", 42, EdgeKind.OWNS, "a", "b", Validity.ALWAYS, EstateBuilder.PROVENANCE, SHARE);
    Edge given = new Edge("rr.xml#42", EdgeKind.OWNS, "a", "b", Validity.ALWAYS, EstateBuilder.PROVENANCE, SHARE);

    assertThat(numbered.id()).isEqualTo("rr.xml#42");
    assertThat(numbered).isEqualTo(given).hasSameHashCodeAs(given);
    assertThat(given).isEqualTo(numbered);
    assertThat(numbered.toString()).isEqualTo(given.toString()).contains("id=rr.xml#42");
  }

  @Test
  void edgesDifferingInIdOrAnyTermAreNotEqual() {
    Edge one = Edge.numbered("f#", 1, EdgeKind.OWNS, "a", "b", Validity.ALWAYS, EstateBuilder.PROVENANCE, SHARE);
    assertThat(one).isNotEqualTo(Edge.numbered("f#", 2, EdgeKind.OWNS, "a", "b", Validity.ALWAYS,
        EstateBuilder.PROVENANCE, SHARE));
    assertThat(one).isNotEqualTo(Edge.numbered("g#", 1, EdgeKind.OWNS, "a", "b", Validity.ALWAYS,
        EstateBuilder.PROVENANCE, SHARE));
    assertThat(one).isNotEqualTo(Edge.numbered("f#", 1, EdgeKind.OWNS, "a", "c", Validity.ALWAYS,
        EstateBuilder.PROVENANCE, SHARE));
    assertThat(one).isNotEqualTo(Edge.numbered("f#", 1, EdgeKind.OWNS, "a", "b", Validity.ALWAYS,
        EstateBuilder.PROVENANCE, EstateBuilder.share(30, 30)));
    // "f#1" + "1" and "f#" + "11" write the same id: the same edge.
    assertThat(Edge.numbered("f#1", 1, EdgeKind.OWNS, "a", "b", Validity.ALWAYS, EstateBuilder.PROVENANCE, SHARE))
        .isEqualTo(Edge.numbered("f#", 11, EdgeKind.OWNS, "a", "b", Validity.ALWAYS, EstateBuilder.PROVENANCE, SHARE));
  }

  @Test
  void refusesNegativeNumbersAndMissingParts() {
    assertThatThrownBy(() -> Edge.numbered("f#", -1, EdgeKind.OWNS, "a", "b", Validity.ALWAYS,
        EstateBuilder.PROVENANCE, SHARE)).hasMessageContaining("got -1");
    assertThatThrownBy(() -> new Edge(null, EdgeKind.OWNS, "a", "b", Validity.ALWAYS, EstateBuilder.PROVENANCE,
        SHARE)).hasMessage("id");
    assertThatThrownBy(() -> new Edge("e", EdgeKind.OWNS, "a", null, Validity.ALWAYS, EstateBuilder.PROVENANCE,
        SHARE)).hasMessage("to");
  }
}

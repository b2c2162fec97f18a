package dev.spillover.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which part of a condition reads only the party, and when there is none. */
class PartyGateTest {
  @Test
  void keepsTheConjunctsThatReadOnlyTheParty() {
    assertThat(PartyGate.text("'ndaa-889-covered' in exposure.party.lists && exposure.controls\n"
        + "&& exposure.role in ['manufactures', 'develops', 'operates']"))
        .isEqualTo("('ndaa-889-covered' in exposure.party.lists)");
    assertThat(PartyGate.text("exposure.party.countries.exists(c, c in ['CN', 'HK'])"))
        .isEqualTo("(exposure.party.countries.exists(c, c in ['CN', 'HK']))");
    assertThat(PartyGate.text("exposure.party.stateOwned && (exposure.depth < 3 || exposure.controls)"
        + " && size(exposure.party.lists) > 0"))
        .isEqualTo("(exposure.party.stateOwned) && (size(exposure.party.lists) > 0)");
  }

  @Test
  void findsNoGateWhereTheTopLevelIsNotAConjunction() {
    assertThat(PartyGate.text("exposure.party.stateOwned || exposure.controls")).isNull();
    assertThat(PartyGate.text("exposure.party.stateOwned ? exposure.controls : false")).isNull();
    assertThat(PartyGate.text("exposure.controls && exposure.role == 'owns'")).as("no conjunct reads the party only").isNull();
  }

  @Test
  void aConjunctNamingTheSubjectOrAnotherExposureFactIsNoGate() {
    assertThat(PartyGate.text("exposure.party.id == subject.id && exposure.party.stateOwned"))
        .isEqualTo("(exposure.party.stateOwned)");
    assertThat(PartyGate.text("exposure.party.countries.exists(c, c == exposure.attributedTo)")).isNull();
  }

  @Test
  void wordsInsideStringsAndOperatorsInsideThemDoNotCount() {
    assertThat(PartyGate.text("exposure.party.name == 'exposure.role && x || y ? z' && exposure.controls"))
        .isEqualTo("(exposure.party.name == 'exposure.role && x || y ? z')");
    assertThat(PartyGate.text("exposure.party.name == \"it's\" && exposure.controls"))
        .isEqualTo("(exposure.party.name == \"it's\")");
  }

  @Test
  void compilesAGateOnlyWhenThereIsOne() {
    assertThat(PartyGate.of("'x' in exposure.party.lists && exposure.controls")).isPresent();
    assertThat(PartyGate.of("exposure.controls")).isEmpty();
  }
}

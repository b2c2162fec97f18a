package dev.spillover.policy.scenario;

import dev.spillover.model.Estate;
import dev.spillover.policy.Pack;
import java.util.List;
import java.util.Set;

/**
 * A scenario's changes applied: the new {@code estate} and {@code packs} (the loaded ones are
 * never changed), and what each change did.
 */
public record AppliedScenario(Scenario scenario, Estate estate, List<Pack> packs, List<Effect> effects) {
  public AppliedScenario {
    packs = List.copyOf(packs);
    effects = List.copyOf(effects);
  }

  /**
   * What one change did: the ids of the nodes it is about ({@code nodes}: the party listed, the
   * holder and the held, the waiver's subject, the vendor and the products withdrawn), used to
   * attribute a difference in findings to it, and its {@code effects} in words.
   */
  public record Effect(ScenarioChange change, Set<String> nodes, List<String> effects) {
    public Effect {
      nodes = Set.copyOf(nodes);
      effects = List.copyOf(effects);
    }
  }
}

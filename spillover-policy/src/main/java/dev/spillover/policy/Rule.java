package dev.spillover.policy;

import dev.spillover.model.NodeKind;
import dev.spillover.model.Waiver;
import java.util.List;
import java.util.Set;

/**
 * One rule of a pack: which subjects it looks at ({@code scope}), the CEL {@code condition} it tests
 * on each of their exposures (or on the subject alone when {@code overSubject}), the verdict it gives,
 * its mode, its legal timeline and its waivers. {@code condition} is the compiled program.
 */
public record Rule(
    String id,
    String title,
    String citation,
    String description,
    Set<NodeKind> scope,
    boolean overSubject,
    String conditionText,
    CompiledCondition condition,
    Verdict verdict,
    RuleMode mode,
    Timeline timeline,
    List<Waiver> waivers,
    String source) {

  public Rule {
    scope = Set.copyOf(scope);
    waivers = List.copyOf(waivers);
  }
}

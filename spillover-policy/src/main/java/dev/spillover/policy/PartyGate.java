package dev.spillover.policy;

import dev.cel.common.Operator;
import dev.cel.common.ast.CelExpr;
import dev.spillover.policy.facts.ConditionLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an exposure rule's condition asks of the party alone: a test that every party on which the
 * condition can hold passes. When a party fails it, the condition is false on every path to that
 * party, so {@link Assessment} searches only from the subjects that can reach a party the gate
 * accepts ({@link dev.spillover.exposure.ExposureAnalysis#reaching}).
 *
 * <p>The gate is read off the condition's type-checked CEL syntax tree:
 * <ul>
 *   <li>a part that names {@code exposure} only as {@code exposure.party}, and never {@code subject},
 *       is its own gate;
 *   <li>{@code a && b} needs what each of its operands needs: the gates of those that have one;
 *   <li>{@code a || b}, and {@code c ? a : b}, have a gate only when both branches have one, and
 *       need either;
 *   <li>anything else (a negation of a mixed part, say) has none.
 * </ul>
 * Each part runs as a program of its own over the same tree ({@link ConditionLanguage.Checked#part}),
 * with {@code exposure.party} and {@code asOf} bound. A part that fails to evaluate on a party
 * accepts it, so that the condition meets the failure as it would have. Gates are found once per
 * condition text.
 */
final class PartyGate {
  private static final String EXPOSURE = "exposure";
  private static final String PARTY = "party";
  private static final String SUBJECT = "subject";
  private static final Map<String, Optional<PartyGate>> FOUND = new ConcurrentHashMap<>();

  private final Test test;

  private PartyGate(Test test) {
    this.test = test;
  }

  /** The gate of {@code condition}, or empty when it asks nothing of the party alone (or does not compile). */
  static Optional<PartyGate> of(String condition) {
    return FOUND.computeIfAbsent(condition, text -> {
      try {
        ConditionLanguage.Checked checked = ConditionLanguage.check(text);
        return Optional.ofNullable(test(checked.expr(), checked)).map(PartyGate::new);
      } catch (ConditionLanguage.InvalidCondition e) {
        return Optional.empty(); // the rule's own compilation reports it; no gate, the whole condition decides
      }
    });
  }

  /** Whether the condition can hold on some path to a party with these facts, on {@code asOf}. */
  boolean accepts(Map<String, Object> party, String asOf) {
    return test.accepts(Map.of(EXPOSURE, Map.of(PARTY, party), "asOf", asOf));
  }

  /** How many parts of the condition the gate runs. */
  int parts() {
    return test.parts();
  }

  /** The gate of {@code expr}, or null when it has none. */
  private static Test test(CelExpr expr, ConditionLanguage.Checked checked) throws ConditionLanguage.InvalidCondition {
    Reads reads = new Reads();
    reads.walk(expr, null);
    if (reads.party && !reads.other) {
      return new Part(checked.part(expr));
    }
    if (expr.getKind() != CelExpr.ExprKind.Kind.CALL) {
      return null;
    }
    String function = expr.call().function();
    List<CelExpr> args = expr.call().args();
    if (function.equals(Operator.LOGICAL_AND.getFunction())) {
      List<Test> needed = new ArrayList<>();
      for (CelExpr arg : args) {
        Test gate = test(arg, checked);
        if (gate instanceof All all) {
          needed.addAll(all.tests());
        } else if (gate != null) {
          needed.add(gate);
        }
      }
      return needed.isEmpty() ? null : needed.size() == 1 ? needed.get(0) : new All(needed);
    }
    List<CelExpr> branches = function.equals(Operator.LOGICAL_OR.getFunction()) ? args
        : function.equals(Operator.CONDITIONAL.getFunction()) ? args.subList(1, 3) : List.of();
    if (branches.isEmpty()) {
      return null;
    }
    List<Test> either = new ArrayList<>();
    for (CelExpr branch : branches) {
      Test gate = test(branch, checked);
      if (gate == null) {
        return null; // this branch can hold for any party
      }
      either.add(gate);
    }
    return new Any(either);
  }

  /** Which variables a part reads: {@code exposure.party}, or anything else of {@code exposure} or {@code subject}. */
  private static final class Reads {
    boolean party;
    boolean other;

    void walk(CelExpr expr, CelExpr parent) {
      switch (expr.getKind()) {
        case IDENT -> {
          String name = expr.ident().name();
          boolean viaParty = name.equals(EXPOSURE) && parent != null
              && parent.getKind() == CelExpr.ExprKind.Kind.SELECT && parent.select().field().equals(PARTY);
          party |= viaParty;
          // A comprehension variable of either name is taken for the variable itself: no gate rather than a wrong one.
          other |= !viaParty && (name.equals(EXPOSURE) || name.equals(SUBJECT));
        }
        case SELECT -> walk(expr.select().operand(), expr);
        case CALL -> {
          expr.call().target().ifPresent(target -> walk(target, expr));
          expr.call().args().forEach(arg -> walk(arg, expr));
        }
        case LIST -> expr.list().elements().forEach(element -> walk(element, expr));
        case MAP -> expr.map().entries().forEach(entry -> {
          walk(entry.key(), expr);
          walk(entry.value(), expr);
        });
        case STRUCT -> expr.struct().entries().forEach(entry -> walk(entry.value(), expr));
        case COMPREHENSION -> {
          var loop = expr.comprehension();
          for (CelExpr part : List.of(loop.iterRange(), loop.accuInit(), loop.loopCondition(), loop.loopStep(),
              loop.result())) {
            walk(part, expr);
          }
        }
        default -> {
          // constants read nothing
        }
      }
    }
  }

  /** A test on the party's facts, made of parts of the condition. */
  private sealed interface Test permits Part, All, Any {
    boolean accepts(Map<String, ?> variables);

    int parts();
  }

  /** A part of the condition that reads only the party. */
  private record Part(CompiledCondition program) implements Test {
    @Override
    public boolean accepts(Map<String, ?> variables) {
      try {
        return program.test(variables);
      } catch (CompiledCondition.EvaluationFailure e) {
        return true;
      }
    }

    @Override
    public int parts() {
      return 1;
    }
  }

  /** Every test must accept. */
  private record All(List<Test> tests) implements Test {
    @Override
    public boolean accepts(Map<String, ?> variables) {
      return tests.stream().allMatch(test -> test.accepts(variables));
    }

    @Override
    public int parts() {
      return tests.stream().mapToInt(Test::parts).sum();
    }
  }

  /** One test at least must accept. */
  private record Any(List<Test> tests) implements Test {
    @Override
    public boolean accepts(Map<String, ?> variables) {
      return tests.stream().anyMatch(test -> test.accepts(variables));
    }

    @Override
    public int parts() {
      return tests.stream().mapToInt(Test::parts).sum();
    }
  }
}

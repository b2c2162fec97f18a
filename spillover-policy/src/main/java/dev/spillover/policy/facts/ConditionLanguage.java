package dev.spillover.policy.facts;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.spillover.policy.CompiledCondition;
import java.util.List;
import java.util.Map;

/**
 * The CEL environment of rule conditions: the standard functions and macros ({@code exists},
 * {@code all}, {@code exists_one}, {@code map}, {@code filter}, {@code has}), the variables of
 * {@link FactSchema}, and a boolean result. Thread-safe.
 */
public final class ConditionLanguage {
  /** Variables of a rule over exposures. */
  private static final Cel OVER_EXPOSURES = environment(true);

  /** Variables of a rule over the subject alone: no {@code exposure}. */
  private static final Cel OVER_SUBJECT = environment(false);

  /** Variables of a critical-infrastructure rule over the asset (docs/critical-infrastructure.md). */
  private static final Cel OVER_ASSET = measureEnvironment(true, false);

  /** Variables of a critical-infrastructure rule over each key component. */
  private static final Cel OVER_COMPONENT = measureEnvironment(true, true);

  /** Variables of the condition that says which components are key: no {@code asset}, which lists them. */
  private static final Cel KEY = measureEnvironment(false, true);

  private ConditionLanguage() {}

  /** Where a critical-infrastructure condition runs, and so which variables it sees. */
  public enum MeasureScope {
    /** {@code subject}, {@code asset}, {@code asOf}. */
    ASSET,
    /** {@code subject}, {@code asset}, {@code component}, {@code asOf}. */
    COMPONENT,
    /** {@code subject}, {@code component}, {@code asOf}: the {@code key} condition. */
    KEY
  }

  /** A problem in a condition, at 1-based {@code line} and {@code column} of the condition text. */
  public record Issue(int line, int column, String message) {}

  /** A condition that does not compile; {@code issues} say where and why. */
  public static final class InvalidCondition extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Issue> issues;

    InvalidCondition(List<Issue> issues) {
      super(issues.isEmpty() ? "invalid condition" : issues.get(0).message());
      this.issues = List.copyOf(issues);
    }

    public List<Issue> issues() {
      return issues;
    }
  }

  /**
   * Parses and type-checks {@code text}.
   *
   * @param overSubject true for a rule over the subject alone, where {@code exposure} is undeclared
   * @throws InvalidCondition with every issue the CEL checker found
   */
  public static CompiledCondition compile(String text, boolean overSubject) throws InvalidCondition {
    return compile(overSubject ? OVER_SUBJECT : OVER_EXPOSURES, text);
  }

  /**
   * Parses and type-checks a condition of a critical-infrastructure rules file, with the variables
   * of {@code scope}.
   *
   * @throws InvalidCondition with every issue the CEL checker found
   */
  public static CompiledCondition compileMeasure(String text, MeasureScope scope) throws InvalidCondition {
    return compile(switch (scope) {
      case ASSET -> OVER_ASSET;
      case COMPONENT -> OVER_COMPONENT;
      case KEY -> KEY;
    }, text);
  }

  /**
   * Parses and type-checks {@code text} as a condition over exposures, and keeps its syntax tree,
   * so that parts of it can be looked at and run on their own ({@link Checked}).
   *
   * @throws InvalidCondition with every issue the CEL checker found
   */
  public static Checked check(String text) throws InvalidCondition {
    return new Checked(OVER_EXPOSURES, checkedAst(OVER_EXPOSURES, text));
  }

  /** A type-checked condition's syntax tree, with programs for its parts. */
  public static final class Checked {
    private final Cel cel;
    private final CelAbstractSyntaxTree ast;

    private Checked(Cel cel, CelAbstractSyntaxTree ast) {
      this.cel = cel;
      this.ast = ast;
    }

    /** The root of the tree (macros such as {@code exists} expanded into comprehensions). */
    public CelExpr expr() {
      return ast.getExpr();
    }

    /**
     * The part of the condition rooted at {@code part} (a node of this tree), run on its own with
     * the same variables: the checker's types and references of the whole hold for each part.
     *
     * @throws InvalidCondition when the part cannot be planned as a program of its own
     */
    public CompiledCondition part(CelExpr part) throws InvalidCondition {
      return program(cel, CelAbstractSyntaxTree.newCheckedAst(
          part, ast.getSource(), ast.getReferenceMap(), ast.getTypeMap()));
    }
  }

  private static CompiledCondition compile(Cel cel, String text) throws InvalidCondition {
    return program(cel, checkedAst(cel, text));
  }

  private static CelAbstractSyntaxTree checkedAst(Cel cel, String text) throws InvalidCondition {
    try {
      return cel.compile(text).getAst();
    } catch (CelValidationException e) {
      throw new InvalidCondition(e.getErrors().stream()
          .map(ConditionLanguage::issue)
          .toList());
    }
  }

  private static CompiledCondition program(Cel cel, CelAbstractSyntaxTree ast) throws InvalidCondition {
    try {
      CelRuntime.Program program = cel.createProgram(ast);
      return variables -> evaluate(program, variables);
    } catch (dev.cel.common.CelException e) {
      throw new InvalidCondition(List.of(new Issue(0, 0, e.getMessage())));
    }
  }

  private static boolean evaluate(CelRuntime.Program program, Map<String, ?> variables) {
    try {
      Object result = program.eval(variables);
      return Boolean.TRUE.equals(result);
    } catch (CelEvaluationException e) {
      throw new CompiledCondition.EvaluationFailure(e.getMessage(), e);
    }
  }

  private static Issue issue(CelIssue issue) {
    int line = issue.getSourceLocation().getLine();
    int column = issue.getSourceLocation().getColumn();
    return new Issue(Math.max(line, 0), column < 0 ? 0 : column + 1, issue.getMessage());
  }

  /** What every condition sees: the standard macros, the fact types, {@code subject}, {@code asOf}, a boolean result. */
  private static dev.cel.bundle.CelBuilder base() {
    return CelFactory.standardCelBuilder()
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .setTypeProvider(FactSchema.typeProvider())
        .addVar("subject", FactSchema.NODE_TYPE)
        .addVar("asOf", SimpleType.STRING)
        .setResultType(SimpleType.BOOL);
  }

  private static Cel environment(boolean withExposure) {
    var builder = base();
    if (withExposure) {
      builder.addVar("exposure", FactSchema.EXPOSURE_TYPE);
    }
    return builder.build();
  }

  private static Cel measureEnvironment(boolean withAsset, boolean withComponent) {
    var builder = base();
    if (withAsset) {
      builder.addVar("asset", FactSchema.ASSET_TYPE);
    }
    if (withComponent) {
      builder.addVar("component", FactSchema.KEY_COMPONENT_TYPE);
    }
    return builder.build();
  }
}

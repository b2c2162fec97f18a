package dev.spillover.policy.facts;

import dev.spillover.exposure.ExposurePath;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * The facts of one exposure path ({@link FactSchema}'s {@code exposure}) as a map that CEL reads:
 * {@code party} and {@code depth} are answered at once, every other fact from one walk along the
 * path ({@link FactBuilder#walk}) made the first time one of them is read. A condition such as
 * {@code exposure.party.countries.exists(...) && exposure.role == 'develops'} then walks only the
 * paths whose party passes. Read-only; not thread-safe.
 */
final class ExposureFacts extends AbstractMap<String, Object> {
  private static final String PARTY = "party";
  private static final String DEPTH = "depth";

  private final FactBuilder builder;
  private final int subject;
  private final int party;
  private final ExposurePath path;
  private Map<String, Object> walked;

  ExposureFacts(FactBuilder builder, int subject, int party, ExposurePath path) {
    this.builder = builder;
    this.subject = subject;
    this.party = party;
    this.path = path;
  }

  @Override
  public Object get(Object key) {
    if (PARTY.equals(key)) {
      return builder.node(party);
    }
    if (DEPTH.equals(key)) {
      return (long) path.steps().size();
    }
    return walked().get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return PARTY.equals(key) || DEPTH.equals(key) || walked().containsKey(key);
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return walked().entrySet();
  }

  @Override
  public int size() {
    return walked().size();
  }

  /** True once a fact other than {@code party} and {@code depth} was read (for tests). */
  boolean isWalked() {
    return walked != null;
  }

  private Map<String, Object> walked() {
    if (walked == null) {
      walked = java.util.Collections.unmodifiableMap(builder.walk(subject, party, path));
    }
    return walked;
  }
}

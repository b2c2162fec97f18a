package dev.spillover.policy;

import dev.spillover.dataflow.BulkScope;
import dev.spillover.model.Estate;
import dev.spillover.ownership.AggregateOwnership;
import dev.spillover.policy.facts.Listing;
import dev.spillover.policy.facts.ListMatcher;
import dev.spillover.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the packs' bulk thresholds apply ({@link BulkScope}), from the aggregates that say
 * {@code bulkRecipients: true}: the recipients are their covered persons as the ownership engine
 * finds them (the seeds, and the parties 50 % or more owned by seeds and by parties so owned,
 * {@link AggregateOwnership}); the countries are their {@code countries}. With no such aggregate,
 * the thresholds apply everywhere ({@link BulkScope#EVERYWHERE}), as the packs then say nothing
 * narrower.
 */
public final class BulkRecipients {
  private BulkRecipients() {}

  /** The scope of {@code aggregates} over {@code snapshot}, its listings {@code listings} (by node). */
  public static BulkScope of(Snapshot snapshot, List<List<Listing>> listings, List<PackAggregate> aggregates) {
    if (aggregates.stream().noneMatch(PackAggregate::bulkRecipients)) {
      return BulkScope.EVERYWHERE;
    }
    AggregateOwnership kernel = new AggregateOwnership(snapshot);
    return of(aggregates,
        aggregate -> kernel.of(aggregate.seeds(snapshot, listings), AggregateOwnership.FIFTY_PERCENT).definitely());
  }

  /**
   * The scope of {@code aggregates}, given each one's covered persons (its seeds and the parties
   * definitely owned 50 % or more, as {@link AggregateOwnership.Result#definitely()} gives them),
   * for callers that have found them already.
   */
  public static BulkScope of(List<PackAggregate> aggregates, Function<PackAggregate, BitSet> coveredPersons) {
    List<PackAggregate> scoped = aggregates.stream().filter(PackAggregate::bulkRecipients).toList();
    if (scoped.isEmpty()) {
      return BulkScope.EVERYWHERE;
    }
    BitSet covered = new BitSet();
    Set<String> countries = new LinkedHashSet<>();
    for (PackAggregate aggregate : scoped) {
      covered.or(coveredPersons.apply(aggregate));
      countries.addAll(aggregate.countries());
    }
    String basis = "covered persons of " + scoped.stream().map(PackAggregate::id).collect(Collectors.joining(", "))
        + "; countries " + String.join(", ", countries);
    return BulkScope.of(countries, covered, basis);
  }

  /**
   * The scope of the aggregates of {@code packs} over {@code estate} as of {@code asOf}: builds the
   * snapshot and the listings itself (for commands that do not assess).
   */
  public static BulkScope of(Estate estate, List<Pack> packs, LocalDate asOf) {
    List<PackAggregate> aggregates = packs.stream().flatMap(pack -> pack.aggregates().stream()).toList();
    if (aggregates.stream().noneMatch(PackAggregate::bulkRecipients)) {
      return BulkScope.EVERYWHERE;
    }
    Snapshot snapshot = Snapshot.of(estate, asOf);
    return of(snapshot, ListMatcher.match(snapshot, packs), aggregates);
  }
}

package dev.spillover.policy;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * An aggregate-ownership declaration of a pack (for example the DOJ Data Security Program's covered
 * persons): the seeds are the organizations and persons that meet one of {@code tests} (jurisdiction
 * facts, as for {@link PackHolding}) for one of {@code countries}, or that are on one of
 * {@code lists} as of the date. The node facts {@code aggregateOwned} and
 * {@code aggregatePossiblyOwned} say, under the key {@code id}, whether a node is owned 50 % or more
 * in aggregate by the seeds and by the entities so owned: the OFAC and BIS aggregate rule
 * ({@link dev.spillover.ownership.AggregateOwnership}).
 *
 * <p>With {@code bulkRecipients}, the pack's bulk thresholds apply to the parties so found and to
 * data reaching {@code countries}, and nowhere else ({@link BulkRecipients}): the DOJ Data Security
 * Program's thresholds concern countries of concern and covered persons only.
 */
public record PackAggregate(String id, String title, List<String> tests, List<String> countries, List<String> lists,
    String source, boolean bulkRecipients) {
  public PackAggregate {
    tests = List.copyOf(tests);
    countries = List.copyOf(countries);
    lists = List.copyOf(lists);
  }

  /** A declaration that does not scope the bulk thresholds. */
  public PackAggregate(String id, String title, List<String> tests, List<String> countries, List<String> lists,
      String source) {
    this(id, title, tests, countries, lists, source, false);
  }

  /**
   * The seeds in {@code snapshot}, by node index: the parties meeting a test, and the parties whose
   * listings as of the date ({@code listings}, by node) name one of the lists.
   */
  public BitSet seeds(dev.spillover.snapshot.Snapshot snapshot,
      List<List<dev.spillover.policy.facts.Listing>> listings) {
    BitSet seeds = tests.isEmpty() ? new BitSet(snapshot.nodeCount())
        : new PackHolding(id, title, tests, countries, source).parties(snapshot);
    Set<String> wanted = Set.copyOf(lists);
    for (int n = 0; n < snapshot.nodeCount() && !wanted.isEmpty(); n++) {
      if (snapshot.kind(n).isParty() && listings.get(n).stream().anyMatch(l -> wanted.contains(l.listId()))) {
        seeds.set(n);
      }
    }
    return seeds;
  }
}

package dev.spillover.dataflow;

import dev.spillover.model.Dataset.DataCategory;
import java.util.List;

/**
 * How much data of one category reached one recipient (a foreign person or covered person) in the
 * window: the aggregation that 28 CFR 202.205 uses for its test ("aggregated across covered data
 * transactions involving the same U.S. person and the same foreign person or covered person"), the
 * estate being the one U.S. person. Each dataset counts once, with what its one flow to the
 * recipient carried ({@link CountryVolume.Contribution}); counts of distinct datasets add up.
 *
 * <p>This aggregation decides whether a threshold is crossed ({@link DataFlowAnalysis.Result#crossed}).
 * {@code covered} says whether the threshold applies to the recipient ({@link BulkScope}); where it
 * does not, the status is {@link CountryVolume.Status#OUT_OF_SCOPE} whatever the count.
 */
public record RecipientVolume(
    DataCategory category,
    int recipient,
    boolean covered,
    List<CountryVolume.Contribution> contributions,
    long persons,
    int unknownPersons,
    long devices,
    int unknownDevices,
    BulkThreshold threshold,
    CountryVolume.Status status) {

  public RecipientVolume {
    contributions = List.copyOf(contributions);
  }

  /** The count the threshold compares, in its unit (persons unless it counts devices). */
  public long count() {
    return threshold != null && threshold.unit() == BulkThreshold.Unit.DEVICES ? devices : persons;
  }
}

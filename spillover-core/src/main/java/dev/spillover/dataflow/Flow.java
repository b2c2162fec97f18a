package dev.spillover.dataflow;

import java.util.List;

/**
 * One dataset reaching one recipient: {@code chain} lists the recipients from the first to this one
 * (the ultimate recipient of this flow, last), {@code edges} the estate's edge numbers of the
 * transfers along it, one per recipient. {@code persons} and {@code devices} are what the flow
 * carries: the dataset's counts, the persons capped by the smallest {@code persons} a transfer on
 * the chain declares; null when unknown. Nodes are numbered as the estate numbers them.
 */
public record Flow(int dataset, List<Integer> chain, List<Integer> edges, Long persons, Long devices) {
  public Flow {
    chain = List.copyOf(chain);
    edges = List.copyOf(edges);
    if (chain.isEmpty() || chain.size() != edges.size()) {
      throw new IllegalArgumentException("a flow needs one edge per recipient, got " + chain + " and " + edges);
    }
  }

  /** The recipient this flow ends at. */
  public int recipient() {
    return chain.get(chain.size() - 1);
  }

  /** True when the data went through at least one recipient before this one (an onward transfer). */
  public boolean onward() {
    return chain.size() > 1;
  }
}

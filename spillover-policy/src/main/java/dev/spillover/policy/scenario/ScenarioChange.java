package dev.spillover.policy.scenario;

import dev.spillover.input.Problem;
import dev.spillover.model.EdgeTerms;
import java.time.LocalDate;

/**
 * One hypothetical change a scenario makes to the estate. Every change has its place in the
 * scenario file, its number there (1-based), the {@code reason} shown wherever its effects are
 * reported, and optionally the {@code source} the hypothesis comes from (text: a citation or a URL).
 */
public sealed interface ScenarioChange {

  Place place();

  int number();

  String reason();

  String source();

  /** The change in words, for example "list: lenovo on ndaa-889-covered from 2020-09-01". */
  String describe();

  /** The label of the kind of change, as written in files: list, share, waiver-ends or withdraw. */
  String kind();

  /** Where a change is written: file, 1-based line and column. */
  record Place(String file, int line, int column) {
    /** A problem at this place. */
    public Problem problem(String message) {
      return new Problem(file, line, column, message);
    }
  }

  /** Party {@code party} is on list {@code list} from {@code from} (null: on every day). */
  record AddToList(Place place, int number, String party, String list, LocalDate from, String reason, String source)
      implements ScenarioChange {
    @Override
    public String describe() {
      return "list: " + party + " on " + list + (from == null ? "" : " from " + from);
    }

    @Override
    public String kind() {
      return "list";
    }
  }

  /**
   * {@code owner}'s stake in {@code owned}, on basis {@code basis}, becomes {@code min} to
   * {@code max} percent (equal for an exact figure), from {@code from} (null: on every day the
   * holding is declared for, or always when it is new).
   */
  record SetShare(Place place, int number, String owner, String owned, double min, double max,
      EdgeTerms.ShareBasis basis, LocalDate from, String reason, String source) implements ScenarioChange {
    @Override
    public String describe() {
      String share = min == max ? percent(min) + " %" : percent(min) + " to " + percent(max) + " %";
      return "share: " + owner + " holds " + share + " of " + owned + (from == null ? "" : " from " + from);
    }

    @Override
    public String kind() {
      return "share";
    }

    private static String percent(double value) {
      return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
  }

  /** Waiver {@code waiver} (of the estate or of a pack's rule) ends on {@code on} (exclusive). */
  record EndWaiver(Place place, int number, String waiver, LocalDate on, String reason, String source)
      implements ScenarioChange {
    @Override
    public String describe() {
      return "waiver-ends: " + waiver + " on " + on;
    }

    @Override
    public String kind() {
      return "waiver-ends";
    }
  }

  /**
   * {@code vendor} stops supplying {@code product} (null: everything it develops, publishes,
   * manufactures, operates or owns) from {@code from}: the edges by which the estate uses, depends
   * on, embeds or is hosted in it end that day.
   */
  record Withdraw(Place place, int number, String vendor, String product, LocalDate from, String reason, String source)
      implements ScenarioChange {
    @Override
    public String describe() {
      return "withdraw: " + vendor + " stops supplying " + (product == null ? "everything" : product) + " from " + from;
    }

    @Override
    public String kind() {
      return "withdraw";
    }
  }
}

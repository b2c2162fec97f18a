package dev.spillover.exposure;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.NodeKind;
import java.util.List;

/**
 * The rules of an exposure walk, as a small state machine. A walk is in one of three modes:
 * {@link Mode#TECHNOLOGY} among systems, products and components; {@link Mode#OWNERSHIP} climbing
 * from a party to those who own or control it; {@link Mode#DATA} following data onwards to its
 * recipients. The mode keeps a walk honest: a party reached through ownership is not followed into
 * the data it sends elsewhere, and a developer's other products are never walked into.
 */
final class Traversal {
  private Traversal() {}

  enum Mode {
    TECHNOLOGY,
    OWNERSHIP,
    DATA
  }

  /** A kind of step: an edge kind walked forward or backward. */
  record Move(EdgeKind kind, boolean forward) {}

  private static final List<Move> FROM_TECHNOLOGY = List.of(
      new Move(EdgeKind.USES, true),
      new Move(EdgeKind.DEPENDS_ON, true),
      new Move(EdgeKind.EMBEDS, true),
      new Move(EdgeKind.HOSTED_IN, true),
      new Move(EdgeKind.TRANSFERS_DATA, true),
      new Move(EdgeKind.DEVELOPS, false),
      new Move(EdgeKind.PUBLISHES, false),
      new Move(EdgeKind.MANUFACTURES, false),
      new Move(EdgeKind.OPERATES, false),
      new Move(EdgeKind.OWNS, false));

  private static final List<Move> FROM_OWNERSHIP = List.of(
      new Move(EdgeKind.OWNS, false),
      new Move(EdgeKind.CONTROLS, false));

  private static final List<Move> FROM_DATA = List.of(
      new Move(EdgeKind.TRANSFERS_DATA, true),
      new Move(EdgeKind.OWNS, false),
      new Move(EdgeKind.CONTROLS, false));

  /** The mode a walk starts in at a subject of that kind. */
  static Mode start(NodeKind kind) {
    return switch (kind) {
      case SYSTEM, PRODUCT, COMPONENT -> Mode.TECHNOLOGY;
      case DATASET -> Mode.DATA;
      default -> Mode.OWNERSHIP;
    };
  }

  static List<Move> moves(Mode mode, NodeKind at) {
    return switch (mode) {
      case TECHNOLOGY -> FROM_TECHNOLOGY;
      case OWNERSHIP -> FROM_OWNERSHIP;
      case DATA -> at == NodeKind.DATASET ? FROM_DATA.subList(0, 1) : FROM_DATA;
    };
  }

  /** The mode after a move that lands on a node of kind {@code to}; null when the walk stops there. */
  static Mode after(Mode mode, Move move, NodeKind to) {
    if (to == NodeKind.JURISDICTION || to == NodeKind.LIST || to == NodeKind.DATASET) {
      return null;
    }
    if (move.kind() == EdgeKind.TRANSFERS_DATA) {
      return Mode.DATA;
    }
    if (mode == Mode.DATA || mode == Mode.OWNERSHIP) {
      return Mode.OWNERSHIP;
    }
    return to.isParty() ? Mode.OWNERSHIP : Mode.TECHNOLOGY;
  }
}

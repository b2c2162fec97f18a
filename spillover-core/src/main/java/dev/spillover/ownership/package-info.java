/**
 * Who owns and who controls an organization.
 *
 * <p>{@link dev.spillover.ownership.LookThroughOwnership} sums the product of shares over every
 * ownership path (cycles solved to a tolerance), with lower and upper bounds;
 * {@link dev.spillover.ownership.ControllingOwners} follows majority holdings and declared control
 * up to the ultimate controlling parents.
 */
package dev.spillover.ownership;

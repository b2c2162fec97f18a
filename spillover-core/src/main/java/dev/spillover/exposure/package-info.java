/**
 * Which parties a system, product, component, dataset or party is exposed to, and through which
 * paths.
 *
 * <p>Start with {@link dev.spillover.exposure.ExposureAnalysis#from}: a breadth-first search over
 * the snapshot that follows technology (uses, depends on, embeds, hosted in), attribution (who
 * develops, publishes, manufactures, operates or owns a product), ownership and control upwards,
 * and data transfers onwards, and keeps the shortest explaining paths to each party.
 */
package dev.spillover.exposure;

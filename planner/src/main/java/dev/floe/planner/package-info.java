/**
 * Floe's planner: turns what users ask for into the smallest task graph that answers it.
 *
 * <p>Today it holds graph-level optimizer passes ({@code optimize}); the logical expressions of
 * dataframes and arrays, their rewrites and their lowering to task graphs arrive with those
 * collections. Depends on {@code runtime} only; knows nothing of CSV, HDF5, tables or arrays.
 */
package dev.floe.planner;

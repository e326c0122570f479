/**
 * Floe's planner machinery, shared by frames and arrays: rules over logical plans, run in named
 * phases, and culling of lowered graphs ({@code optimize}). The plans themselves — their nodes,
 * rules and lowering — live with the collections that build them ({@code dev.floe.frame.plan},
 * {@code dev.floe.array.plan}). Depends on {@code core} and {@code runtime}; knows nothing of
 * CSV, HDF5, tables or arrays.
 */
package dev.floe.planner;

/**
 * The plan of an {@code NdArray}: an immutable graph of {@link dev.floe.array.plan.Node}s, each
 * knowing its dtype and chunk grid, and its lowering to one task per output block.
 *
 * <p>Lowering fuses chains of elementwise nodes into one task per chunk (a child is fused into
 * its only consumer), pushes slices into generators, culls by construction (a slice asks only for
 * the blocks it touches) and reduces in fixed-order trees. Depends on {@code dev.floe.array}
 * (dtypes, dense blocks), its kernels, {@code io.hdf5} and the runtime's task graphs.
 */
package dev.floe.array.plan;

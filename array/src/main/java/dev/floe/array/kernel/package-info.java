/**
 * The per-chunk kernels of {@code NdArray}: elementwise operations with numpy broadcasting,
 * reductions as mergeable partial results, slicing and assembling blocks, generators, and block
 * matrix products.
 *
 * <p>Every kernel takes and returns {@link dev.floe.array.Dense} blocks and never modifies its
 * inputs. Kernels know nothing of graphs or chunk grids: {@code dev.floe.array.plan} decides which
 * blocks meet in which task. Depends on the JDK, EJML and netlib's BLAS binding.
 */
package dev.floe.array.kernel;

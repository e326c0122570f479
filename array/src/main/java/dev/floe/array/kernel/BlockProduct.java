package dev.floe.array.kernel;

import dev.floe.core.DType;
import dev.floe.array.Dense;
import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Matrix products of 2-D blocks, in double precision, as EJML matrices.
 *
 * <p>When the machine has a native BLAS ({@code libblas.so.3}: OpenBLAS on Debian with
 * {@code libopenblas0}), its {@code dgemm} multiplies — 15 times faster than Java on a 1000²
 * block; otherwise EJML does. Both compute in double; the result is rounded to the operands'
 * promoted dtype.
 */
public final class BlockProduct {
  private BlockProduct() {}

  /** The native BLAS when one loads, else null. Loading is attempted once. */
  private static final BLAS NATIVE = loadNative();

  private static BLAS loadNative() {
    if (Boolean.getBoolean("floe.blas.disable")) {
      return null;
    }
    java.util.logging.Logger netlib = java.util.logging.Logger.getLogger("dev.ludovic.netlib");
    java.util.logging.Level previous = netlib.getLevel();
    netlib.setLevel(java.util.logging.Level.OFF); // its fallback warnings are not the user's news
    try {
      return NativeBLAS.getInstance();
    } catch (Throwable unavailable) {
      return null;
    } finally {
      netlib.setLevel(previous);
    }
  }

  /** Which engine multiplies blocks: {@code native BLAS} or {@code EJML}. */
  public static String engine() {
    return NATIVE != null ? "native BLAS" : "EJML";
  }

  /** {@code a @ b} for 2-D blocks whose inner dimensions agree. */
  public static Dense multiply(Dense a, Dense b) {
    int m = a.dim(0);
    int k = a.dim(1);
    int n = b.dim(1);
    if (b.dim(0) != k) {
      throw new IllegalArgumentException("matmul: block shapes " + m + "x" + k + " and "
          + b.dim(0) + "x" + n + " do not align");
    }
    double[] x = Buffers.doubles(a, a.shape());
    double[] y = Buffers.doubles(b, b.shape());
    double[] c = new double[m * n];
    if (m > 0 && n > 0 && k > 0) {
      if (NATIVE != null) {
        // row-major C = A B is column-major C^T = B^T A^T: swap the operands
        NATIVE.dgemm("N", "N", n, m, k, 1.0, y, n, x, k, 0.0, c, n);
      } else {
        CommonOps_DDRM.mult(DMatrixRMaj.wrap(m, k, x), DMatrixRMaj.wrap(k, n, y),
            DMatrixRMaj.wrap(m, n, c));
      }
    }
    DType type = ElementwiseOp.MULTIPLY.resultType(a.dtype(), b.dtype());
    return Buffers.fromDoubles(c, type == DType.BOOL ? DType.INT64 : type, new int[] {m, n});
  }
}

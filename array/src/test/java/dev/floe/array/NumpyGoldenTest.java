package dev.floe.array;

import dev.floe.core.DType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Floe against numpy's own answers (golden/numpy-golden.txt, made by make_golden.py with Debian's
 * python3-numpy): reductions over every kind of axis set, NaN, ddof, slicing with negative
 * indices and steps, broadcasting, transpose, reshape, matmul, stack and concatenate, on arrays
 * cut into uneven chunks so every case crosses block boundaries.
 */
class NumpyGoldenTest {
  private static final Map<String, String[]> GOLDEN = load();
  private static final Dense A_VALUES = parse(GOLDEN.get("input a"));

  private static final NdArray A = NdArray.fromArray(A_VALUES, Chunking.of(2, 3, 2));
  private static final NdArray B = NdArray.fromArray(withNan(), Chunking.of(2, 3, 2));
  private static final NdArray I = NdArray.fromArray(integers(), Chunking.of(3, 4));
  private static final NdArray F = A.multiply(100).astype(DType.FLOAT32);
  private static final NdArray M = NdArray.fromArray(A_VALUES, Chunking.of(1, -1, -1))
      .reshape(12, 5);

  private static Map<String, Supplier<NdArray>> cases() {
    Map<String, Supplier<NdArray>> cases = new LinkedHashMap<>();
    cases.put("a.sum()", () -> A.sum());
    cases.put("a.sum(0)", () -> A.sum(0));
    cases.put("a.sum(0,2)", () -> A.sum(0, 2));
    cases.put("a.mean(1)", () -> A.mean(1));
    cases.put("a.std()", () -> A.std());
    cases.put("a.std(ddof1,2)", () -> A.std(1, new int[] {2}));
    cases.put("a.var(1)", () -> A.var(1));
    cases.put("a.min(0)", () -> A.min(0));
    cases.put("a.max()", () -> A.max());
    cases.put("a.argmax()", () -> A.argmax());
    cases.put("a.argmin(1)", () -> A.argmin(1));
    cases.put("a.argmax(2)", () -> A.argmax(-1));
    cases.put("b.sum()", () -> B.sum());
    cases.put("b.max(2)", () -> B.max(2));
    cases.put("b.argmin()", () -> B.argmin());
    cases.put("i.sum(0)", () -> I.sum(0));
    cases.put("i.mean()", () -> I.mean());
    cases.put("i.min(1)", () -> I.min(1));
    cases.put("i.argmax(0)", () -> I.argmax(0));
    cases.put("(i>0).any(0)", () -> I.gt(0).any(0));
    cases.put("(i>0).all(1)", () -> I.gt(0).all(1));
    cases.put("f.mean(0)", () -> F.mean(0));
    cases.put("f.std()", () -> F.std());
    cases.put("a[::2,::-1,1:4]", () -> A.get("::2, ::-1, 1:4"));
    cases.put("a[-1,1:,::-2]", () -> A.get(Index.at(-1), Index.range(1, null),
        Index.range(null, null, -2)));
    cases.put("a[...,2]", () -> A.get("..., 2"));
    cases.put("a[1]", () -> A.index(1));
    cases.put("a[:,-3:-1,-1:-6:-2]", () -> A.get(":, -3:-1, -1:-6:-2"));
    cases.put("a+a[0]", () -> A.add(A.index(0)));
    cases.put("a[:,:,:1]*m[:4]", () -> A.get(":, :, :1").multiply(M.get(":4")));
    cases.put("a.transpose(2,0,1)", () -> A.transpose(2, 0, 1));
    cases.put("a.reshape(12,5)", () -> M);
    cases.put("m.T@m", () -> M.transpose().matmul(M));
    cases.put("stack(a[0],a[1],1)", () -> NdArray.stack(List.of(A.index(0), A.index(1)), 1));
    cases.put("concat(a,a[:1],0)", () -> NdArray.concatenate(List.of(A, A.get(":1")), 0));
    cases.put("where(a>0,a,0).sum(0)", () -> NdArray.where(A.gt(0), A, NdArray.zeros(
        NdArray.shape(3, 4, 5), Chunking.of(3, 4, 5))).sum(0));
    cases.put("i/i[0]", () -> I.divide(I.index(0)));
    cases.put("a[a>0.5]", () -> A.get(A.gt(0.5)));
    return cases;
  }

  static Stream<String> names() {
    return cases().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void matchesNumpy(String name) {
    String[] golden = GOLDEN.get(name);
    assertThat(golden).as("golden value for " + name).isNotNull();
    Dense expected = parse(golden);
    Dense actual = cases().get(name).get().compute();
    assertThat(actual.shape()).as("shape").containsExactly(expected.shape());
    assertThat(actual.dtype().toString()).as("dtype").isEqualTo(golden[2]);
    double tolerance = actual.dtype() == DType.FLOAT32 ? 1e-5 : 1e-12;
    for (int k = 0; k < expected.size(); k++) {
      double want = expected.getDouble(k);
      double got = actual.getDouble(k);
      if (Double.isNaN(want)) {
        assertThat(got).as("element " + k).isNaN();
      } else if (actual.dtype().isFloating()) {
        assertThat(got).as("element " + k).isCloseTo(want, within(tolerance * Math.max(1,
            Math.abs(want))));
      } else {
        assertThat(got).as("element " + k).isEqualTo(want);
      }
    }
  }

  private static Dense parse(String[] line) {
    String[] dims = line[1].isEmpty() ? new String[0] : line[1].split(",");
    int[] shape = new int[dims.length];
    for (int d = 0; d < dims.length; d++) {
      shape[d] = Integer.parseInt(dims[d]);
    }
    String[] items = line[3].isEmpty() ? new String[0] : line[3].split(" ");
    double[] values = new double[items.length];
    for (int k = 0; k < items.length; k++) {
      values[k] = items[k].equals("True") ? 1 : items[k].equals("False") ? 0
          : items[k].equals("nan") ? Double.NaN : Double.parseDouble(items[k]);
    }
    return Dense.of(values, shape);
  }

  private static Dense withNan() {
    double[] values = A_VALUES.toDoubleArray();
    values[1 * 20 + 2 * 5 + 3] = Double.NaN;
    return Dense.of(values, 3, 4, 5);
  }

  private static Dense integers() {
    long[] values = new long[24];
    for (int k = 0; k < 24; k++) {
      values[k] = (k * 7L) % 11 - 5;
    }
    return Dense.of(values, 4, 6);
  }

  private static Map<String, String[]> load() {
    try (InputStream in = NumpyGoldenTest.class.getResourceAsStream("/golden/numpy-golden.txt")) {
      Map<String, String[]> lines = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          String[] fields = line.split("\\|", -1);
          lines.put(fields[0], fields);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

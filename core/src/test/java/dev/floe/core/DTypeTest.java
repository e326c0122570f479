package dev.floe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DTypeTest {
  @Test
  void framesAndArraysShareOneSetOfTypes() {
    assertThat(DType.INT64.isFrameType()).isTrue();
    assertThat(DType.INT64.isArrayType()).isTrue();
    assertThat(DType.STRING.isArrayType()).isFalse();
    assertThat(DType.FLOAT32.isFrameType()).isFalse();
    assertThat(DType.FLOAT32.isNumeric()).isTrue();
    assertThat(DType.DATE.isNumeric()).isFalse();
  }

  @Test
  void arraysPromoteAsNumpyDoes() {
    assertThat(DType.promote(DType.INT32, DType.FLOAT32)).isEqualTo(DType.FLOAT64);
    assertThat(DType.promote(DType.BOOL, DType.INT32)).isEqualTo(DType.INT32);
    assertThat(DType.promoteScalar(DType.FLOAT32, true)).isEqualTo(DType.FLOAT32);
    assertThat(DType.promoteScalar(DType.BOOL, false)).isEqualTo(DType.INT64);
    assertThat(DType.of(float.class)).isEqualTo(DType.FLOAT32);
    assertThat(DType.of(int.class)).isEqualTo(DType.INT32);
  }

  @Test
  void aTypeOfTheOtherCollectionIsAnErrorThatSaysWhich() {
    assertThatThrownBy(() -> DType.STRING.requireArrayType("astype"))
        .hasMessage("astype: string is a frame column type; arrays hold bool, int32, int64,"
            + " float32 or float64");
    assertThat(DType.INT32.notAFrameType("column 'x'"))
        .hasMessage("column 'x': int32 is an array type; frame columns are int64, float64, bool,"
            + " string, date or datetime");
  }
}

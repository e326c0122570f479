package dev.floe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.core.Diagnostics;
import org.junit.jupiter.api.Test;

/** The all-in-one jar prints Floe's warnings through SLF4J's simple binding, not a silent one. */
class LoggingTest {
  @Test
  void theLaunchersBindingIsSimpleNotSilent() throws Exception {
    assertThat(Diagnostics.viaSlf4j()).isTrue();
    assertThat(org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName())
        .isEqualTo("org.slf4j.impl.SimpleLoggerFactory");
    assertThat(getClass().getClassLoader().getResource("org/slf4j/impl/NOPLoggerFactory.class"))
        .as("no slf4j-nop in the jar").isNull();
  }
}

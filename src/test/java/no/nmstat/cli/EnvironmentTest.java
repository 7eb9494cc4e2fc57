package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EnvironmentTest {
  /** The process's clock finds its zone only when asked (start-up), but is the usual clock. */
  @Test
  void systemClockIsTheDefaultZonesClock() {
    Clock clock = Environment.system().clock();
    Instant before = Instant.now();
    Instant now = clock.instant();
    Instant after = Instant.now();
    assertThat(now).isBetween(before, after);
    assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
    assertThat(clock.withZone(ZoneOffset.UTC).getZone()).isEqualTo(ZoneOffset.UTC);
  }
}

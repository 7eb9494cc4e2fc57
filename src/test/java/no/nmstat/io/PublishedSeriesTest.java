package no.nmstat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedSeriesTest {
  private static final String HEADER = "figure,scope,period,statistic,value,unit,n,source,note\n";

  @Test
  void theShippedFileHoldsDmpsTertialAndTheMinistersMeans() {
    List<PublishedSeries.Figure> all = PublishedSeries.load();
    assertThat(all)
        .filteredOn(f -> f.figure().equals("dmp_time") && f.statistic().equals("mean"))
        .extracting(PublishedSeries.Figure::period, PublishedSeries.Figure::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2023", 331.0),
            org.assertj.core.groups.Tuple.tuple("2024", 266.0));
    assertThat(all)
        .anyMatch(f -> f.period().equals("2025-T1") && f.value() == 141 && f.unit().equals("days"));
  }

  @Test
  void aValueThatIsNoNumberBreaksTheBuild() {
    byte[] bytes =
        (HEADER + "assessment,NO x,2023,mean,many,days,,s,\n").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PublishedSeries.read("p.csv", bytes))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("p.csv")
        .hasMessageContaining("not a number");
  }

  @Test
  void aMissingColumnBreaksTheBuild() {
    byte[] bytes = "figure,scope,period\na,b,c\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PublishedSeries.read("p.csv", bytes))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no statistic column");
  }
}

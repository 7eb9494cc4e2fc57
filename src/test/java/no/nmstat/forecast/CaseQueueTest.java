package no.nmstat.forecast;

import static no.nmstat.forecast.QueueCases.T;
import static no.nmstat.forecast.QueueCases.small;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseQueueTest {
  private static List<String> waitingOn(CaseQueue queue, int t) {
    return Arrays.stream(queue.waitingOn(t)).mapToObj(i -> queue.record(i).id()).toList();
  }

  @Test
  void queueIsInDocumentationOrderWithTiesInFileOrder() {
    assertThat(waitingOn(CaseQueue.of(small(), T), T)).containsExactly("Q900", "Q950a", "Q950b");
    QueueForecast f = QueueModel.of(small(), T, 180, 0.8).forecast();
    assertThat(f.cases()).extracting(QueuedCase::position).containsExactly(1, 2, 3);
    assertThat(f.cases()).extracting(QueuedCase::waited).containsExactly(100, 50, 50);
    assertThat(f.assignments()).isEqualTo(12);
    assertThat(f.ratePer30Days()).isEqualTo(2.0);
  }

  @Test
  void aCaseLeavesTheQueueWhenAssignedOrWhenSomethingLaterHappens() {
    CaseQueue queue = CaseQueue.of(small(), T);
    // LATER's documentation comes after the as-of date: not in the queue's record at all.
    assertThat(queue.documented()).isEqualTo(17);
    // LEFT (documentation 960) has a report on 990 and no assignment.
    assertThat(waitingOn(queue, 989)).contains("LEFT");
    assertThat(waitingOn(queue, 990)).doesNotContain("LEFT");
    // A11 (documentation 711) is assigned on T − 170 + 110 = 940.
    assertThat(waitingOn(queue, 939)).contains("A11");
    assertThat(waitingOn(queue, 940)).doesNotContain("A11");
    // The window (T − 180, T] leaves out OUT, assigned on T − 180.
    assertThat(queue.assignmentsIn(T, 180)).isEqualTo(12);
    assertThat(queue.waitsAssignedIn(T, 180)).hasSize(12).contains(940 - 711);
  }
}

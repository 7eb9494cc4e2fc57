package no.nmstat.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import no.nmstat.check.Rule;
import no.nmstat.cli.InProcess;
import no.nmstat.io.CaseReader;
import no.nmstat.io.ReadResult;
import no.nmstat.table.InputProblem;
import no.nmstat.table.ReadOptions;

/**
 * Coverage-guided fuzzing of what reads user input: the case reader (CSV and .xlsx alike, as both
 * come through one entry), the whole command line on standard input, and the KPI rule parser. In a
 * plain test run these replay the saved inputs under {@code
 * src/test/resources/no/nmstat/fuzz/InputFuzzTestInputs/} (seeds, and every input that ever failed:
 * Jazzer saves a finding there as {@code crash-...}); {@code mvn verify} fuzzes the short ones for
 * 20 seconds each (surefire executions in the pom), {@code mvn verify -Pfuzz} the long ones.
 */
class InputFuzzTest {
  /** Any bytes: reading never throws, and every problem names a line and a reason. */
  @FuzzTest(maxDuration = "20s")
  void caseReader(byte[] bytes) {
    readCases(bytes);
  }

  /** As {@link #caseReader}, for the long run ({@code mvn verify -Pfuzz}: millions of inputs). */
  @FuzzTest(maxDuration = "10m")
  void caseReaderLong(byte[] bytes) {
    readCases(bytes);
  }

  /** Any bytes on standard input: exit 0 or 65, and never an internal error. */
  @FuzzTest(maxDuration = "20s")
  void summaryOnStdin(FuzzedDataProvider data) {
    runOnStdin(data);
  }

  /** As {@link #summaryOnStdin}, for the long run. */
  @FuzzTest(maxDuration = "40m")
  void summaryOnStdinLong(FuzzedDataProvider data) {
    runOnStdin(data);
  }

  /** Any text: a rule, or a syntax error pointing into the text. */
  @FuzzTest(maxDuration = "10s")
  void ruleParser(FuzzedDataProvider data) {
    parseRule(data.consumeRemainingAsString());
  }

  /** As {@link #ruleParser}, for the long run. */
  @FuzzTest(maxDuration = "2m")
  void ruleParserLong(FuzzedDataProvider data) {
    parseRule(data.consumeRemainingAsString());
  }

  private static void readCases(byte[] bytes) {
    CaseReader reader = new CaseReader(ReadOptions.defaults());
    reader.read("f", bytes);
    ReadResult r = reader.result();
    assertThat(r.problemCount()).isGreaterThanOrEqualTo(r.problems().size());
    assertThat(r.invalidRows()).isLessThanOrEqualTo(r.rows());
    for (InputProblem p : r.problems()) {
      assertThat(p.line()).isPositive();
      assertThat(p.reason()).isNotBlank();
    }
    assertThat(r.cases().size()).isLessThanOrEqualTo((int) r.rows());
  }

  private static void runOnStdin(FuzzedDataProvider data) {
    boolean km = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    InProcess.Run run =
        InProcess.run(
            InProcess.environment().in(new ByteArrayInputStream(bytes)),
            km
                ? List.of("summary", "-", "--km", "--by", "year")
                : List.of("cases", "-", "--format", "json"));
    assertThat(run.stderr()).doesNotContain("internal error");
    assertThat(run.exit()).isIn(0, 65);
  }

  private static void parseRule(String text) {
    try {
      Rule r = Rule.parse(text, Set.of("queue", "assessment", "total"));
      assertThat(r.text()).isNotNull();
    } catch (Rule.SyntaxException e) {
      assertThat(e.getMessage()).isNotBlank();
      // The caret goes under the bad token: it must point into the text (or just past it).
      assertThat(e.pointer().indexOf('^')).isBetween(0, e.rule().length());
    }
  }
}

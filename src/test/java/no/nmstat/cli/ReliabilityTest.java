package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Failures around the data: output that cannot be written, endless input, empty results. */
class ReliabilityTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  @TempDir Path dir;

  /** Standard output that fails with {@code message} after {@code limit} bytes. */
  private static OutputStream failing(String message, long limit, AtomicLong written) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (written.addAndGet(len) > limit) {
          throw new IOException(message);
        }
      }
    };
  }

  private record Result(int exit, String stderr, long written) {}

  private static Result runInto(String message, long limit, String... args) {
    AtomicLong written = new AtomicLong();
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new OutputFailure(failing(message, limit, written)), StandardCharsets.UTF_8));
    StringWriter err = new StringWriter();
    Environment env = InProcess.environment().out(out).err(new PrintWriter(err)).build();
    int exit = Nmstat.execute(env, args);
    return new Result(exit, err.toString(), written.get());
  }

  @Test
  void aFullDiskIsAnErrorNotATruncatedSuccess() {
    Result r =
        runInto(
            "No space left on device",
            100,
            "summary",
            "data/cases-sample.csv",
            "--as-of",
            "2025-10-31");
    assertThat(r.exit()).isEqualTo(74);
    assertThat(r.stderr()).isEqualTo("nmstat: cannot write output: No space left on device\n");
  }

  @Test
  void aDiskThatFillsMidWriteStopsTheRun() {
    Result r = runInto("No space left on device", 50_000, "sample", "--cases", "300000");
    assertThat(r.exit()).isEqualTo(74);
    // The run stopped at the first failed write instead of generating 300,000 cases.
    assertThat(r.written()).isLessThan(200_000);
  }

  @Test
  @Timeout(20)
  void aClosedPipeEndsTheRunQuietly() {
    Result r = runInto("Broken pipe", 10_000, "sample", "--cases", "300000");
    assertThat(r.exit()).isEqualTo(141);
    assertThat(r.stderr()).isEmpty();
  }

  @Test
  void reportOutputIsAtomicAndAMissingFolderSaysWhy() throws IOException {
    InProcess.Run missing =
        InProcess.run(
            PROJECT,
            InputStream.nullInputStream(),
            List.of(
                "report", "data/cases-sample.csv", "-o", dir.resolve("no/such/r.md").toString()));
    assertThat(missing.exit()).isEqualTo(73);
    assertThat(missing.stderr()).endsWith(": No such file or directory\n");
    Path previous = dir.resolve("r.md");
    Files.writeString(previous, "last month's report");
    Files.writeString(dir.resolve("bad.csv"), "id,assigned\nA,bad\n");
    InProcess.Run failed =
        InProcess.run(
            dir, InputStream.nullInputStream(), List.of("report", "bad.csv", "-o", "r.md"));
    assertThat(failed.exit()).isEqualTo(65);
    assertThat(Files.readString(previous)).isEqualTo("last month's report");
    InProcess.Run ok =
        InProcess.run(
            PROJECT,
            InputStream.nullInputStream(),
            List.of(
                "report",
                "data/cases-sample.csv",
                "-o",
                previous.toString(),
                "--as-of",
                "2025-10-31"));
    assertThat(ok.exit()).isZero();
    assertThat(Files.readString(previous)).startsWith("# ");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("r.md", "bad.csv");
    }
  }

  /** {@code -o} naming the input by path, {@code ./}, a symbolic and a hard link. */
  @ParameterizedTest
  @CsvSource({
    "summary,a.csv",
    "summary,./a.csv",
    "summary,link.csv",
    "summary,hard.csv",
    "cases,a.csv",
    "report,a.md"
  })
  void anOutputOverAnInputIsRefusedBeforeReading(String command, String output) throws IOException {
    String input = output.endsWith(".md") ? "a.md" : "a.csv";
    byte[] original = Files.readAllBytes(PROJECT.resolve("data/cases-sample.csv"));
    Files.write(dir.resolve(input), original);
    Files.createSymbolicLink(dir.resolve("link.csv"), dir.resolve("a.csv").getFileName());
    if (input.equals("a.csv")) {
      Files.createLink(dir.resolve("hard.csv"), dir.resolve("a.csv"));
    }
    InProcess.Run run =
        InProcess.run(dir, InputStream.nullInputStream(), List.of(command, input, "-o", output));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr())
        .startsWith(
            "nmstat: -o "
                + output
                + " is the input file "
                + input
                + ": write the output to another file\n");
    assertThat(run.stdout()).isEmpty();
    assertThat(Files.readAllBytes(dir.resolve(input))).isEqualTo(original);
  }

  @Test
  void theTemporaryFileOfAnInterruptedWriteIsDeleted() throws IOException, InterruptedException {
    OutputFile.Temporary tmp = OutputFile.Temporary.create(dir, "r.md");
    Files.writeString(tmp.path, "half a report");
    assertThat(tmp.path.getFileName().toString()).startsWith(".r.md.").endsWith(".tmp");
    // What the shutdown hook does when SIGINT or SIGTERM ends the run before the rename, started
    // as the JVM starts it.
    Thread hook = tmp.cleanup();
    hook.start();
    hook.join();
    assertThat(tmp.path).doesNotExist();
    tmp.close();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  @Timeout(20)
  void endlessBinaryInputStopsEarly() {
    InputStream zeros =
        new InputStream() {
          @Override
          public int read() {
            return 0;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 0);
            return len;
          }
        };
    InProcess.Run r = InProcess.run(PROJECT, zeros, List.of("summary", "-"));
    assertThat(r.exit()).isEqualTo(65);
    assertThat(r.stderr()).startsWith("-:1:-: value \"\": binary data (control character U+0000)");
  }

  @Test
  @Timeout(20)
  void anEndlessRulesFileIsRefused() {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    InProcess.Run r =
        InProcess.run(
            PROJECT,
            InputStream.nullInputStream(),
            List.of("check", "data/cases-sample.csv", "--rules", "/dev/zero"));
    assertThat(r.exit()).isEqualTo(65);
    assertThat(r.stderr()).startsWith("/dev/zero:1:-: value \"\": binary data (a NUL byte)");
  }

  @Test
  @Timeout(30)
  void aFifoIsReadAsAStream() throws Exception {
    Path fifo = dir.resolve("cases.fifo");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mk.waitFor() == 0);
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.write(fifo, Files.readAllBytes(PROJECT.resolve("data/cases-sample.csv")));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();
    InProcess.Run r =
        InProcess.run(
            PROJECT,
            InputStream.nullInputStream(),
            List.of("summary", fifo.toString(), "--intervals", "queue", "--as-of", "2025-10-31"));
    writer.join();
    assertThat(r.exit()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("queue,235,5,0,");
  }

  @Test
  void nothingValidIsNoSuccess() throws IOException {
    Files.writeString(dir.resolve("header.csv"), "id,assigned\n");
    Files.writeString(dir.resolve("bad.csv"), "id,assigned\nA,bad\n");
    InProcess.Run skipped =
        InProcess.run(
            dir, InputStream.nullInputStream(), List.of("summary", "bad.csv", "--skip-invalid"));
    assertThat(skipped.exit()).isEqualTo(65);
    assertThat(skipped.stderr()).contains("--skip-invalid leaves nothing to compute on");
    InProcess.Run empty =
        InProcess.run(
            dir,
            InputStream.nullInputStream(),
            List.of("summary", "header.csv", "--intervals", "queue"));
    assertThat(empty.exit()).isZero();
    // A file without cases records no milestone: its interval is not measurable, and says so.
    assertThat(empty.stderr())
        .isEqualTo(
            "nmstat: note: the input has a header but no data rows\n"
                + "nmstat: note: queue: no case has documentation_received recorded; none has"
                + " assigned recorded\n");
    InProcess.Run check =
        InProcess.run(
            dir,
            InputStream.nullInputStream(),
            List.of("check", "header.csv", "--require", "n(queue) >= 0"));
    assertThat(check.exit()).isEqualTo(1);
    InProcess.Run allowed =
        InProcess.run(
            dir,
            InputStream.nullInputStream(),
            List.of("check", "header.csv", "--require", "n(queue) >= 0", "--allow-empty"));
    assertThat(allowed.exit()).isZero();
  }

  @Test
  @Timeout(20)
  void aHeaderOfManyRepeatedColumnsIsRead() {
    StringBuilder header = new StringBuilder("id");
    StringBuilder row = new StringBuilder("A");
    for (int i = 0; i < 20_000; i++) {
      header.append(",x");
      row.append(",1");
    }
    InProcess.Run r =
        InProcess.run(
            PROJECT,
            new ByteArrayInputStream((header + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8)),
            List.of("validate", "-"));
    assertThat(r.exit()).isZero();
  }

  /**
   * One verdict per file, whatever columns a command reads: a UTF-8 file with one stray
   * Windows-1252 byte, and a field with the C1 control U+009B, in a column only some commands use.
   */
  @Test
  void oneVerdictPerFileInEveryCommand() throws IOException {
    byte[] mixed =
        concat(
            "id,area,Kommentar\nA,Øyesykdommer,ok\nB,Øyesykdommer,"
                .getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xE6},
            "rlig\n".getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("mixed.csv"), mixed);
    Files.writeString(
        dir.resolve("control.csv"),
        "id,area,Kommentar\nA,Onkologi,ok\nB,Onkologi,x\u009By\n",
        StandardCharsets.UTF_8);
    for (String file : List.of("mixed.csv", "control.csv")) {
      for (List<String> args :
          List.of(
              List.of("validate", file),
              List.of("summary", file, "--by", "area", "--intervals", "queue"),
              List.of("cases", file, "--intervals", "queue"))) {
        InProcess.Run r = InProcess.run(dir, InputStream.nullInputStream(), args);
        assertThat(r.exit()).as(args.toString()).isEqualTo(65);
        assertThat(r.stderr())
            .as(args.toString())
            .startsWith(
                file.equals("mixed.csv")
                    ? "mixed.csv:3:-: value \"\": not UTF-8 here, but line 2 is: the file mixes"
                        + " encodings; save it again as UTF-8"
                    : "control.csv:3:-: value \"\": binary data (control character U+009B)");
      }
    }
  }

  @Test
  void aWindows1252ExportIsReadAsOne() throws IOException {
    Files.write(
        dir.resolve("ansi.csv"),
        "id;Fagområde;Dokumentasjon mottatt;Påbegynt\nA;Øyesykdommer;01.02.2023;01.03.2023\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    InProcess.Run r =
        InProcess.run(
            dir,
            InputStream.nullInputStream(),
            List.of("summary", "ansi.csv", "--by", "area", "--intervals", "queue"));
    assertThat(r.exit()).isZero();
    assertThat(r.stdout()).contains("queue,Øyesykdommer,");
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}

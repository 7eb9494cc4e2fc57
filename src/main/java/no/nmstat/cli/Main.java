package no.nmstat.cli;

/** The {@code nmstat} program. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    WrittenRun.activate();
    int code = Nmstat.execute(Environment.system(), args);
    WrittenRun.finished(code);
    System.exit(code);
  }
}

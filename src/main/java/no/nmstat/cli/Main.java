package no.nmstat.cli;

/** The {@code nmstat} program. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Nmstat.execute(Environment.system(), args));
  }
}

package no.nmstat.format;

/**
 * The word for a count, singular for one and plural otherwise: the one place every message and note
 * chooses between them. Here, below every package that writes words, so that case reading and the
 * KPI rules use it as the commands and the views do.
 */
public final class Plural {
  private Plural() {}

  /** {@code n} and the word: {@code 1 case}, {@code 3 cases}, {@code 0 cases}. */
  public static String count(long n, String one, String many) {
    return n + " " + word(n, one, many);
  }

  /** The word alone for {@code n} things: {@code it} for one, {@code them} for more. */
  public static String word(long n, String one, String many) {
    return n == 1 ? one : many;
  }
}

package no.nmstat.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

public class GroupingTest {
  /**
   * The output order as documented, compared with the collator itself: Norwegian alphabetical
   * order, ties by code point, the empty value last.
   */
  public static final Comparator<String> REFERENCE = reference();

  private static Comparator<String> reference() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("nb-NO"));
    collator.setStrength(Collator.TERTIARY);
    return Comparator.comparing(String::isEmpty)
        .thenComparing(collator::compare)
        .thenComparing(Comparator.naturalOrder());
  }

  /**
   * Characters where an order by collation keys could part from the collator's: case, accents,
   * Norwegian letters and the "aa" contraction, punctuation, digits, and ignorable characters.
   */
  private static final String ALPHABET = "aAbBeEéÉzZæÆøØåÅäöü0129 -'#_.,\u00ad\u200b";

  public static String randomValue(Random random, int maxLength) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  /** Values of ASCII digits alone are ranked without the collator: the same order. */
  @Test
  void digitValuesAreRankedAsTheCollatorOrdersThem() {
    Random random = new Random(15);
    Grouping.Values values = new Grouping.Values();
    List<String> distinct = new ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(6); k > 0; k--) {
        b.append((char) ('0' + random.nextInt(10)));
      }
      String v = i < 400 ? Integer.toString(1800 + i) : b.toString();
      if (values.id(v) == distinct.size()) {
        distinct.add(v);
      }
    }
    List<String> byRank = inRankOrder(values, distinct);
    assertThat(distinct).contains("", "2025", "007");
    assertThat(byRank).isEqualTo(distinct.stream().sorted(REFERENCE).toList());
  }

  @Test
  void valuesAreRankedAsTheCollatorOrdersThem() {
    Random random = new Random(14);
    Grouping.Values values = new Grouping.Values();
    List<String> distinct = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      String v = randomValue(random, 5);
      if (values.id(v) == distinct.size()) {
        distinct.add(v);
      }
    }
    List<String> byRank = inRankOrder(values, distinct);
    assertThat(byRank).isEqualTo(distinct.stream().sorted(REFERENCE).toList());
  }

  @Test
  void valuesWhoseCollationKeysTheCollatorOrdersOtherwiseTakeTheCollatorsOrder() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("nb-NO"));
    collator.setStrength(Collator.TERTIARY);
    String hidden = "\u200b\u00ad"; // a zero-width space and a soft hyphen
    // The JDK's keys put these the other way round: the order must not come from them alone.
    assertThat(collator.getCollationKey("-").compareTo(collator.getCollationKey(hidden)))
        .isNegative();
    assertThat(collator.compare("-", hidden)).isPositive();

    Grouping.Values values = new Grouping.Values();
    List<String> distinct = List.of("-", hidden, " ", "a", "\u200b-.", " .");
    distinct.forEach(values::id);
    List<String> byRank = inRankOrder(values, distinct);
    assertThat(byRank).isEqualTo(distinct.stream().sorted(REFERENCE).toList());
  }

  @Test
  void ranksFollowValuesAddedLater() {
    Grouping.Values values = new Grouping.Values();
    values.id("ost");
    values.id("");
    assertThat(values.ranks()).containsExactly(0, 1);
    values.id("Øst");
    values.id("aa");
    values.id("zeta");
    // ost, zeta, Øst, aa (Norwegian: aa is å, after ø), then the empty value.
    assertThat(values.ranks()).containsExactly(0, 4, 2, 3, 1);
  }

  @Test
  void groupsAreInOrderDimensionByDimensionWithItemsInTheirOriginalOrder() {
    Random random = new Random(3);
    int items = 3000;
    Grouping.Values first = new Grouping.Values();
    Grouping.Values second = new Grouping.Values();
    int[][] ids = new int[2][items];
    List<List<String>> keys = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      String a = randomValue(random, 2);
      String b = randomValue(random, 1);
      ids[0][i] = first.id(a);
      ids[1][i] = second.id(b);
      keys.add(List.of(a, b));
    }
    Grouping grouping = Grouping.of(items, new Grouping.Values[] {first, second}, ids);

    Comparator<List<String>> byKey =
        Comparator.comparing((List<String> k) -> k.get(0), REFERENCE)
            .thenComparing(k -> k.get(1), REFERENCE);
    List<List<String>> expected = keys.stream().distinct().sorted(byKey).toList();
    List<List<String>> actual =
        IntStream.range(0, grouping.size()).mapToObj(grouping::key).toList();
    assertThat(actual).isEqualTo(expected);
    for (int g = 0; g < grouping.size(); g++) {
      List<Integer> members = new ArrayList<>();
      for (int k = grouping.start(g); k < grouping.end(g); k++) {
        members.add(grouping.item(k));
      }
      List<String> key = grouping.key(g);
      assertThat(members)
          .isSorted()
          .isEqualTo(
              IntStream.range(0, items).filter(i -> keys.get(i).equals(key)).boxed().toList());
    }
  }

  @Test
  void withoutDimensionsThereIsOneGroupEvenOfNothing() {
    Grouping none = Grouping.of(0, new Grouping.Values[0], new int[0][]);
    assertThat(none.size()).isEqualTo(1);
    assertThat(none.key(0)).isEmpty();
    assertThat(none.end(0) - none.start(0)).isZero();

    Grouping all = Grouping.of(3, new Grouping.Values[0], new int[0][]);
    assertThat(all.size()).isEqualTo(1);
    assertThat(IntStream.range(all.start(0), all.end(0)).map(all::item)).containsExactly(0, 1, 2);
  }

  @Test
  void withADimensionAndNoItemsThereIsNoGroup() {
    Grouping grouping =
        Grouping.of(0, new Grouping.Values[] {new Grouping.Values()}, new int[1][0]);
    assertThat(grouping.size()).isZero();
  }

  /** {@code distinct} (the values in the order of their ids) put in the order of their ranks. */
  private static List<String> inRankOrder(Grouping.Values values, List<String> distinct) {
    int[] ranks = values.ranks();
    List<String> byRank = new ArrayList<>(distinct);
    for (int id = 0; id < distinct.size(); id++) {
      byRank.set(ranks[id], distinct.get(id));
    }
    return byRank;
  }
}

package no.nmstat.table;

import java.time.LocalDate;

/**
 * The fields of one worksheet row. A number cell in a date column is an Excel serial date, whatever
 * its format (the decisions workbook writes 43451 for 17 December 2018, and 0 for no date); a
 * number cell formatted as a date reads as an ISO date wherever text is asked for.
 */
final class SheetFields implements Fields {
  private final String[] texts;
  private final String[] numbers;
  private final boolean[] dates;

  /**
   * A row of {@code texts}; {@code numbers} holds the raw value of each number cell (null for other
   * cells), {@code dates} whether a number cell is formatted as a date.
   */
  SheetFields(String[] texts, String[] numbers, boolean[] dates) {
    this.texts = texts;
    this.numbers = numbers;
    this.dates = dates;
  }

  @Override
  public int size() {
    return texts.length;
  }

  @Override
  public boolean blank(int i) {
    return text(i).isEmpty();
  }

  @Override
  public String text(int i) {
    if (numbers[i] != null && dates[i]) {
      DateReader.Result r = DateReader.serial(numbers[i]);
      if (r instanceof DateReader.Day d) {
        return LocalDate.ofEpochDay(d.epochDay()).toString();
      }
    }
    return texts[i];
  }

  @Override
  public String pooledText(int i) {
    return text(i);
  }

  @Override
  public int day(int i) {
    if (numbers[i] == null) {
      return texts[i].isEmpty() ? BLANK : NOT_QUICK;
    }
    DateReader.Result r = DateReader.serial(numbers[i]);
    if (r instanceof DateReader.Day d) {
      return d.epochDay();
    }
    return r instanceof DateReader.Empty ? BLANK : NOT_QUICK;
  }

  @Override
  public DateReader.Result date(int i, DateReader reader) {
    return numbers[i] != null ? DateReader.serial(numbers[i]) : reader.read(texts[i]);
  }
}

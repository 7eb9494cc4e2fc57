package no.nmstat.sample;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * DMP's case handlers, simulated event by event: when a handler finishes a case it takes the next
 * one in the queue, so assignments come at the pace the handlers can work, and cases wait longer
 * when documentation arrives faster than that.
 *
 * <p>On 1 January each year DMP plans the year's staff: enough for the work that arrives in it (the
 * active days of the cases that join the queue) at a planned load, plus half the work by which the
 * queue then exceeds a normal queue of {@value #NORMAL_WAIT} days (less when it is shorter). The
 * year's actual load (days of other work per day of a case's active time) then decides whether the
 * queue grows or shrinks. Planning from the work that arrives and from the queue keeps a small run
 * from drifting with its chance arrivals and service times, so 250 and a million cases give the
 * same shape. The queue is ordered by a rank the caller gives each case. Cases and handlers are
 * primitive arrays and heaps, so ten million cases fit in a small heap.
 */
final class CaseHandlers {
  /** Bits of a packed key below the day: room for a case index up to {@code 2^31 - 1}. */
  private static final int DAY_SHIFT = 32;

  private static final int FIRST_YEAR = 2018;

  /**
   * Days a handler is busy per day of a case's active time (handlers also do other work), by year
   * from 2018; later years keep the last value. Above {@link #PLANNED_LOAD} the queue grows: staff
   * and COVID pushed the load up in 2020–2021 until documentation arrived far faster than cases
   * were taken; it eases from 2022 and is as planned from 2024. 2018's is low because its cases
   * start from nothing in January and arrive ever faster through the year, while its staff is
   * planned on the year's average (and on a queue DMP had before; the generator has none).
   */
  private static final double[] LOAD = {0.8, 1.2, 1.64, 1.3, 1.2, 1.22, 1.25, 1.24};

  /** The load staff is planned for. */
  private static final double PLANNED_LOAD = 1.25;

  /** Days of arriving work DMP regards as a normal queue. */
  static final int NORMAL_WAIT = 20;

  /** The share of the queue's excess over normal that a year's plan sets out to clear. */
  private static final double CLEARED = 0.5;

  /** A year's work is known from its arrivals when at least this many days of them are. */
  private static final int MIN_PLANNING_DAYS = 90;

  private final long[] queued;
  private final int queuedCount;
  private final long[] rank;
  private final int[] active;

  /** Active days arriving per day, by year from 2018 (later years: the last known). */
  private final double[] arriving;

  private final MinHeap handlers = new MinHeap();
  private final MinHeap queue = new MinHeap();
  private int staff;

  /**
   * How much longer a case takes this year because the handlers share fewer full-time equivalents
   * than there are handlers (at least 1).
   */
  private double pace;

  private CaseHandlers(
      long[] queued, int queuedCount, long[] rank, int[] active, LocalDate lastArrival) {
    this.queued = queued;
    this.queuedCount = queuedCount;
    this.rank = rank;
    this.active = active;
    this.arriving = arriving(queued, queuedCount, active, lastArrival);
  }

  /** The load of a year (see {@link #LOAD}). */
  static double load(int year) {
    return LOAD[Math.max(0, Math.min(LOAD.length - 1, year - FIRST_YEAR))];
  }

  /** Packs a day and a case index into one sortable key. */
  static long key(int day, int index) {
    return (long) day << DAY_SHIFT | index;
  }

  /**
   * A case's place in the queue: priority cases first, the others in order of {@code day}
   * (documentation received, or rejoined after being set aside), ties by index.
   */
  static long rank(boolean priority, int day, int index) {
    return (priority ? 0 : 1L << 62) | key(day, index);
  }

  /**
   * The day each queued case is assigned a handler.
   *
   * @param queued the cases that join the queue, each {@link #key(int, int)} of the day it joins
   *     and its index; sorted here
   * @param rank each case's place in the queue (smaller is taken first), by index
   * @param active each case's active time in days, by index
   * @param lastArrival the last day up to which arrivals are complete (later ones thin out, as
   *     commissions stop): a year's work is known from its arrivals up to it
   * @return the assignment day by index ({@code Integer.MIN_VALUE} for cases never queued)
   */
  static int[] assign(
      long[] queued, int queuedCount, long[] rank, int[] active, LocalDate lastArrival) {
    Arrays.sort(queued, 0, queuedCount);
    return new CaseHandlers(queued, queuedCount, rank, active, lastArrival).run();
  }

  private static double[] arriving(
      long[] queued, int queuedCount, int[] active, LocalDate lastArrival) {
    int years = Math.max(1, lastArrival.getYear() - FIRST_YEAR + 1);
    double[] work = new double[years];
    for (int k = 0; k < queuedCount; k++) {
      int day = (int) (queued[k] >>> DAY_SHIFT);
      int y = LocalDate.ofEpochDay(day).getYear() - FIRST_YEAR;
      if (y >= 0 && y < years && day <= lastArrival.toEpochDay()) {
        work[y] += active[(int) queued[k]];
      }
    }
    double[] perDay = new double[years];
    for (int y = 0; y < years; y++) {
      LocalDate start = LocalDate.of(FIRST_YEAR + y, 1, 1);
      long days = Math.min(start.lengthOfYear(), lastArrival.toEpochDay() - start.toEpochDay() + 1);
      perDay[y] =
          days < MIN_PLANNING_DAYS || work[y] == 0 ? y == 0 ? 0 : perDay[y - 1] : work[y] / days;
    }
    return perDay;
  }

  private int[] run() {
    int[] assigned = new int[active.length];
    Arrays.fill(assigned, Integer.MIN_VALUE);
    int next = 0;
    int year = FIRST_YEAR;
    plan(year);
    int now = (int) LocalDate.of(year, 1, 1).toEpochDay();
    int nextYear = (int) LocalDate.of(year + 1, 1, 1).toEpochDay();
    for (int done = 0; done < queuedCount; done++) {
      now = Math.max(now, (int) handlers.pop());
      if (queue.isEmpty()) {
        now = Math.max(now, (int) (queued[next] >>> DAY_SHIFT));
      }
      while (now >= nextYear) {
        // The new year is planned on the queue as it stands on 1 January.
        while (next < queuedCount && (int) (queued[next] >>> DAY_SHIFT) < nextYear) {
          queue.push(rank[(int) queued[next++]]);
        }
        plan(++year);
        nextYear = (int) LocalDate.of(year + 1, 1, 1).toEpochDay();
      }
      while (next < queuedCount && (int) (queued[next] >>> DAY_SHIFT) <= now) {
        queue.push(rank[(int) queued[next++]]);
      }
      int c = (int) queue.pop();
      assigned[c] = now;
      handlers.push(now + (int) Math.max(1, Math.round(active[c] * load(year) * pace)));
    }
    return assigned;
  }

  /**
   * Plans {@code year}'s staff on 1 January: whole handlers, hired evenly through the year and
   * sharing the full-time equivalents the plan needs (a handler may work part time on cases). The
   * staff of 2018 was busy with earlier cases, which it finishes evenly through 2018.
   */
  private void plan(int year) {
    double perDay = arriving[Math.min(arriving.length - 1, year - FIRST_YEAR)];
    double queuedWork = 0;
    for (int k = 0; k < queue.size; k++) {
      queuedWork += active[(int) queue.items[k]];
    }
    double excess = queuedWork - NORMAL_WAIT * perDay;
    double fte = Math.max(perDay / 2, perDay + CLEARED * excess / 365) * PLANNED_LOAD;
    int needed = Math.max(1, (int) Math.ceil(fte));
    int hired = Math.max(0, needed - staff);
    staff += hired;
    pace = fte > 0 ? staff / fte : 1;
    LocalDate start = LocalDate.of(year, 1, 1);
    int days = start.lengthOfYear();
    for (int h = 0; h < hired; h++) {
      handlers.push(start.toEpochDay() + (2L * h + 1) * days / (2L * hired));
    }
  }

  /** A min-heap of longs: the days handlers are free, and packed queue keys. */
  private static final class MinHeap {
    long[] items = new long[1024];
    int size;

    boolean isEmpty() {
      return size == 0;
    }

    void push(long v) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      int i = size++;
      while (i > 0 && items[(i - 1) / 2] > v) {
        items[i] = items[(i - 1) / 2];
        i = (i - 1) / 2;
      }
      items[i] = v;
    }

    long pop() {
      long top = items[0];
      long last = items[--size];
      int i = 0;
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && items[child + 1] < items[child]) {
          child++;
        }
        if (items[child] >= last) {
          break;
        }
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
      return top;
    }
  }
}

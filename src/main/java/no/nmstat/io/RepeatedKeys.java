package no.nmstat.io;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import no.nmstat.model.CaseTable;

/**
 * The rows that may be rounds of one method, found by their keys' fingerprints without an object
 * per row: the first step of {@link Rounds}, which runs over every row of every input.
 */
final class RepeatedKeys {
  private RepeatedKeys() {}

  /**
   * The rows of {@code tables} ({@code n} in all, numbered across them) whose key's fingerprint
   * occurs more than once. A fingerprint shared by different keys only makes their rows candidates,
   * told apart by their keys.
   *
   * <p>The rows are first put in buckets by their fingerprint's high bits (a counting sort of
   * fingerprint and row, eight bytes a row), and each bucket is then checked with a table small
   * enough to stay in the processor's cache: one table for all rows, probed at random, missed the
   * cache on almost every row and was the largest part of finding rounds.
   */
  static BitSet rows(List<CaseTable> tables, int n) {
    // About a thousand rows a bucket, at most 2^12 buckets.
    int bits = Math.max(1, Math.min(12, 32 - Integer.numberOfLeadingZeros(n >>> 10)));
    int shift = 32 - bits;
    int[] next = new int[(1 << bits) + 1];
    for (CaseTable t : tables) {
      for (int row = 0; row < t.size(); row++) {
        next[(fingerprint(t.keyHash(row)) >>> shift) + 1]++;
      }
    }
    int largest = 0;
    for (int b = 0; b < 1 << bits; b++) {
      largest = Math.max(largest, next[b + 1]);
      next[b + 1] += next[b];
    }
    long[] sorted = new long[n];
    int i = 0;
    for (CaseTable t : tables) {
      for (int row = 0; row < t.size(); row++, i++) {
        int key = fingerprint(t.keyHash(row));
        sorted[next[key >>> shift]++] = (long) key << 32 | i;
      }
    }
    // At most half full, so that probes stay short; a slot holds a fingerprint (0: empty) and
    // whether it was seen more than once.
    int capacity = Integer.highestOneBit(Math.max(8, largest)) * 4;
    int[] table = new int[capacity];
    boolean[] repeated = new boolean[capacity];
    int mask = capacity - 1;
    BitSet candidates = new BitSet(n);
    int from = 0;
    for (int b = 0; b < 1 << bits; b++) {
      int to = next[b];
      boolean any = false;
      for (int k = from; k < to; k++) {
        int slot = slot((int) (sorted[k] >>> 32), table, mask);
        any |= table[slot] != 0;
        repeated[slot] = table[slot] != 0;
        table[slot] = (int) (sorted[k] >>> 32);
      }
      for (int k = from; k < to && any; k++) {
        int slot = slot((int) (sorted[k] >>> 32), table, mask);
        if (repeated[slot]) {
          candidates.set((int) sorted[k]);
        }
      }
      Arrays.fill(table, 0);
      Arrays.fill(repeated, false);
      from = to;
    }
    return candidates;
  }

  /** The slot of {@code key} in {@code table}: where it is, else the empty slot it would take. */
  private static int slot(int key, int[] table, int mask) {
    int slot = (key ^ (key >>> 15) ^ (key >>> 27)) & mask;
    while (table[slot] != 0 && table[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** A four-byte fingerprint of a key hash, never 0 (which marks an empty slot). */
  private static int fingerprint(long hash) {
    int f = (int) (hash ^ (hash >>> 32));
    return f == 0 ? 1 : f;
  }
}

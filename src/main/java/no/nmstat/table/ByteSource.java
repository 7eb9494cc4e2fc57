package no.nmstat.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes of an input, read by position so that several threads can read parts of one file
 * without loading all of it.
 */
public interface ByteSource extends AutoCloseable {

  /** The number of bytes. */
  long size();

  /** Reads up to {@code length} bytes at {@code position} into {@code buffer}; the count read. */
  int read(long position, byte[] buffer, int offset, int length);

  @Override
  void close();

  /** Bytes held in memory. */
  static ByteSource of(byte[] bytes) {
    return new ByteSource() {
      @Override
      public long size() {
        return bytes.length;
      }

      @Override
      public int read(long position, byte[] buffer, int offset, int length) {
        int n = (int) Math.max(0, Math.min(length, bytes.length - position));
        System.arraycopy(bytes, (int) position, buffer, offset, n);
        return n;
      }

      @Override
      public void close() {}
    };
  }

  /** An open file; positional reads are safe from several threads. */
  static ByteSource of(FileChannel channel) throws IOException {
    long size = channel.size();
    return new ByteSource() {
      @Override
      public long size() {
        return size;
      }

      @Override
      public int read(long position, byte[] buffer, int offset, int length) {
        ByteBuffer target = ByteBuffer.wrap(buffer, offset, length);
        try {
          while (target.hasRemaining() && position + target.position() - offset < size) {
            if (channel.read(target, position + target.position() - offset) < 0) {
              break;
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return target.position() - offset;
      }

      @Override
      public void close() {
        try {
          channel.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}

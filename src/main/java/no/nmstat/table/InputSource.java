package no.nmstat.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A named input: a file, or standard input when the name is {@code -}.
 *
 * @param name the name used in problem reports
 * @param path the file, or {@code null} for standard input
 * @param stdin the stream read when {@code path} is null
 */
public record InputSource(String name, Path path, InputStream stdin) {

  /** The source for a command-line argument, {@code -} meaning {@code stdin}. */
  public static InputSource of(String argument, Path workingDirectory, InputStream stdin) {
    if (argument.equals("-")) {
      return new InputSource("-", null, stdin);
    }
    return new InputSource(argument, workingDirectory.resolve(argument), null);
  }

  /**
   * The input's bytes, read by position. Standard input, pipes, FIFOs and {@code /dev/stdin} (whose
   * size says nothing) are read whole as streams; see {@link #readStream}.
   */
  public ByteSource open() throws InputFileException {
    if (path == null) {
      try {
        return ByteSource.of(readStream(stdin));
      } catch (IOException e) {
        throw new InputFileException("-: cannot read standard input: " + e.getMessage(), e);
      }
    }
    if (Files.isDirectory(path)) {
      throw new InputFileException(name + ": is a directory, not a file", null);
    }
    try {
      if (!Files.isRegularFile(path)) {
        try (InputStream in = Files.newInputStream(path)) {
          return ByteSource.of(readStream(in));
        }
      }
      return ByteSource.of(java.nio.channels.FileChannel.open(path));
    } catch (NoSuchFileException e) {
      throw new InputFileException(name + ": no such file", e);
    } catch (IOException e) {
      throw new InputFileException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a stream to its end, or only up to the block holding the first NUL byte when the input is
   * not a workbook: text has none, so the rest of binary or endless input ({@code < /dev/zero})
   * need not be read; the CSV reader then reports the binary data at its line.
   */
  static byte[] readStream(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    byte[] block = new byte[1 << 16];
    boolean zip = false;
    long total = 0;
    int n;
    while ((n = in.readNBytes(block, 0, block.length)) > 0) {
      if (total == 0) {
        zip = WorkbookInput.isWorkbook(block, n);
      }
      all.write(block, 0, n);
      total += n;
      if (!zip && hasNul(block, n)) {
        break;
      }
    }
    return all.toByteArray();
  }

  private static boolean hasNul(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }
}

package no.nmstat.io;

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

  /** The input's bytes, read by position (standard input is read whole). */
  ByteSource open() throws InputFileException {
    if (path == null) {
      try {
        return ByteSource.of(stdin.readAllBytes());
      } catch (IOException e) {
        throw new InputFileException("-: cannot read standard input: " + e.getMessage(), e);
      }
    }
    if (Files.isDirectory(path)) {
      throw new InputFileException(name + ": is a directory, not a file", null);
    }
    try {
      return ByteSource.of(java.nio.channels.FileChannel.open(path));
    } catch (NoSuchFileException e) {
      throw new InputFileException(name + ": no such file", e);
    } catch (IOException e) {
      throw new InputFileException(name + ": cannot read: " + e.getMessage(), e);
    }
  }
}

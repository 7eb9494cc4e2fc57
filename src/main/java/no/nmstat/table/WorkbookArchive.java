package no.nmstat.table;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A workbook's ZIP archive, checked before fastexcel reads it. Every part is inflated once with its
 * bytes counted (the sizes an archive declares can lie): a part that inflates to more than {@link
 * #MAX_INFLATION} times its compressed size, once past {@link #GRACE} bytes, or parts that inflate
 * to more than {@link #MAX_TOTAL} bytes together, are refused, as a ZIP bomb would be, before
 * anything is held in memory. The same pass tells whether the workbook has a styles part: valid
 * OOXML may leave it out, and then no cell carries a number format.
 */
final class WorkbookArchive {
  /** Apache POI's bound (ZipSecureFile's minimum inflate ratio 0.01). */
  static final long MAX_INFLATION = 100;

  /** Bytes a part may inflate to whatever its ratio (POI's grace entry size). */
  static final long GRACE = 100 * 1024;

  /** Bytes all parts together may inflate to. */
  static final long MAX_TOTAL = 1L << 30;

  private static final String CONTENT_TYPES = "[Content_Types].xml";

  private static final String STYLES_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

  /**
   * What the check found.
   *
   * @param refusal why the workbook is refused, null when it may be read
   * @param part the part refused (null when none)
   * @param hasStyles whether the styles part the content types name is in the archive
   */
  record Verdict(String refusal, String part, boolean hasStyles) {}

  private final long maxTotal;
  private long total;

  /** A check with a bound of {@code maxTotal} bytes for all parts together. */
  WorkbookArchive(long maxTotal) {
    this.maxTotal = maxTotal;
  }

  /** Checks the workbook in {@code source}. */
  static Verdict check(ByteSource source) throws IOException {
    return new WorkbookArchive(MAX_TOTAL).inspect(source);
  }

  Verdict inspect(ByteSource source) throws IOException {
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel(source)).get()) {
      List<String> names = new ArrayList<>();
      String styles = null;
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        names.add(partName(entry.getName()));
        try (Counted in = new Counted(zip.getInputStream(entry), entry.getCompressedSize())) {
          if (entry.getName().equalsIgnoreCase(CONTENT_TYPES)) {
            styles = stylesPart(in);
          }
          in.transferTo(OutputStream.nullOutputStream());
        } catch (Inflated e) {
          return new Verdict(e.getMessage(), entry.getName(), false);
        }
      }
      boolean hasStyles = styles != null && names.contains(partName(styles));
      return new Verdict(null, null, hasStyles);
    }
  }

  /** A part's name as fastexcel finds it: no leading slash, any case. */
  private static String partName(String name) {
    return (name.startsWith("/") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
  }

  /** The part the content types declare as the styles, null when none. */
  private static String stylesPart(InputStream in) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT
              && r.getLocalName().equals("Override")
              && STYLES_TYPE.equals(r.getAttributeValue(null, "ContentType"))) {
            return r.getAttributeValue(null, "PartName");
          }
        }
        return null;
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof Inflated inflated) {
        throw inflated;
      }
      throw new IOException(CONTENT_TYPES + ": " + e.getMessage(), e);
    }
  }

  /** A part's inflated bytes, counted against the bounds. */
  private final class Counted extends FilterInputStream {
    private final long compressed;
    private long count;

    Counted(InputStream in, long compressed) {
      super(in);
      this.compressed = Math.max(1, compressed);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws Inflated {
      count += n;
      total += n;
      if (count > GRACE && count > compressed * MAX_INFLATION) {
        throw new Inflated(
            "the part inflates to more than "
                + MAX_INFLATION
                + " times its compressed size of "
                + compressed
                + " bytes: refused, as a ZIP bomb would be;"
                + " save the sheet anew, or as CSV");
      }
      if (total > maxTotal) {
        throw new Inflated(
            "the workbook's parts inflate to more than "
                + maxTotal
                + " bytes: refused before reading; save the sheet as CSV");
      }
    }
  }

  /** A bound passed while inflating. */
  private static final class Inflated extends IOException {
    private static final long serialVersionUID = 1L;

    Inflated(String message) {
      super(message);
    }
  }

  /** {@code source} as a read-only channel, for the archive's random access. */
  private static SeekableByteChannel channel(ByteSource source) {
    return new SeekableByteChannel() {
      private long position;
      private boolean open = true;

      @Override
      public int read(ByteBuffer dst) {
        if (position >= source.size()) {
          return -1;
        }
        int length = (int) Math.min(dst.remaining(), source.size() - position);
        byte[] bytes = new byte[length];
        int n = source.read(position, bytes, 0, length);
        dst.put(bytes, 0, n);
        position += n;
        return n;
      }

      @Override
      public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
      }

      @Override
      public long position() {
        return position;
      }

      @Override
      public SeekableByteChannel position(long newPosition) {
        position = newPosition;
        return this;
      }

      @Override
      public long size() {
        return source.size();
      }

      @Override
      public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
      }

      @Override
      public boolean isOpen() {
        return open;
      }

      @Override
      public void close() {
        open = false;
      }
    };
  }
}

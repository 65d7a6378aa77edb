package org.cortado.rootio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file on an HTTP(S) server, fetched with {@code Range: bytes=a-b} requests, as CMS sites serve
 * XRootD data over HTTPS/WebDAV and the CERN open-data portal serves NanoAOD. The file length comes
 * from the {@code Content-Range} of a first request for its head. A server that ignores ranges, or
 * answers with other bytes than asked for, is refused; connection failures, timeouts, 5xx answers and
 * short bodies are retried with exponential backoff, and then fail naming the URL, the byte range and
 * the last cause. Every request has a deadline, so a stalled server cannot hang a read.
 */
public final class HttpRanges implements RangeFetcher {
  /**
   * How requests are retried and bounded.
   *
   * @param attempts tries per range, the first included
   * @param firstBackoff the wait after the first failure, doubled after each further one
   * @param connectTimeout the longest a connection may take to open
   * @param requestTimeout the longest one request may take, headers and body
   * @param headBytes how many bytes the first request, which learns the length, fetches
   */
  public record Options(int attempts, Duration firstBackoff, Duration connectTimeout, Duration requestTimeout,
      int headBytes) {
    public Options {
      if (attempts < 1 || firstBackoff.isNegative() || connectTimeout.isNegative() || connectTimeout.isZero()
          || requestTimeout.isNegative() || requestTimeout.isZero() || headBytes < 1) {
        throw new IllegalArgumentException("HTTP options need attempts >= 1, positive timeouts and head bytes,"
            + " a backoff >= 0: " + this);
      }
    }

    /** 4 attempts 100 ms, 200 ms and 400 ms apart; 10 s to connect, 60 s per request; a 256 KiB head. */
    public static Options defaults() {
      return new Options(4, Duration.ofMillis(100), Duration.ofSeconds(10), Duration.ofSeconds(60), 256 << 10);
    }
  }

  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");
  /** One client per connect timeout: each holds a selector thread and a connection pool. */
  private static final Map<Duration, HttpClient> CLIENTS = new ConcurrentHashMap<>();

  private final URI uri;
  private final Options options;
  private final HttpClient client;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong bytesReceived = new AtomicLong();
  private long length;
  private byte[] head;

  private HttpRanges(URI uri, Options options) {
    this.uri = uri;
    this.options = options;
    this.client = CLIENTS.computeIfAbsent(options.connectTimeout(), t -> HttpClient.newBuilder()
        .connectTimeout(t)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build());
  }

  /**
   * Opens {@code uri} ({@code http} or {@code https}), fetching its first {@link Options#headBytes}
   * bytes to learn its length.
   */
  public static HttpRanges open(URI uri, Options options) throws IOException {
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(uri + " is not an http:// or https:// URL");
    }
    HttpRanges ranges = new HttpRanges(uri, options);
    ranges.head = ranges.exchange(0, options.headBytes(), true);
    return ranges;
  }

  @Override
  public long length() {
    return length;
  }

  @Override
  public byte[] head() {
    return head;
  }

  @Override
  public void fetch(long pos, byte[] dst, int off, int len) throws IOException {
    if (len == 0) {
      return;
    }
    byte[] body = exchange(pos, len, false);
    System.arraycopy(body, 0, dst, off, len);
  }

  /** HTTP requests sent so far, retries and the first request included. */
  public long requests() {
    return requests.get();
  }

  /** Body bytes received in answers that were used. */
  public long bytesReceived() {
    return bytesReceived.get();
  }

  @Override
  public String location() {
    return uri.toString();
  }

  @Override
  public void close() {
    // The shared client keeps its pooled connections for other files; nothing is held per file.
  }

  /** The {@code len} bytes at {@code pos} (for the probe: up to {@code len}), retried as the options say. */
  private byte[] exchange(long pos, int len, boolean probe) throws IOException {
    ByteRange range = new ByteRange(pos, len);
    long wait = options.firstBackoff().toMillis();
    Transient last = null;
    for (int attempt = 1; attempt <= options.attempts(); attempt++) {
      if (attempt > 1) {
        sleep(wait);
        wait *= 2;
      }
      try {
        return attempt(range, probe);
      } catch (Transient e) {
        last = e;
      }
    }
    throw new IOException(uri + ": " + range + " could not be read in " + options.attempts() + " attempts; the last"
        + " failed with: " + last.getMessage(), last.getCause() != null ? last.getCause() : last);
  }

  private byte[] attempt(ByteRange range, boolean probe) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .header("Range", "bytes=" + range.start() + "-" + (range.end() - 1))
        .timeout(options.requestTimeout())
        .GET()
        .build();
    requests.incrementAndGet();
    // A server may answer 200 to a range covering the whole file: that is the probe of a small file,
    // or a prefetch of all of one.
    boolean whole = probe || (range.start() == 0 && range.length() == length);
    CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request,
        info -> info.statusCode() == 206 || (whole && info.statusCode() == 200)
            ? new CappedBody((int) range.length())
            : new CappedBody(0));
    HttpResponse<byte[]> response;
    try {
      response = answer.get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(uri + ": interrupted while reading " + range);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw timedOut(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CappedBody.TooLong) {
        throw refused(range, cause.getMessage() + "; does the server ignore Range requests?");
      }
      if (cause instanceof HttpTimeoutException) {
        throw timedOut(cause);
      }
      throw new Transient(String.valueOf(cause), cause);
    }
    return checked(range, probe, whole, response);
  }

  /** The body of {@code response} if it holds exactly the bytes asked for. */
  private byte[] checked(ByteRange range, boolean probe, boolean whole, HttpResponse<byte[]> response)
      throws IOException {
    int status = response.statusCode();
    if (status == 200) {
      if (!whole) {
        throw refused(range, "the server ignores Range requests (it answered 200 with the whole file);"
            + " remote files are read only from servers that serve byte ranges");
      }
      byte[] body = response.body();
      if (probe) {
        length = body.length;
      } else if (body.length != length) {
        throw new Transient("short body: " + body.length + " of " + length + " bytes", null);
      }
      bytesReceived.addAndGet(body.length);
      return body;
    }
    if (status == 408 || status == 429 || status >= 500) {
      throw new Transient("HTTP " + status, null);
    }
    if (status != 206) {
      throw refused(range, "HTTP " + status + (status == 404 ? " (not found)" : status == 416
          ? " (the range is not satisfiable: is the file shorter than it was?)" : ""));
    }
    String header = response.headers().firstValue("Content-Range").orElse("");
    Matcher m = CONTENT_RANGE.matcher(header);
    if (!m.matches() || m.group(3).equals("*")) {
      throw refused(range, "answered 206 without a Content-Range giving the file length ('" + header + "')");
    }
    long first = Long.parseLong(m.group(1));
    long last = Long.parseLong(m.group(2));
    long total = Long.parseLong(m.group(3));
    if (probe) {
      length = total;
    }
    long expectedEnd = probe ? Math.min(range.end(), total) : range.end();
    if (first != range.start() || last + 1 != expectedEnd || total != length) {
      throw refused(range, "answered with bytes [" + first + ", " + (last + 1) + ") of " + total
          + " instead (of " + length + ")");
    }
    byte[] body = response.body();
    if (body.length != expectedEnd - range.start()) {
      throw new Transient("short body: " + body.length + " of " + (expectedEnd - range.start()) + " bytes", null);
    }
    bytesReceived.addAndGet(body.length);
    return body;
  }

  /** The client's own deadline (headers) and ours (the whole answer) read alike. */
  private Transient timedOut(Throwable cause) {
    return new Transient("no complete answer within " + options.requestTimeout().toMillis() + " ms", cause);
  }

  private IOException refused(ByteRange range, String why) {
    return new IOException(uri + ": " + range + ": " + why);
  }

  private void sleep(long millis) throws InterruptedIOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(uri + ": interrupted while waiting to retry");
    }
  }

  /** A failure worth another attempt: the connection, a timeout, a 5xx answer or a short body. */
  private static final class Transient extends IOException {
    private static final long serialVersionUID = 1L;

    Transient(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

package org.cortado.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP server on the loopback address serving the files of one folder with single
 * {@code Range: bytes=a-b} requests, as a site's WebDAV door does, and misbehaving on demand so that
 * tests can see how a reader copes with drops, stalls and servers that ignore ranges.
 */
public final class RangeServer implements AutoCloseable {
  /** How the server answers. */
  public enum Fault {
    /** Correct answers. */
    NONE,
    /** The connection is closed before any answer. */
    DROP,
    /** 200 with the whole file, whatever range was asked for. */
    IGNORE_RANGE,
    /** 206 with the right Content-Range but half the bytes (and a Content-Length saying so). */
    SHORT_BODY,
    /** The headers promise the range, then the connection closes halfway through the body. */
    TRUNCATE,
    /** 503 Service Unavailable. */
    UNAVAILABLE,
    /** No answer at all, until the server is closed. */
    STALL
  }

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

  static {
    // The JDK server writes headers and body apart; with Nagle's algorithm on, every small answer
    // waits some 40 ms for the client's delayed ACK, which web servers avoid with TCP_NODELAY.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final Path root;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "range-server");
    t.setDaemon(true);
    return t;
  });
  private final AtomicLong requests = new AtomicLong();
  private final AtomicInteger faultsLeft = new AtomicInteger();
  private volatile Fault fault = Fault.NONE;
  private volatile long latencyMillis;

  private RangeServer(Path root) throws IOException {
    this.root = root;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** Serves the files below {@code root}. */
  public static RangeServer serving(Path root) throws IOException {
    return new RangeServer(root);
  }

  /** The URL of {@code file}, which lies below the served folder. */
  public URI url(Path file) {
    String relative = root.relativize(file).toString().replace('\\', '/');
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + relative);
  }

  /** Misbehaves as {@code f} for the next {@code times} requests, then answers correctly again. */
  public void failNext(Fault f, int times) {
    faultsLeft.set(times);
    fault = f;
  }

  /** Misbehaves as {@code f} for every request from now on. */
  public void failAlways(Fault f) {
    failNext(f, Integer.MAX_VALUE);
  }

  /** Waits {@code millis} before each answer, as a distant server's round trip would. */
  public void latency(long millis) {
    latencyMillis = millis;
  }

  /** Requests received so far. */
  public long requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      if (latencyMillis > 0) {
        try {
          Thread.sleep(latencyMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      Fault now = fault != Fault.NONE && faultsLeft.getAndDecrement() > 0 ? fault : Fault.NONE;
      Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      long length = Files.size(file);
      Matcher m = RANGE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Range")));
      switch (now) {
        case DROP -> throw new IOException("dropping the connection on purpose");
        case UNAVAILABLE -> {
          exchange.sendResponseHeaders(503, -1);
          return;
        }
        case STALL -> {
          try {
            Thread.sleep(Long.MAX_VALUE);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return;
        }
        default -> { }
      }
      if (now == Fault.IGNORE_RANGE || !m.matches()) {
        exchange.sendResponseHeaders(200, length);
        send(exchange.getResponseBody(), file, 0, length);
        return;
      }
      long first = Long.parseLong(m.group(1));
      long last = Math.min(Long.parseLong(m.group(2)), length - 1);
      if (first >= length || last < first) {
        exchange.getResponseHeaders().set("Content-Range", "bytes */" + length);
        exchange.sendResponseHeaders(416, -1);
        return;
      }
      long size = last - first + 1;
      exchange.getResponseHeaders().set("Content-Range", "bytes " + first + "-" + last + "/" + length);
      if (now == Fault.SHORT_BODY) {
        exchange.sendResponseHeaders(206, size / 2);
        send(exchange.getResponseBody(), file, first, size / 2);
        return;
      }
      exchange.sendResponseHeaders(206, size);
      if (now == Fault.TRUNCATE) {
        send(exchange.getResponseBody(), file, first, size / 2);
        throw new IOException("cutting the body short on purpose");
      }
      send(exchange.getResponseBody(), file, first, size);
    }
  }

  private static void send(OutputStream out, Path file, long from, long count) throws IOException {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      in.seek(from);
      byte[] buffer = new byte[1 << 16];
      long left = count;
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new IOException(file + " ended early");
        }
        out.write(buffer, 0, n);
        left -= n;
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}

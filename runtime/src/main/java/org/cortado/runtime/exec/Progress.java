package org.cortado.runtime.exec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Reports processed events and the rate. On a terminal one line is redrawn in place with
 * {@code \r} every half second; in a log (output piped) a plain line is printed every ten
 * seconds, since carriage returns garble log files.
 */
public final class Progress implements AutoCloseable {
  private final PrintWriter out;
  private final boolean terminal;
  private volatile long total;
  private final LongAdder done = new LongAdder();
  private final long started = System.nanoTime();
  private final ScheduledExecutorService ticker;

  private Progress(PrintWriter out, boolean terminal, long total) {
    this.out = out;
    this.terminal = terminal;
    this.total = total;
    if (out == null) {
      this.ticker = null;
    } else {
      this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cortado-progress");
        t.setDaemon(true);
        return t;
      });
      long period = terminal ? 500 : 10_000;
      ticker.scheduleAtFixedRate(this::print, period, period, TimeUnit.MILLISECONDS);
    }
  }

  /** Reports nothing. */
  public static Progress quiet() {
    return new Progress(null, false, 0);
  }

  /** Reports to {@code out}; {@code terminal} picks the redrawn line over periodic lines. */
  public static Progress to(PrintWriter out, boolean terminal) {
    return new Progress(out, terminal, 0);
  }

  /** Sets the number of events the run will process, once it is planned. */
  public void expect(long events) {
    total = events;
  }

  /** Counts {@code events} more processed events; safe from any thread. */
  public void add(long events) {
    done.add(events);
  }

  private synchronized void print() {
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    long n = done.sum();
    String line = String.format(Locale.ROOT, "%,d / %,d events (%.0f%%), %,.0f events/s, %.1f s",
        n, total, total == 0 ? 100.0 : 100.0 * n / total, n / seconds, seconds);
    if (terminal) {
      out.print("\r" + line);
    } else {
      out.println(line);
    }
    out.flush();
  }

  /** Stops reporting, after a final line. */
  @Override
  public void close() {
    if (ticker == null) {
      return;
    }
    ticker.shutdownNow();
    print();
    if (terminal) {
      out.println();
    }
  }
}

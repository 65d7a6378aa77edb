package org.cortado.runtime.generate;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.ObjLongConsumer;

/**
 * Generates events on a thread of its own while the caller writes the ones before: drawing an
 * event and writing it to ROOT baskets take comparable time, so overlapping the two keeps files
 * with many branches quick to make. One thread draws every event in order from the generator's
 * streams and the caller receives them in that order, so the output does not depend on timing.
 * Events travel in a few batches that go back and forth, and nothing is allocated per event.
 */
final class EventPipeline implements AutoCloseable {
  private static final int BATCH = 128;
  private static final int BATCHES = 4;

  private final BlockingQueue<Batch> filled = new ArrayBlockingQueue<>(BATCHES);
  private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
  private final Thread producer;
  private Batch current;
  private int position;

  private static final class Batch {
    final Event[] events = new Event[BATCH];
    int size;
    /** Set instead of events when generation failed; the caller rethrows it. */
    Throwable failure;

    Batch() {
      for (int i = 0; i < BATCH; i++) {
        events[i] = new Event();
      }
    }
  }

  /** Starts drawing {@code count} events: {@code generator} fills the event of each index in turn. */
  EventPipeline(ObjLongConsumer<Event> generator, long count) {
    for (int i = 0; i < BATCHES; i++) {
      free.add(new Batch());
    }
    producer = new Thread(() -> produce(generator, count), "cortado-generate");
    producer.setDaemon(true);
    producer.start();
  }

  private void produce(ObjLongConsumer<Event> generator, long count) {
    Batch batch = null;
    try {
      for (long index = 0; index < count; ) {
        batch = free.take();
        int n = (int) Math.min(BATCH, count - index);
        for (int k = 0; k < n; k++) {
          generator.accept(batch.events[k], index + k);
        }
        batch.size = n;
        index += n;
        filled.put(batch);
        batch = null;
      }
    } catch (InterruptedException e) {
      // The caller closed the pipeline early; nobody waits for more events.
    } catch (RuntimeException | Error e) {
      // The batch in hand is not in either queue, so there is room for it in the filled one.
      batch.failure = e;
      filled.add(batch);
    }
  }

  /** The next event in order; valid until the call after the next {@value #BATCH}. */
  Event next() throws InterruptedException {
    if (current == null || position == current.size) {
      if (current != null) {
        free.add(current);
      }
      current = filled.take();
      position = 0;
      if (current.failure != null) {
        throw new IllegalStateException("event generation failed", current.failure);
      }
    }
    return current.events[position++];
  }

  /**
   * Stops the generating thread, whether or not every event was taken, and waits for it; an
   * interrupt meanwhile is kept for the caller rather than leaving the thread running.
   */
  @Override
  public void close() {
    producer.interrupt();
    boolean interrupted = false;
    while (producer.isAlive()) {
      try {
        producer.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

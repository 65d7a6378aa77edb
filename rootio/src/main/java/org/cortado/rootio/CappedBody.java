package org.cortado.rootio;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an HTTP body of at most {@code limit} bytes, so that a server sending more than it was
 * asked for (a whole file instead of a range) costs no more memory than the range: the body is cut
 * off and the answer fails with {@link TooLong}. A limit of 0 drops the body unread, for answers
 * whose status alone says what went wrong.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
  private final byte[] out;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private int filled;

  CappedBody(int limit) {
    this.out = new byte[limit];
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (out.length == 0) {
      s.cancel();
      result.complete(out);
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      int n = b.remaining();
      if (n > out.length - filled) {
        subscription.cancel();
        result.completeExceptionally(new TooLong("the answer holds more than the " + out.length + " bytes asked for"));
        return;
      }
      b.get(out, filled, n);
      filled += n;
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(filled == out.length ? out : Arrays.copyOf(out, filled));
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  /** The body was longer than the range asked for. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong(String message) {
      super(message);
    }
  }
}

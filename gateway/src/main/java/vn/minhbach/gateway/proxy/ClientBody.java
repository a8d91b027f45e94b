package vn.minhbach.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.streams.ReadStream;

/**
 * The client's request body on its way to a service. It separates the client's time from the
 * service's time (issue 20):
 * <ul>
 * <li>while the body is arriving, no response timer runs towards the service: a phone sending a photo
 * at 1 Mbit/s takes longer than the service's timeout, and that is not the service's fault;</li>
 * <li>once the body has been read to its end, the service's idle timeout starts ({@link #attach});</li>
 * <li>a client that sends nothing for {@code stallMillis} while the gateway is ready to take more is
 * cut off ({@link Stalled}, 408); one that goes over the size limit too ({@link TooLarge}, 413; a
 * chunked body has no {@code Content-Length} to check up front); neither counts against the
 * service ({@link #clientFault});</li>
 * <li>if the service stops taking bytes (the pipe holds the client back) for longer than its own
 * timeout, that is the service's failure ({@link UpstreamStalled}).</li>
 * </ul>
 * Nothing is buffered: chunks pass straight through with back-pressure. All methods run on the
 * request's event loop.
 */
final class ClientBody implements ReadStream<Buffer> {

    /** Over the size limit: raised into the pipe towards the service, which then resets the request. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("request body over the limit", null, false, false);
        }
    }

    /** The client stopped sending its body. */
    static final class Stalled extends RuntimeException {
        Stalled() {
            super("request body stalled", null, false, false);
        }
    }

    /** The service stopped taking the body. */
    static final class UpstreamStalled extends RuntimeException {
        UpstreamStalled(long millis) {
            super("the service took no body bytes for " + millis + " ms", null, false, false);
        }
    }

    private final Vertx vertx;
    private final ReadStream<Buffer> delegate;
    private final long limit;
    private final long stallMillis;
    private final long responseTimeoutMillis;
    private long seen;
    private boolean exceeded;
    private boolean stalled;
    private boolean clientFailed;
    private boolean ended;
    private boolean paused;
    private long lastProgress = System.currentTimeMillis();
    private long timer = -1;
    private HttpClientRequest upstream;
    private Handler<Throwable> exceptionHandler;

    ClientBody(Vertx vertx, ReadStream<Buffer> delegate, long limit, long stallMillis, long responseTimeoutMillis) {
        this.vertx = vertx;
        this.delegate = delegate;
        this.limit = limit;
        this.stallMillis = stallMillis;
        this.responseTimeoutMillis = responseTimeoutMillis;
    }

    boolean exceeded() {
        return exceeded;
    }

    boolean stalled() {
        return stalled;
    }

    /** The failure was the client's (too large, stalled, went away): not counted against the service. */
    boolean clientFault() {
        return exceeded || stalled || clientFailed;
    }

    /**
     * The request towards the service, created without an idle timeout: it gets one when the body has
     * been read to its end (at once if it already has). From here on the body's progress is watched.
     */
    void attach(HttpClientRequest request) {
        this.upstream = request;
        if (ended) {
            request.idleTimeout(responseTimeoutMillis);
            return;
        }
        lastProgress = System.currentTimeMillis();
        long tick = Math.max(50, Math.min(stallMillis, responseTimeoutMillis) / 4);
        timer = vertx.setPeriodic(tick, id -> check());
    }

    private void check() {
        if (ended || clientFault()) {
            cancel();
            return;
        }
        long quiet = System.currentTimeMillis() - lastProgress;
        if (paused && quiet >= responseTimeoutMillis) {
            cancel();
            fail(new UpstreamStalled(quiet));
        } else if (!paused && quiet >= stallMillis) {
            stalled = true;
            cancel();
            fail(new Stalled());
        }
    }

    private void cancel() {
        if (timer != -1) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }

    private void fail(Throwable failure) {
        if (exceptionHandler != null) {
            exceptionHandler.handle(failure);
        }
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        delegate.exceptionHandler(handler == null ? null : failure -> {
            clientFailed = true;
            cancel();
            handler.handle(failure);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            delegate.handler(null);
            return this;
        }
        delegate.handler(chunk -> {
            if (clientFault()) {
                return;
            }
            lastProgress = System.currentTimeMillis();
            seen += chunk.length();
            if (seen > limit) {
                exceeded = true;
                cancel();
                fail(new TooLarge());
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        if (!paused) {
            paused = true;
            lastProgress = System.currentTimeMillis();
        }
        delegate.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        progressAfterPause();
        delegate.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        progressAfterPause();
        delegate.fetch(amount);
        return this;
    }

    private void progressAfterPause() {
        if (paused) {
            paused = false;
            lastProgress = System.currentTimeMillis();
        }
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        if (endHandler == null) {
            delegate.endHandler(null);
            return this;
        }
        delegate.endHandler(v -> {
            if (clientFault()) {
                return;
            }
            ended = true;
            cancel();
            // The whole body is on its way: from now on the service's own timeout runs.
            if (upstream != null) {
                upstream.idleTimeout(responseTimeoutMillis);
            }
            endHandler.handle(v);
        });
        return this;
    }
}

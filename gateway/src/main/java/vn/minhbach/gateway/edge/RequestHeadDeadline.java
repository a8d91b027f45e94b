package vn.minhbach.gateway.edge;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpObjectDecoder;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.impl.HttpServerImpl;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.TCPServerBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Map.Entry;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import vn.minhbach.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;
import vn.minhbach.gateway.problem.Problems;

/**
 * An absolute deadline for each request head (issue 15.8, slowloris). Vert.x only knows idle timeouts, which a
 * client resets by sending one header byte every few seconds, so such a client could hold a connection (and, by
 * the thousand, the gateway) forever. Here every request head must be complete within
 * {@code minhbach.gateway.request-head-timeout} of its start: the opening of the connection for the first
 * request, the first byte of the next request on a kept-alive connection. Otherwise the gateway answers 408
 * {@code gateway.request-head-timeout} and closes the connection. An idle kept-alive connection is governed by
 * {@code quarkus.http.idle-timeout}, a slow body by {@code minhbach.gateway.body-idle-timeout}.
 * <p>
 * How: Vert.x has no hook at accept time, so once the HTTP server listens, a handler is put first in its
 * listening channel's pipeline, where Netty hands over each accepted connection; it adds to that connection a
 * timer at the front of the pipeline and, right after the HTTP/1 decoder, an observer of decoded heads and
 * message ends. Cleartext HTTP/2 upgrades are turned off so every connection is HTTP/1 from its first byte (the
 * gateway is reached over HTTP/1.1 or through a TLS-terminating ingress).
 */
@ApplicationScoped
public class RequestHeadDeadline implements HttpServerOptionsCustomizer {

    private static final Logger LOG = Logger.getLogger(RequestHeadDeadline.class);
    static final String ACCEPTOR = "minhbach-request-head-acceptor";
    static final String TIMER = "minhbach-request-head-timer";
    static final String OBSERVER = "minhbach-request-head-observer";

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }

    /** Quarkus announces each listening HTTP server asynchronously, once per verticle instance. */
    synchronized void installed(@ObservesAsync HttpServerStart start) {
        for (HttpServerImpl server : ((VertxInternal) vertx).sharedHttpServers().values()) {
            Channel listening = listeningChannel(server);
            if (listening != null && listening.pipeline().get(ACCEPTOR) == null) {
                listening.pipeline().addFirst(ACCEPTOR, new Acceptor(config.requestHeadTimeout().toMillis()));
                LOG.infof("request heads must arrive within %d ms on %s", config.requestHeadTimeout().toMillis(), listening.localAddress());
            }
        }
    }

    /** The listening channel of a bound server (Vert.x keeps it in a private field of {@link TCPServerBase}). */
    @SuppressWarnings("unchecked")
    private static Channel listeningChannel(HttpServerImpl server) {
        try {
            Field bind = TCPServerBase.class.getDeclaredField("bindFuture");
            bind.setAccessible(true);
            Future<Channel> future = (Future<Channel>) bind.get(server);
            return future == null ? null : future.result();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot install the request head deadline on this Vert.x version", e);
        }
    }

    /** In the listening channel's pipeline: equips each accepted connection before it is registered. */
    @ChannelHandler.Sharable
    static final class Acceptor extends ChannelInboundHandlerAdapter {
        private final long millis;

        Acceptor(long millis) {
            this.millis = millis;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof Channel accepted) {
                accepted.pipeline().addFirst(TIMER, new Timer(millis));
            }
            ctx.fireChannelRead(msg);
        }
    }

    /** First in a connection's pipeline: times the head of the request being received. */
    static final class Timer extends ChannelInboundHandlerAdapter {
        private final long millis;
        private ScheduledFuture<?> pending;
        private boolean betweenRequests;
        private boolean observed;

        Timer(long millis) {
            this.millis = millis;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            observe(ctx);
            arm(ctx);
            ctx.fireChannelActive();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            observe(ctx);
            if (betweenRequests && msg instanceof ByteBuf bytes && bytes.isReadable()) {
                betweenRequests = false;
                arm(ctx);
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            disarm();
            ctx.fireChannelInactive();
        }

        void headReceived() {
            disarm();
        }

        void messageEnded() {
            betweenRequests = true;
        }

        private void arm(ChannelHandlerContext ctx) {
            disarm();
            pending = ctx.executor().schedule(() -> expire(ctx), millis, TimeUnit.MILLISECONDS);
        }

        private void disarm() {
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }

        private void expire(ChannelHandlerContext ctx) {
            pending = null;
            if (!ctx.channel().isActive()) {
                return;
            }
            byte[] body = Problems.document(null, "/", 408, "gateway.request-head-timeout", Math.max(1, millis / 1000))
                    .toBuffer().getBytes();
            String head = "HTTP/1.1 408 Request Timeout\r\nContent-Type: " + Problems.CONTENT_TYPE
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            ctx.writeAndFlush(Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.US_ASCII), body))
                    .addListener(ChannelFutureListener.CLOSE);
        }

        /** Puts the observer right after the HTTP/1 decoder once Vert.x has configured the pipeline. */
        private void observe(ChannelHandlerContext ctx) {
            if (observed) {
                return;
            }
            ChannelPipeline pipeline = ctx.pipeline();
            for (Entry<String, ChannelHandler> handler : pipeline) {
                if (handler.getValue() instanceof HttpObjectDecoder) {
                    pipeline.addAfter(handler.getKey(), OBSERVER, new Observer(this));
                    observed = true;
                    return;
                }
            }
        }
    }

    /** After the HTTP/1 decoder: tells the timer when a head is complete and when a message has ended. */
    static final class Observer extends ChannelInboundHandlerAdapter {
        private final Timer timer;

        Observer(Timer timer) {
            this.timer = timer;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest) {
                timer.headReceived();
            }
            if (msg instanceof LastHttpContent) {
                timer.messageEnded();
            }
            ctx.fireChannelRead(msg);
        }
    }
}

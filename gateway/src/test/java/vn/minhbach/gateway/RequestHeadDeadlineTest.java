package vn.minhbach.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 15.8 (slowloris): a request head that trickles in is cut at the deadline (2 s in the test profile)
 * however often its bytes arrive, on a new connection and on a kept-alive one; a head that arrives in time and
 * an idle kept-alive connection are not affected.
 */
@QuarkusTest
class RequestHeadDeadlineTest {

    static final String HEAD = "GET /q/health/live HTTP/1.1\r\nHost: gateway\r\n";

    @Test
    void aHeadTricklingInOnANewConnectionIsAnswered408AndClosedAtTheDeadline() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            long start = System.nanoTime();
            Received r = trickle(socket, HEAD, 20, 400);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(r.text.startsWith("HTTP/1.1 408"), r.text);
            assertTrue(r.text.contains("application/problem+json") && r.text.contains("gateway.request-head-timeout"),
                    r.text);
            assertTrue(r.closed, "the connection is closed");
            assertTrue(seconds >= 1.9 && seconds < 4.0, "cut after " + seconds + " s");
        }
    }

    @Test
    void theNextHeadOnAKeptAliveConnectionIsTimedFromItsFirstByte() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write((HEAD + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String first = readResponse(socket.getInputStream());
            assertTrue(first.startsWith("HTTP/1.1 200"), first);
            Thread.sleep(2_500); // idle between requests longer than the deadline: not counted
            long start = System.nanoTime();
            Received r = trickle(socket, HEAD, 20, 400);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(r.text.startsWith("HTTP/1.1 408"), r.text);
            assertTrue(r.closed);
            assertTrue(seconds >= 1.9 && seconds < 4.0, "cut after " + seconds + " s");
        }
    }

    @Test
    void aSlowHeadWithinTheDeadlineAndAnIdleKeptAliveConnectionAreServed() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            for (String part : new String[] {"GET /q/health/live HTTP/1.1\r\n", "Host: gateway\r\n", "\r\n"}) {
                out.write(part.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(500);
            }
            assertTrue(readResponse(socket.getInputStream()).startsWith("HTTP/1.1 200"));
            Thread.sleep(3_000);
            out.write((HEAD + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertTrue(readResponse(socket.getInputStream()).startsWith("HTTP/1.1 200"));
        }
    }

    record Received(String text, boolean closed) {
    }

    /** Sends the head's bytes one header line every {@code everyMillis} until the server answers or closes. */
    private static Received trickle(Socket socket, String head, int lines, long everyMillis) throws Exception {
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        socket.setSoTimeout((int) everyMillis);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        for (int i = 0; i < lines; i++) {
            try {
                int n;
                byte[] buf = new byte[4096];
                while ((n = in.read(buf)) > 0) {
                    got.write(buf, 0, n);
                }
                if (n < 0) {
                    return new Received(got.toString(StandardCharsets.UTF_8), true);
                }
            } catch (SocketTimeoutException stillOpen) {
                // nothing yet
            }
            try {
                out.write(("X-Slow-" + i + ": a\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException reset) {
                return new Received(got.toString(StandardCharsets.UTF_8), true);
            }
        }
        return new Received(got.toString(StandardCharsets.UTF_8), false);
    }

    /** One response with a Content-Length body. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            got.write(b);
            String s = got.toString(StandardCharsets.US_ASCII);
            int end = s.indexOf("\r\n\r\n");
            if (end >= 0) {
                int length = 0;
                for (String line : s.substring(0, end).split("\r\n")) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                in.readNBytes(length);
                return s;
            }
        }
        assertEquals("a response", got.toString(StandardCharsets.US_ASCII));
        return null;
    }
}

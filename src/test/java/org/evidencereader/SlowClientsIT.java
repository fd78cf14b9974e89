package org.evidencereader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hundreds of clients that send their requests a byte at a time, as an attacker on a 2-core server
 * would: what-if bodies dribbled after their headers, and headers that never end. Readers must be
 * served all the while, and the server must drop the slow clients on its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlowClientsIT {

    private static final int SLOW_BODIES = 250;
    private static final int SLOW_HEADERS = 250;
    private static final long ATTACK_NANOS = TimeUnit.SECONDS.toNanos(15);
    private static final long BOUND_MILLIS = 2000;

    @LocalServerPort
    int port;

    @Test
    void readersAreServedWhileHundredsOfSlowClientsHangOn() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/articles/baidu-sora"))
                .timeout(Duration.ofSeconds(10))
                .build();
        assertThat(http.send(page, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);

        try (Attack attack = new Attack(port)) {
            attack.open();
            Thread dribbler = new Thread(attack::dribble, "slow-clients");
            dribbler.setDaemon(true);
            dribbler.start();
            List<Long> latencies = new ArrayList<>();
            long end = System.nanoTime() + ATTACK_NANOS;
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                HttpResponse<String> answer;
                try {
                    answer = http.send(page, HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    throw new AssertionError(
                            "the reader page did not answer during the attack (" + e + "); latencies so far (ms): "
                                    + latencies,
                            e);
                }
                latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).endsWith("</html>\n");
            }
            attack.stop();
            dribbler.join(10_000);
            long worst = latencies.stream().mapToLong(Long::longValue).max().orElseThrow();
            List<Long> sorted = latencies.stream().sorted().toList();
            System.out.printf(
                    "reader page under %d slow bodies and %d slow headers: %d requests, median %d ms, worst %d ms; "
                            + "the server dropped %d slow bodies and %d slow headers%n",
                    SLOW_BODIES,
                    SLOW_HEADERS,
                    sorted.size(),
                    sorted.get(sorted.size() / 2),
                    worst,
                    attack.droppedBodies.get(),
                    attack.droppedHeaders.get());
            assertThat(worst)
                    .as(
                            "the reader page's slowest answer under attack was %d ms (%d requests: %s)",
                            worst, latencies.size(), latencies)
                    .isLessThan(BOUND_MILLIS);
            assertThat(attack.droppedBodies.get())
                    .as("slow bodies the server dropped (of %d)", SLOW_BODIES)
                    .isGreaterThan(0);
            assertThat(attack.droppedHeaders.get())
                    .as("slow headers the server dropped (of %d)", SLOW_HEADERS)
                    .isGreaterThan(0);
        }
    }

    /** The slow clients: each is reopened when the server drops it, so the attack lasts. */
    private static final class Attack implements AutoCloseable {
        private final int port;
        private final Socket[] bodies = new Socket[SLOW_BODIES];
        private final Socket[] headers = new Socket[SLOW_HEADERS];
        final AtomicInteger droppedBodies = new AtomicInteger();
        final AtomicInteger droppedHeaders = new AtomicInteger();
        private volatile boolean running = true;

        Attack(int port) {
            this.port = port;
        }

        void open() throws IOException {
            for (int i = 0; i < SLOW_BODIES; i++) {
                bodies[i] = body();
            }
            for (int i = 0; i < SLOW_HEADERS; i++) {
                headers[i] = header();
            }
        }

        private Socket connect() throws IOException {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("localhost", port), 5000);
            socket.setSoTimeout(1);
            return socket;
        }

        /** A what-if request whose headers promise 4,000 bytes, of which the first is sent. */
        private Socket body() throws IOException {
            Socket socket = connect();
            socket.getOutputStream()
                    .write(("POST /api/articles/baidu-sora/what-if HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: 4000\r\n\r\n{")
                            .getBytes(StandardCharsets.US_ASCII));
            return socket;
        }

        /** A request whose header lines never end. */
        private Socket header() throws IOException {
            Socket socket = connect();
            socket.getOutputStream()
                    .write("GET /articles/baidu-sora HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
                            .getBytes(StandardCharsets.US_ASCII));
            return socket;
        }

        /** One more byte on every socket every half second; a socket the server closed is counted and opened again. */
        void dribble() {
            while (running) {
                long next = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
                for (int i = 0; i < SLOW_BODIES && running; i++) {
                    bodies[i] = dribble(bodies[i], droppedBodies, ' ', true);
                }
                for (int i = 0; i < SLOW_HEADERS && running; i++) {
                    headers[i] = dribble(headers[i], droppedHeaders, 'a', false);
                }
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
            }
        }

        private Socket dribble(Socket socket, AtomicInteger dropped, char b, boolean body) {
            try {
                if (closedByServer(socket)) {
                    throw new IOException("closed");
                }
                socket.getOutputStream().write(b);
                return socket;
            } catch (IOException closed) {
                dropped.incrementAndGet();
                try {
                    socket.close();
                    return body ? body() : header();
                } catch (IOException e) {
                    return socket;
                }
            }
        }

        /** Whether the server answered or closed: anything to read, or the end of the stream. */
        private static boolean closedByServer(Socket socket) throws IOException {
            InputStream in = socket.getInputStream();
            try {
                return in.read() != -2;
            } catch (java.net.SocketTimeoutException nothingYet) {
                return false;
            }
        }

        void stop() {
            running = false;
        }

        @Override
        public void close() {
            running = false;
            for (Socket s : bodies) {
                closeQuietly(s);
            }
            for (Socket s : headers) {
                closeQuietly(s);
            }
        }

        private static void closeQuietly(Socket socket) {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // the test is over
            }
        }
    }
}

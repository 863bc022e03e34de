package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import org.caunoi.hub.exchange.WireMessage.As4Answer;
import org.caunoi.hub.platform.i18n.Sentences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The Hong Kong hub against what anyone who can reach {@code /as4} may post to make it run out of
 * memory, fill its disk with logs or learn its internals: a gzip bomb is not decompressed unless a
 * partner signed it, and then only up to the payload limit; a body larger than the request limit is
 * refused without being read; a refusal is logged in one line and answered in words that name no
 * class of ours. A message just under the limits still goes through.
 */
@ExtendWith(OutputCaptureExtension.class)
class InboundLimitsTest {

    static final int MAX_PAYLOAD = 5 * 1024 * 1024;
    static ReceivingHub hk;

    @BeforeAll
    static void startHongKong() {
        hk = new ReceivingHub("--caunoi.exchange.refusals-audited-per-minute=100000",
                "--caunoi.exchange.refusals-audited-per-minute-in-all=100000");
    }

    @AfterAll
    static void stopHongKong() {
        if (hk != null) {
            hk.close();
        }
    }

    /** Four at once took the hub down when it decompressed before it checked who signed. */
    @Test
    void unsignedGzipBombsAreRefusedWithoutBeingDecompressed() {
        WireMessage bomb = HandMadeMessage.ping(null, null).compressedPayload(gzipBomb()).build();

        List<As4Answer> answers = postFourAtOnce(bomb, Duration.ofSeconds(20));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.errorCodes()).as(answer.toString())
                .containsExactly("EBMS:0103"));
        assertThat(audited(bomb.messageId())).hasSize(4).allSatisfy(details -> assertThat(details).startsWith("EBMS:0103 "));
    }

    @Test
    void aPartnersGzipBombIsRefusedOnceItsContentPassesThePayloadLimit() {
        WireMessage bomb = HandMadeMessage.ping(hk.vietnam, hk.hongKong).compressedPayload(gzipBomb()).build();

        List<As4Answer> answers = postFourAtOnce(bomb, Duration.ofSeconds(30));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.errorCodes()).as(answer.toString())
                .containsExactly("EBMS:0004"));
        assertThat(answers.getFirst().body()).contains("exceeds the maximum of " + MAX_PAYLOAD + " bytes");
        assertThat(stored(bomb.messageId())).isZero();
        assertThat(audited(bomb.messageId())).hasSize(4)
                .allSatisfy(details -> assertThat(details).startsWith("EBMS:0004 ").contains("exceeds"));
    }

    @Test
    void aPayloadOfExactlyThePayloadLimitIsAcceptedAndOneByteMoreIsRefused() {
        WireMessage atTheLimit = HandMadeMessage.ping(hk.vietnam, hk.hongKong).payload(pingOfSize(MAX_PAYLOAD)).build();
        WireMessage overTheLimit = HandMadeMessage.ping(hk.vietnam, hk.hongKong).payload(pingOfSize(MAX_PAYLOAD + 1)).build();

        As4Answer accepted = atTheLimit.postTo(hk.port);
        As4Answer refused = overTheLimit.postTo(hk.port);

        assertThat(accepted.isReceipt()).as(accepted.toString()).isTrue();
        assertThat(stored(atTheLimit.messageId())).isOne();
        assertThat(refused.errorCodes()).as(refused.toString()).containsExactly("EBMS:0004");
        assertThat(stored(overTheLimit.messageId())).isZero();
    }

    @Test
    void aBodyDeclaredLargerThanTheRequestLimitIsRefusedBeforeItIsRead() {
        EndlessPost post = postEndlessBody(false);

        assertThat(post.statusLine()).startsWith("HTTP/1.1 413");
        assertThat(post.bytesSent()).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheRequestLimit() {
        EndlessPost post = postEndlessBody(true);

        assertThat(post.statusLine()).startsWith("HTTP/1.1 413");
        assertThat(post.bytesSent()).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aPayloadThatIsNotGzipGetsAnAnswerNamingNoClass() {
        byte[] notGzip = new byte[4096];
        new Random(20).nextBytes(notGzip);
        WireMessage wire = HandMadeMessage.ping(hk.vietnam, hk.hongKong).compressedPayload(notGzip).build();

        As4Answer answer = wire.postTo(hk.port);

        assertThat(answer.errorCodes()).as(answer.toString()).containsExactly("EBMS:0303");
        assertThat(answer.body()).doesNotContainIgnoringCase("exception").doesNotContain("java.", "helger", "caunoi.hub");
        assertThat(audited(wire.messageId())).singleElement().asString().startsWith("EBMS:0303 ");
    }

    /** phase4's detail for a WS-Security failure named WSS4J's exception and its message. */
    @Test
    void aMessageThatCannotBeDecryptedGetsAnAnswerNamingNoClass() {
        WireMessage forVietnam = HandMadeMessage.ping(hk.vietnam, hk.vietnam.certificate()).build();

        As4Answer answer = forVietnam.postTo(hk.port);

        assertThat(answer.errorCodes()).as(answer.toString()).containsExactly("EBMS:0102");
        assertThat(answer.body()).doesNotContainIgnoringCase("exception").doesNotContain("java.", "wss4j", "helger");
        assertThat(audited(forVietnam.messageId())).singleElement().asString().startsWith("EBMS:0102 ");
    }

    /** Each refusal used to write some 17 KB of stack traces: 200 garbage posts, 3.4 MB of log. */
    @Test
    void aRefusedRequestIsLoggedInOneShortLineWithoutAStackTrace(CapturedOutput output) {
        List<WireMessage> garbage = List.of(
                new WireMessage("", java.util.Map.of("Content-Type", "application/soap+xml"), "<a".getBytes(StandardCharsets.UTF_8)),
                WireMessage.soap("this is not XML"),
                WireMessage.soap("<S12:Envelope xmlns:S12=\"http://www.w3.org/2003/05/soap-envelope\"><S12:Body/></S12:Envelope>"),
                WireMessage.soapInMime("<S12:Envelope xmlns:S12=\"http://www.w3.org/2003/05/soap-envelope\">"),
                new WireMessage("", java.util.Map.of("Content-Type", "text/plain"), new byte[] {1, 2}),
                HandMadeMessage.ping(null, null).build(),
                HandMadeMessage.ping(SenderKey.selfSigned("CauNoi impostor hub"), hk.hongKong).build());
        int before = output.length();

        for (int round = 0; round < 10; round++) {
            garbage.forEach(wire -> assertThat(wire.postTo(hk.port).isReceipt()).isFalse());
        }

        String logged = output.toString().substring(before);
        int requests = 10 * garbage.size();
        assertThat(logged).doesNotContain("\tat ", "Caused by");
        assertThat(logged.length()).as("characters logged for %d refused requests:%n%s", requests, logged)
                .isLessThan(requests * 400);
    }

    private static List<As4Answer> postFourAtOnce(WireMessage wire, Duration within) {
        Instant start = Instant.now();
        List<CompletableFuture<As4Answer>> posts = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> wire.postTo(hk.port))).toList();
        List<As4Answer> answers = posts.stream().map(CompletableFuture::join).toList();
        assertThat(Duration.between(start, Instant.now())).isLessThan(within);
        return answers;
    }

    /**
     * 2 GiB of zeros in about 2 MB: 32 gzip members of 64 MiB of zeros each, which a gzip reader
     * takes as one stream. The zeros go through GZIPOutputStream once and are never held.
     */
    private static byte[] gzipBomb() {
        var member = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(member, 1 << 16)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gzip.write(zeros);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var bomb = new ByteArrayOutputStream();
        for (int i = 0; i < 32; i++) {
            bomb.writeBytes(member.toByteArray());
        }
        return bomb.toByteArray();
    }

    /** A Ping that follows its schema and is {@code size} bytes long, most of them random text in a comment. */
    private static byte[] pingOfSize(int size) {
        String head = "<Ping xmlns=\"urn:caunoi:exchange:ping:1\"><!--";
        String tail = "--><From>VN</From></Ping>";
        byte[] random = new byte[size];
        new Random(size).nextBytes(random);
        String filler = Base64.getEncoder().encodeToString(random).substring(0, size - head.length() - tail.length());
        return (head + filler + tail).getBytes(StandardCharsets.US_ASCII);
    }

    /** What the hub answered to a body that never ends, and how much of it got out before it stopped reading. */
    private record EndlessPost(String statusLine, long bytesSent) {
    }

    /** Posts zeros to {@code /as4} as a body of 1.5 GB, declared or chunked, until the hub answers or closes. */
    private static EndlessPost postEndlessBody(boolean chunked) {
        long declared = 1536L * 1024 * 1024;
        try (var socket = new Socket("127.0.0.1", hk.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /as4 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/related; boundary=\"b\"; type=\"application/soap+xml\"\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + declared + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            CompletableFuture<String> statusLine = CompletableFuture.supplyAsync(() -> readLine(in));
            byte[] zeros = new byte[64 * 1024];
            byte[] chunkHead = (Integer.toHexString(zeros.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            long sent = 0;
            try {
                while (!statusLine.isDone() && sent < declared) {
                    if (chunked) {
                        out.write(chunkHead);
                    }
                    out.write(zeros);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    sent += zeros.length;
                }
            }
            catch (IOException closedByTheHub) {
                // the hub stopped reading: what matters is how much it took first
            }
            return new EndlessPost(statusLine.get(30, TimeUnit.SECONDS), sent);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readLine(InputStream in) {
        var line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                line.write(b);
            }
        }
        catch (IOException e) {
            return "closed: " + e.getMessage() + " after \"" + line + "\"";
        }
        return line.toString(StandardCharsets.US_ASCII).strip();
    }

    private static int stored(String messageId) {
        return hk.database.sql("SELECT count(*) FROM exchange.inbound_message WHERE message_id = ?").param(messageId)
                .query(Integer.class).single();
    }

    /** The refusals' details as the audit screen shows them in English. */
    private static List<String> audited(String messageId) {
        Sentences sentences = hk.context.getBean(Sentences.class);
        return hk.database.sql("SELECT details FROM platform.audit_entry WHERE action = 'EXCHANGE_REFUSE_INBOUND' AND record_id = ? ORDER BY id")
                .param(messageId).query(String.class).list().stream()
                .map(details -> sentences.render(details, Locale.ENGLISH)).toList();
    }
}

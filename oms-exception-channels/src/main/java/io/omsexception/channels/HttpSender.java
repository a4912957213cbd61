package io.omsexception.channels;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Posts JSON with the JDK's {@link HttpClient} (HTTP/1.1, no redirects) under a channel's timeouts
 * and retries. A try fails on a connection or timeout error, an HTTP status other than 2xx, or an
 * answer its check refuses; 4xx statuses other than 408 and 429 are not retried. Thread-safe.
 */
final class HttpSender {
    private final String channel;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final Retry retry;
    private final Secrets secrets;

    /** One request: built again for every try, so that signatures carry the try's time. */
    record Request(URI uri, String body, Map<String, String> headers) {
    }

    /** Reads a 2xx answer. */
    @FunctionalInterface
    interface Check {
        /** @return null when the message was taken, else the problem */
        String problem(String body);
    }

    HttpSender(String channel, TimeoutSettings<?> settings, Secrets secrets) {
        this.channel = channel;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout)
                .build();
        this.requestTimeout = settings.requestTimeout;
        this.retry = settings.retry;
        this.secrets = secrets;
    }

    void post(String idempotencyKey, Supplier<Request> request, Check check) {
        Retrier.run(channel, idempotencyKey, retry, secrets, () -> once(request.get(), check));
    }

    private void once(Request r, Check check) throws Retrier.Failure {
        HttpRequest.Builder b = HttpRequest.newBuilder(r.uri())
                .timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(r.body(), StandardCharsets.UTF_8));
        r.headers().forEach(b::header);
        HttpResponse<String> response;
        try {
            response = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new Retrier.Failure("no answer within " + requestTimeout + " (" + e.getClass().getSimpleName() + ")",
                    true);
        } catch (IOException e) {
            throw new Retrier.Failure(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Retrier.Failure("interrupted", false);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            boolean retryable = status >= 500 || status == 408 || status == 429;
            throw new Retrier.Failure("HTTP " + status, retryable);
        }
        String problem = check.problem(response.body() == null ? "" : response.body());
        if (problem != null) {
            throw new Retrier.Failure(problem, true);
        }
    }

    /** The check of the robots: the answer's {@code field} (errcode, code) is 0; its message field says why not. */
    static Check zero(String field, String messageField) {
        return body -> {
            Long code = Json.number(body, field);
            if (code == null) {
                return "the answer has no " + field;
            }
            if (code != 0) {
                String message = Json.string(body, messageField);
                return field + " " + code + (message == null ? "" : " (" + message + ")");
            }
            return null;
        };
    }
}

package vn.minhbach.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real Keycloak tokens for the scenario's officials: the password grant on the public mobile client
 * (as the officials' app does), refreshed before expiry with the refresh token, or a new login
 * when the refresh token has expired too.
 */
public final class Tokens {

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final String clientId;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    private record Session(String accessToken, Instant accessExpires, String refreshToken, Instant refreshExpires) {}

    public Tokens(HttpClient http, String realmUrl, String clientId) {
        this.http = http;
        this.tokenEndpoint = URI.create(realmUrl.replaceAll("/$", "") + "/protocol/openid-connect/token");
        this.clientId = clientId;
    }

    public void password(String user, String password) {
        passwords.put(user, password);
    }

    /** A valid access token for the user, at least 30 s from expiry. */
    public String token(String user) {
        Session s = sessions.get(user);
        Instant soon = Instant.now().plusSeconds(30);
        if (s != null && s.accessExpires().isAfter(soon)) return s.accessToken();
        synchronized (this.lockFor(user)) {
            s = sessions.get(user);
            if (s != null && s.accessExpires().isAfter(soon)) return s.accessToken();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("client_id", clientId);
            if (s != null && s.refreshToken() != null && s.refreshExpires().isAfter(soon)) {
                form.put("grant_type", "refresh_token");
                form.put("refresh_token", s.refreshToken());
                try {
                    sessions.put(user, request(user, form));
                    return sessions.get(user).accessToken();
                } catch (IllegalStateException refreshFailed) {
                    form.clear();
                    form.put("client_id", clientId);
                }
            }
            String password = passwords.get(user);
            if (password == null) throw new IllegalStateException("no password for " + user);
            form.put("grant_type", "password");
            form.put("username", user);
            form.put("password", password);
            form.put("scope", "openid");
            sessions.put(user, request(user, form));
            return sessions.get(user).accessToken();
        }
    }

    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private Object lockFor(String user) {
        return locks.computeIfAbsent(user, u -> new Object());
    }

    private Session request(String user, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest req = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() != 200) {
                    if (res.statusCode() >= 500 && attempt < 5) { sleep(500L * attempt); continue; }
                    throw new IllegalStateException("Keycloak refused a token for " + user + " (" + form.get("grant_type")
                            + "): HTTP " + res.statusCode() + " " + res.body());
                }
                JsonNode json = Scenario.JSON.readTree(res.body());
                Instant now = Instant.now();
                return new Session(json.get("access_token").asText(),
                        now.plusSeconds(json.path("expires_in").asLong(60)),
                        json.path("refresh_token").asText(null),
                        now.plusSeconds(json.path("refresh_expires_in").asLong(0)));
            } catch (IOException e) {
                if (attempt >= 5) throw new IllegalStateException("Keycloak unreachable at " + tokenEndpoint + ": " + e, e);
                sleep(500L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

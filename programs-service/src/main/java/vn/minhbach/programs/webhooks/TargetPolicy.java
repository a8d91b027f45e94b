package vn.minhbach.programs.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import vn.minhbach.chassis.problem.ProblemException;

/**
 * Which URLs a webhook may be delivered to: absolute https URLs (http only when allowed, for tests)
 * without credentials or fragment, whose host is on the allow-list when one is configured and
 * resolves only to public addresses (no loopback, private, link-local, carrier-grade NAT, unique-local,
 * multicast or unspecified address) unless private addresses are allowed (tests). Pure logic apart from
 * the resolver handed in; tested by {@code TargetPolicyTest}. Checked when a subscription is created
 * and again before every attempt (a name may resolve elsewhere later).
 */
public final class TargetPolicy {

    /** Resolves a host name to its addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final List<String> allowedHosts;
    private final boolean allowPrivate;
    private final boolean allowHttp;
    private final Resolver resolver;

    public TargetPolicy(List<String> allowedHosts, boolean allowPrivate, boolean allowHttp, Resolver resolver) {
        this.allowedHosts = allowedHosts == null ? List.of()
                : allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        this.allowPrivate = allowPrivate;
        this.allowHttp = allowHttp;
        this.resolver = resolver;
    }

    /** @return the parsed URI; 422 {@code webhook.target-refused} (field {@code targetUrl}) otherwise */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (Exception e) {
            throw refused(url, "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || allowHttp && scheme.equals("http"))) {
            throw refused(url, allowHttp ? "not an http(s) URL" : "not an https URL");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw refused(url, "credentials or a fragment in the URL");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw refused(url, "no host");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (!allowedHosts.isEmpty() && !onAllowList(host)) {
            throw refused(url, "host not on the allow-list");
        }
        checkAddresses(url, host);
        return uri;
    }

    /** The host resolves, and (unless private targets are allowed) only to public addresses. */
    private void checkAddresses(String url, String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException | RuntimeException e) {
            throw refused(url, "host does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw refused(url, "host does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                if (!isPublic(a)) {
                    throw refused(url, "not a public address");
                }
            }
        }
    }

    private boolean onAllowList(String host) {
        for (String pattern : allowedHosts) {
            if (pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : host.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    /** A globally routable unicast address. */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xff, b1 = b[1] & 0xff;
            return !(b0 == 0 || b0 == 100 && b1 >= 64 && b1 <= 127 // 0/8, carrier-grade NAT 100.64/10
                    || b0 == 192 && b1 == 0 && (b[2] & 0xff) == 0 // 192.0.0/24 protocol assignments
                    || b0 == 198 && (b1 == 18 || b1 == 19) // benchmarking 198.18/15
                    || b0 >= 240); // reserved, broadcast
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) { // unique local fc00::/7
                return false;
            }
            boolean mapped = true; // ::ffff:a.b.c.d — judge the IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ProblemException refused(String url, String reason) {
        return ProblemException.unprocessable("webhook.target-refused", reason).withField("targetUrl");
    }
}

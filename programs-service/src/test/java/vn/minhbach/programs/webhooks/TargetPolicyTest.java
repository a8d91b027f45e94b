package vn.minhbach.programs.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.problem.ProblemException;

class TargetPolicyTest {

    /** A resolver with fixed answers: no DNS in tests. */
    private static final Map<String, String[]> HOSTS = Map.of(
            "hook.example.gov.vn", new String[] { "203.113.131.7" },
            "mixed.example.vn", new String[] { "203.113.131.8", "10.1.2.3" },
            "localhost", new String[] { "127.0.0.1", "::1" });

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] literal = HOSTS.get(host);
        if (literal == null) {
            if (host.matches("[0-9.]+|[0-9a-f:]+")) {
                return new InetAddress[] { InetAddress.getByName(host) };
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] out = new InetAddress[literal.length];
        for (int i = 0; i < literal.length; i++) {
            out[i] = InetAddress.getByName(literal[i]);
        }
        return out;
    }

    private static final TargetPolicy PRODUCTION = new TargetPolicy(List.of(), false, false, TargetPolicyTest::resolve);

    private static void refused(TargetPolicy policy, String url) {
        ProblemException e = assertThrows(ProblemException.class, () -> policy.check(url), url);
        assertEquals(422, e.status());
        assertEquals("webhook.target-refused", e.key());
    }

    @Test
    void aPublicHttpsTargetIsAccepted() {
        assertEquals("https://hook.example.gov.vn/minhbach?x=1",
                PRODUCTION.check("https://hook.example.gov.vn/minhbach?x=1").toString());
        PRODUCTION.check("https://203.113.131.9:8443/in");
    }

    @Test
    void loopbackPrivateAndOtherInternalAddressesAreRefused() {
        for (String url : List.of("https://localhost/x", "https://127.0.0.1/x", "https://[::1]/x", "https://10.0.0.5/",
                "https://172.16.3.4/", "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/", "https://0.0.0.0/", "https://[fd00::1]/", "https://[fe80::1]/",
                "https://[::ffff:127.0.0.1]/", "https://224.0.0.1/", "https://255.255.255.255/",
                "https://mixed.example.vn/")) {
            refused(PRODUCTION, url);
        }
    }

    @Test
    void onlyHttpsWithoutCredentialsOrFragmentAndAResolvableHost() {
        for (String url : List.of("http://hook.example.gov.vn/", "ftp://hook.example.gov.vn/", "/relative",
                "https://user:pw@hook.example.gov.vn/", "https://hook.example.gov.vn/#f", "https://nowhere.invalid/",
                "not a url", "https:///path")) {
            refused(PRODUCTION, url);
        }
    }

    @Test
    void withAnAllowListOnlyListedHostsAreAccepted() {
        TargetPolicy listed = new TargetPolicy(List.of("*.gov.vn", "203.113.131.9"), false, false,
                TargetPolicyTest::resolve);
        listed.check("https://hook.example.gov.vn/");
        listed.check("https://203.113.131.9/");
        refused(listed, "https://203.113.131.8/");
        refused(listed, "https://gov.vn.evil.example/");
    }

    @Test
    void testsMayOpenLoopbackAndPlainHttp() {
        TargetPolicy tests = new TargetPolicy(List.of(), true, true, TargetPolicyTest::resolve);
        tests.check("http://127.0.0.1:8089/hook");
        tests.check("http://localhost/hook");
        refused(tests, "ftp://127.0.0.1/");
    }
}

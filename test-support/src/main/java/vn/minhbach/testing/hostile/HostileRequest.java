package vn.minhbach.testing.hostile;

import java.nio.charset.StandardCharsets;

/**
 * One generated bad request. {@code mustReject}: the request carries a defect the service must refuse
 * (4xx); otherwise it carries hostile but legal content (injection strings, decomposed Vietnamese,
 * extra fields) that the service may accept, but never with a 5xx.
 */
public record HostileRequest(String operation, String category, boolean mustReject, String method, String uri,
        String contentType, byte[] body, boolean anonymous) {

    /** The exact request, printable: what a failure message shows so a developer can replay it. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(category).append(anonymous ? ", anonymous" : ", all roles @ test unit").append("] ")
                .append(method).append(' ').append(uri.length() > 400 ? uri.substring(0, 400) + "…(" + uri.length() + " chars)" : uri);
        if (body != null) {
            sb.append(" Content-Type: ").append(contentType).append(" body(").append(body.length).append(" bytes): ");
            String text = new String(body, 0, Math.min(body.length, 600), StandardCharsets.UTF_8);
            sb.append(text);
            if (body.length > 600) {
                sb.append("…");
            }
        }
        return sb.toString();
    }
}

package vn.minhbach.chassis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Plain JUnit: which parts of a path a metric tag may keep. */
class MetricTagHygieneTest {

    @Test
    void idsAndReceiptCodesBecomePlaceholders() {
        assertEquals("/api/v1/petitions/{id}/identity-reveals",
                MetricTagHygiene.clean("/api/v1/petitions/3f2a1c9e-8d4b-4e7a-9c1f-2b3d4e5f6a7b/identity-reveals"));
        assertEquals("/api/v1/teams/{id}", MetricTagHygiene.clean("/api/v1/teams/12345"));
        assertEquals("/api/v1/public/petitions/{id}", MetricTagHygiene.clean("/api/v1/public/petitions/ABCDEFGHJKMNPQRSTUVWXYZ2"));
        assertEquals("/api/v1/petitions", MetricTagHygiene.clean("/api/v1/petitions?q=Nguy%E1%BB%85n"));
    }

    @Test
    void templatesAndWordsStay() {
        assertEquals("/api/v1/petitions/{id}", MetricTagHygiene.clean("/api/v1/petitions/{id}"));
        assertEquals("/api/v1/reception-visits", MetricTagHygiene.clean("/api/v1/reception-visits"));
        assertEquals("/api/v1/petitions/due-soon", MetricTagHygiene.clean("/api/v1/petitions/due-soon"));
        assertEquals("/api/v1/party-organisations", MetricTagHygiene.clean("/api/v1/party-organisations"));
        assertEquals("NOT_FOUND", MetricTagHygiene.clean("NOT_FOUND"));
    }
}

package vn.minhbach.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.ResourceConventions;

/** Plain JUnit on the compiled resources: every state-changing endpoint honours Idempotency-Key (issue 19.6). */
class ResourceConventionsTest {

    @Test
    void everyResourceThatChangesStateIsIdempotentOrSaysHowItHandlesRetries() {
        assertEquals(List.of(
                // GeoReport v2 has no retry key; a request is a new service request (the spec's model)
                "Open311Resource",
                // intake: IdempotencyKeys bound to the created petition (IdempotencyKeyTest); the petition
                // commands: GuardedCommands (If-Match and Idempotency-Key, HttpSemanticsTest)
                "PetitionBatchResource", "PetitionResource", "PublicPetitionResource",
                // an upload is a new file each time, referenced by its id; unreferenced ones are purged
                "UploadResource"),
                ResourceConventions.stateChangingResourcesWithoutIdempotent());
    }
}

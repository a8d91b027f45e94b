package vn.minhbach.petitions.service;

import java.util.UUID;

/** A likely duplicate of a petition, with its score (a read model for officials, issue 21.4: out of rest). */
public record DuplicateSuggestion(UUID petitionId, String number, double score, boolean samePetitioner,
        double textSimilarity) {
}

package vn.minhbach.petitions;

import java.time.LocalDate;

/**
 * One step of the petition workflow as the service takes it, from an official or from the petitioner:
 * the action, its business date and document, and the fields only some actions use.
 */
public record Step(Action action, LocalDate effectiveDate, String documentReference, String note,
        NotAcceptedGround legalGround, String toAgency, Outcome outcome, Complexity complexity, Boolean remoteArea,
        FileReason fileReason) {

    /** Why a petition is filed without handling (lưu đơn). */
    public enum FileReason { DUPLICATE, NOT_PROCESSABLE }

    /** A step with only its action, date, document and note (the petitioner's own steps, filing a duplicate). */
    public static Step of(Action action, LocalDate effectiveDate, String documentReference, String note) {
        return new Step(action, effectiveDate, documentReference, note, null, null, null, null, null, null);
    }

    public Step filed(FileReason reason) {
        return new Step(action, effectiveDate, documentReference, note, legalGround, toAgency, outcome, complexity,
                remoteArea, reason);
    }
}

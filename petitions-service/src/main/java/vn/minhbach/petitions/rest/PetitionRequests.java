package vn.minhbach.petitions.rest;

import vn.minhbach.petitions.Step;
import vn.minhbach.petitions.service.command.HolidayInput;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import vn.minhbach.chassis.input.VisibleText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.minhbach.petitions.Action;
import vn.minhbach.petitions.Complexity;
import vn.minhbach.petitions.NotAcceptedGround;
import vn.minhbach.petitions.Outcome;

/**
 * Request bodies. None carries a server-owned field (id, number, status, due dates, outcome flags):
 * such properties in a body are ignored.
 */
public final class PetitionRequests {

    private PetitionRequests() {
    }

    public record TransitionRequest(
            @NotNull Action action,
            @NotNull @PastOrPresent LocalDate effectiveDate,
            @NotBlank @Size(max = 100) String documentReference,
            @Size(max = 2000) String note,
            NotAcceptedGround legalGround,
            @Size(max = 300) String toAgency,
            Outcome outcome,
            Complexity complexity,
            Boolean remoteArea,
            Step.FileReason fileReason) {

        public Step step() {
            return new Step(action, effectiveDate, documentReference, note, legalGround, toAgency, outcome, complexity,
                    remoteArea, fileReason);
        }
    }

    /** The reason: at least 10 visible characters (invisible and space characters do not count). */
    public record IdentityRevealRequest(@NotBlank @VisibleText(min = 10) @Size(max = 1000) String reason) {
    }

    /**
     * A step the petitioner takes (withdrawal, second-instance appeal): an optional reference of their
     * own document (e.g. the first-instance decision appealed) and a reason, shown to officials only.
     */
    public record PetitionerStepRequest(
            @Size(max = 100) String documentReference,
            @Size(max = 2000) String reason) {
    }

    /** Information a citizen adds to their own petition. */
    public record InformationRequest(@NotBlank @Size(max = 5000) String content,
            /** Files uploaded before (POST /api/v1/uploads) added with the information, issue 20.3. */
            @Size(max = 5) List<@NotNull UUID> uploadIds) {
    }

    /** Withdrawing an anonymous denunciation with its receipt code. */
    public record ReceiptWithdrawalRequest(
            @NotBlank @Size(min = 16, max = 64) String receiptCode,
            @Size(max = 2000) String reason) {
    }

    /** The receipt-code change feed: steps after step number {@code after} (the {@code next} of the last poll). */
    public record ReceiptChangesRequest(
            @NotBlank @Size(min = 16, max = 64) String receiptCode,
            @Min(-1) @Max(100000) Integer after) {
    }

    public record ReceiptRequest(@NotBlank @Size(min = 16, max = 64) String receiptCode) {
    }

    public record AdditionRequest(
            @NotBlank @Size(min = 16, max = 64) String receiptCode,
            @NotBlank @Size(max = 5000) String content,
            /** Tokens of files uploaded before (POST /api/v1/public/uploads) added with the information, issue 20.3. */
            @Size(max = 5) List<@NotNull @Size(min = 20, max = 100) String> uploadTokens) {
    }

    /**
     * An official year as published from the government's notice: {@code source} names the notice
     * (a day without its own source inherits it).
     */
    public record HolidayTable(@NotNull @Size(max = 120) List<@NotNull @Valid HolidayInput> days,
            @Size(max = 500) String source) {
    }
}

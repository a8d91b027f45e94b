package vn.minhbach.petitions.rest;

import vn.minhbach.petitions.Step;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import vn.minhbach.chassis.input.VisibleText;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.petitions.Action;
import vn.minhbach.petitions.CalendarDay;
import vn.minhbach.petitions.Channel;
import vn.minhbach.petitions.Complexity;
import vn.minhbach.petitions.CountUnit;
import vn.minhbach.petitions.Deadline;
import vn.minhbach.petitions.Domain;
import vn.minhbach.petitions.NotAcceptedGround;
import vn.minhbach.petitions.Outcome;
import vn.minhbach.petitions.PetitionKind;
import vn.minhbach.petitions.ReceptionVisit;
import vn.minhbach.petitions.SubjectKind;

/**
 * Request bodies. None carries a server-owned field (id, number, status, due dates, outcome flags):
 * such properties in a body are ignored.
 */
public final class PetitionRequests {

    private PetitionRequests() {
    }

    public record PetitionerInput(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 20) @Pattern(regexp = "^[0-9A-Za-z]{6,20}$") String idNumber,
            @Size(max = 300) String address,
            @Size(max = 20) @Pattern(regexp = "^[0-9+ .-]{6,20}$") String phone,
            @Email @Size(max = 200) String email,
            boolean representative) {

        @Override
        public String toString() {
            return "PetitionerInput[***]";
        }
    }

    public record SubjectInput(
            @NotNull SubjectKind kind,
            @NotBlank @Size(max = 1000) String description,
            @Size(max = 300) String unit) {
    }

    /**
     * A file: either an upload made before ({@code uploadId}, issue 20: POST /api/v1/uploads) or, kept
     * for compatibility, the bytes in base64 with a name. The type is taken from the bytes either way;
     * {@code contentType} is only the client's label.
     */
    public record AttachmentInput(
            @Size(min = 1, max = 255) String name,
            @Size(max = 100) @Pattern(regexp = "^[\\w.+-]+/[\\w.+-]+$") String contentType,
            /** Base64; the decoded size is checked against the configured limit. */
            @Size(min = 1, max = 14_000_000) String contentBase64,
            UUID uploadId) {

        /** Without an upload, name and base64 content are required. */
        public void requireBase64() {
            if (name == null || name.isBlank()) {
                throw vn.minhbach.chassis.problem.ProblemException.badRequest("attachment.invalid", "name")
                        .withField("name");
            }
            if (contentBase64 == null || contentBase64.isBlank()) {
                throw vn.minhbach.chassis.problem.ProblemException.badRequest("attachment.invalid", name)
                        .withField("contentBase64");
            }
        }
    }

    public record PetitionIntake(
            @Pattern(regexp = UnitPath.REGEX) String unitPath,
            @PastOrPresent LocalDate receivedDate,
            Channel channel,
            @NotNull PetitionKind kind,
            @Size(max = 50) List<@NotNull @Valid PetitionerInput> petitioners,
            @NotNull @Valid SubjectInput subject,
            @NotEmpty @Size(max = 8) List<@NotNull Domain> domains,
            @NotBlank @Size(max = 20000) String content,
            @Size(max = 10) List<@NotNull @Valid AttachmentInput> attachments,
            /** Files uploaded before by the same caller (POST /api/v1/uploads), issue 20. */
            @Size(max = 10) List<@NotNull UUID> uploadIds,
            /** The submitting system's own reference (its case number): unique per client; 1–100 visible characters. */
            @Size(min = 1, max = 100) @Pattern(regexp = EXTERNAL_REFERENCE) String externalReference,
            /**
             * An anonymous letter recorded by an official (received by post, dropped in the box): no
             * petitioner, kind DENUNCIATION, its own received date. Officials only (docs/petitions.md).
             */
            Boolean anonymous) {

        public boolean isAnonymous() {
            return Boolean.TRUE.equals(anonymous);
        }

        /** Visible characters (letters of any script, digits, punctuation), no spaces at either end. */
        public static final String EXTERNAL_REFERENCE =
                "^[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}]([\\p{L}\\p{M}\\p{N}\\p{P}\\p{S} ]*[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}])?$";
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

    public record ExtensionRequest(
            @NotNull @PastOrPresent LocalDate effectiveDate,
            @NotNull @Min(1) @Max(60) Integer days,
            @NotBlank @Size(max = 100) String documentReference,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public enum LinkKind { DUPLICATE, REPEAT }

    public record LinkRequest(
            @NotNull LinkKind kind,
            @NotNull UUID otherPetitionId,
            @NotNull @PastOrPresent LocalDate effectiveDate,
            @NotBlank @Size(max = 100) String documentReference) {
    }

    public record RegisterRequest(
            boolean complex,
            boolean prolonged,
            boolean crowded,
            @NotBlank @Size(max = 2000) String reasons,
            @NotNull @PastOrPresent LocalDate registerDate) {
    }

    public record CorruptionFlagRequest(
            @NotBlank @Size(max = 2000) String summary,
            @NotNull @PastOrPresent LocalDate flaggedDate) {
    }

    /** The reason: at least 10 visible characters (invisible and space characters do not count). */
    public record IdentityRevealRequest(@NotBlank @VisibleText(min = 10) @Size(max = 1000) String reason) {
    }

    public record AnonymousSubmission(
            @NotNull @Pattern(regexp = UnitPath.REGEX) String unitPath,
            Channel channel,
            @NotNull @Valid SubjectInput subject,
            @NotEmpty @Size(max = 8) List<@NotNull Domain> domains,
            @NotBlank @Size(max = 20000) String content,
            @Size(max = 5) List<@NotNull @Valid AttachmentInput> attachments,
            /** Tokens of files uploaded before (POST /api/v1/public/uploads), issue 20. */
            @Size(max = 5) List<@NotNull @Size(min = 20, max = 100) String> uploadTokens) {
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

    public record HolidayInput(
            @NotNull LocalDate day,
            @NotNull CalendarDay.Kind kind,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 500) String source) {
    }

    /**
     * An official year as published from the government's notice: {@code source} names the notice
     * (a day without its own source inherits it).
     */
    public record HolidayTable(@NotNull @Size(max = 120) List<@NotNull @Valid HolidayInput> days,
            @Size(max = 500) String source) {
    }

    public record DeadlineRuleInput(
            @NotNull PetitionKind kind,
            @NotNull @Min(1) @Max(2) Integer instance,
            @NotNull Deadline phase,
            @NotNull Complexity complexity,
            boolean remoteArea,
            @NotNull @Min(1) @Max(365) Integer days,
            @NotNull CountUnit countUnit,
            @Min(0) @Max(5) int maxExtensions,
            @Min(0) @Max(365) int extensionDays,
            @NotBlank @Size(max = 300) String legalBasis,
            LocalDate effectiveFrom,
            LocalDate effectiveTo) {
    }

    public record ReceptionVisitRequest(
            @Pattern(regexp = UnitPath.REGEX) String unitPath,
            @NotNull @PastOrPresent LocalDateTime visitAt,
            @NotBlank @Size(max = 300) String place,
            @NotNull ReceptionVisit.Kind kind,
            @NotBlank @Size(max = 200) String receivingOfficial,
            @Size(max = 200) String leaderPresent,
            @NotNull @Min(1) @Max(1000) Integer people,
            Boolean groupVisit,
            @NotBlank @Size(max = 4000) String summary,
            @NotNull ReceptionVisit.VisitOutcome outcome,
            @Size(max = 50) List<@NotNull UUID> petitionIds) {
    }
}

package vn.minhbach.petitions;

/** Khiếu nại, tố cáo, kiến nghị, phản ánh, tố giác tội phạm. */
public enum PetitionKind {
    COMPLAINT, DENUNCIATION, RECOMMENDATION, FEEDBACK, CRIME_REPORT
}

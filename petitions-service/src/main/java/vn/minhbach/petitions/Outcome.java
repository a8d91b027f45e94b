package vn.minhbach.petitions;

/** Result of resolution: complaint/denunciation right, partly right or wrong; recommendations answered. */
public enum Outcome {
    RIGHT, PARTLY_RIGHT, WRONG, ANSWERED
}

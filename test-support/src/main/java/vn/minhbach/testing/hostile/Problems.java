package vn.minhbach.testing.hostile;

/** Assertion shared by the focused security tests: an answer is a clean problem document. */
public final class Problems {

    private Problems() {
    }

    /** Fails unless the answer has {@code expected} status and is a problem document without internals. */
    public static void assertProblem(String what, int expected, int status, String contentType, String body) {
        if (status != expected) {
            throw new AssertionError(what + ": expected " + expected + " but got " + status + " " + body);
        }
        String defect = HostileRunner.problemDefect(status, contentType == null ? "" : contentType, body);
        if (defect != null) {
            throw new AssertionError(what + ": " + status + " is not a clean problem document (" + defect + "): "
                    + contentType + " " + body);
        }
    }
}

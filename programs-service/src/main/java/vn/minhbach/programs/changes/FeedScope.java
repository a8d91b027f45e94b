package vn.minhbach.programs.changes;

/**
 * What a caller of the feed (or the owner of a webhook subscription) may see: an official the events
 * of its unit subtree ({@code unitRoot}); an integration client the events of the petitions it
 * submitted ({@code client}, its {@code IntakeClients.ref}). Exactly one of the two is set.
 */
public record FeedScope(String unitRoot, String client) {

    public static FeedScope unit(String root) {
        return new FeedScope(root, null);
    }

    public static FeedScope client(String ref) {
        return new FeedScope(null, ref);
    }

    public boolean isClient() {
        return client != null;
    }
}

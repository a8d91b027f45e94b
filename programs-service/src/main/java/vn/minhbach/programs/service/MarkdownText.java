package vn.minhbach.programs.service;

/**
 * User text (conference titles, instrument numbers, titles and issuers, program codes) made inert
 * inside the narrative's Markdown (issue 15.7): one line, HTML special characters as entities, and
 * every character that could open a Markdown construct escaped with a backslash (CommonMark 0.31,
 * "Backslash escapes": any ASCII punctuation may be escaped). A title can then never start a heading,
 * a list, a quote or a table row, open a link or an image, or carry raw HTML; it still reads as the
 * same words. Characters that open nothing inside a line ({@code - + = . ) : /} and parentheses without
 * brackets) are left as they are, so codes such as {@code 10-CTr/TU} keep their spelling; at the start
 * of the text they are escaped.
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    /** Inline-safe text: newlines and other control or separator characters flattened to one space. */
    public static String inline(String text) {
        if (text == null) {
            return "";
        }
        String flat = flatten(text);
        StringBuilder out = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '!', '#', '|', '~' -> out.append('\\').append(c);
                case '-', '+', '=', '.', ')', ':' -> {
                    // Only at the start (or after leading digits: "1. ", "2) ") can these begin a list
                    // item, a setext underline or a thematic break.
                    if (i == 0 || (c == '.' || c == ')') && flat.substring(0, i).chars().allMatch(Character::isDigit)) {
                        out.append('\\');
                    }
                    out.append(c);
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * User text for a document library that takes text as text (POI's runs, the PDF's DOM text nodes):
     * nothing to escape there, only flattened to one line so a title cannot break the layout.
     */
    public static String plain(String text) {
        return text == null ? "" : flatten(text);
    }

    /** Line breaks, tabs, other control characters and Unicode line/paragraph separators → one space. */
    static String flatten(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || c == '\u00a0' || Character.getType(c) == Character.FORMAT;
            if (blank) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}

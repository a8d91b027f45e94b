package vn.minhbach.programs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Plain JUnit: one line, entities for HTML, backslashes for Markdown, codes kept as they are spelt. */
class MarkdownTextTest {

    @Test
    void flattensLinesAndEscapesMarkupButKeepsCodes() {
        assertEquals("\\# x &lt;b&gt; \\[a\\](javascript:x) \\!\\[t\\](u)", MarkdownText.inline("# x\r\n<b>\u2028[a](javascript:x)\t![t](u)"));
        assertEquals("10-CTr/TU", MarkdownText.inline("10-CTr/TU"));
        assertEquals("56-ĐA/BCĐ", MarkdownText.inline("56-ĐA/BCĐ"));
        assertEquals("\\- item", MarkdownText.inline("- item"));
        assertEquals("1\\. item", MarkdownText.inline("1. item"));
        assertEquals("a \\*b\\* \\_c\\_ \\`d\\` &amp; e\\|f", MarkdownText.inline("a *b* _c_ `d` & e|f"));
        assertEquals("", MarkdownText.inline(null));
        assertEquals("x y", MarkdownText.inline("  x \u200B\n\n y  "));
    }
}

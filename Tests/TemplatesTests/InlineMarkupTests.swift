import Testing
@testable import Templates

/// Findings' `code` and *emphasis* as HTML, escaped, on pages.
@Suite struct InlineMarkupTests {
    @Test func codeAndEmphasisBecomeTagsAndEverythingElseIsEscaped() {
        #expect(InlineMarkup.html("skolan *kan* kalla; skriv `skolan: ska`") == "skolan <em>kan</em> kalla; skriv <code>skolan: ska</code>")
        #expect(InlineMarkup.html("`<script>alert(1)</script>` & *<b>*") == "<code>&lt;script&gt;alert(1)&lt;/script&gt;</code> &amp; <em>&lt;b&gt;</em>")
        #expect(InlineMarkup.html("5 * 3 och en ensam ` här") == "5 * 3 och en ensam ` här")
        #expect(InlineMarkup.html("`*inte kursiv*`") == "<code>*inte kursiv*</code>")
        #expect(InlineMarkup.html("\\*kan\\*") == "*kan*")
        #expect(InlineMarkup.plain("skolan *kan*, `skolan: ska`") == "skolan kan, skolan: ska")
    }
}

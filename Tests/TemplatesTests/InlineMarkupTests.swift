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

    /// A hint's line to type, indented, keeps its spaces on a page: it is code, which the stylesheet
    /// shows as written. Other quoted text stays text.
    @Test func aQuotedIndentedLineIsCode() {
        #expect(InlineMarkup.html("Raden har 3 mellanslag; raderna ovanför har 4. Skriv \"    verksamheter: [bup]\".")
                == "Raden har 3 mellanslag; raderna ovanför har 4. Skriv &quot;<code>    verksamheter: [bup]</code>&quot;.")
        #expect(InlineMarkup.html("rubriken \"7. Samtyke\" liknar den; \"  \" är tomt")
                == "rubriken &quot;7. Samtyke&quot; liknar den; &quot;  &quot; är tomt")
    }
}

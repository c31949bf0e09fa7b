@testable import BUSDocsKit
import Testing

/// The parts of `import` that read text: headings as Word documents write them, PDF lines re-flowed,
/// Markdown escaped, cadences as counts and periods, XML read without entities, services by their aliases.
@Suite struct ImportReadingTests {
    @Test func numberedAndBoldParagraphsAreHeadings() {
        #expect(BlockClassifier.block(RawParagraph(text: "3.2 Samverkan")) == .heading(level: 3, text: "3.2 Samverkan"))
        #expect(BlockClassifier.block(RawParagraph(text: "4. Avvikelser")) == .heading(level: 2, text: "4. Avvikelser"))
        #expect(BlockClassifier.block(RawParagraph(text: "14 dagar efter anmälan ska mötet hållas.")) == .paragraph("14 dagar efter anmälan ska mötet hållas."))
        #expect(BlockClassifier.block(RawParagraph(text: "2 kap. 5 § skollagen")) == .paragraph("2 kap. 5 § skollagen"))
        #expect(BlockClassifier.block(RawParagraph(text: "Om samverkan brister", bold: true)) == .heading(level: 2, text: "Om samverkan brister"))
        #expect(BlockClassifier.block(RawParagraph(text: "Gruppen träffas varje termin.", bold: true)) == .paragraph("Gruppen träffas varje termin."))
    }

    /// A PDF sets "3. Samverkan" and "3.1 Styrgruppen" in one size (one level): the numbers nest them.
    @Test func aNumberedSubheadingSetLikeItsSectionIsNestedUnderIt() {
        var document = ImportedDocument()
        document.blocks = [.title("Överenskommelse"), .heading(level: 3, text: "3. Samverkan"), .paragraph("Text."),
                           .heading(level: 3, text: "3.1 Styrgruppen"), .paragraph("Mer."), .heading(level: 3, text: "3.1.1 Möten"),
                           .heading(level: 3, text: "4. Avvikelser"), .heading(level: 3, text: "Bilaga")]
        #expect(MarkdownBody.render(document).split(separator: "\n").filter { $0.hasPrefix("#") }
                == ["# Överenskommelse", "## 3. Samverkan", "### 3.1 Styrgruppen", "#### 3.1.1 Möten", "## 4. Avvikelser", "## Bilaga"])
    }

    @Test func pdfLinesAreJoinedAndReflowed() {
        var document = ImportedDocument()
        #expect(TextReader.joined("Parterna ansvarar för samver-", "kan kring barnet", document: &document) == "Parterna ansvarar för samverkan kring barnet")
        #expect(TextReader.joined("inom barn-", "och ungdomspsykiatrin", document: &document) == "inom barn- och ungdomspsykiatrin")
        #expect(TextReader.joined("den lokala BUS-", "gruppen", document: &document) == "den lokala BUS-gruppen")
        #expect(TextReader.joined("stadsdelsområdena Rinkeby-Kista och Spånga-", "Tensta", document: &document) == "stadsdelsområdena Rinkeby-Kista och Spånga-Tensta")
        #expect(TextReader.joined("förskolan, skolan och/", "eller socialtjänsten", document: &document) == "förskolan, skolan och/eller socialtjänsten")
        #expect(document.notes[.hyphenationJoined] == 1)
        let lines = ["Samverkan kring barn i", "Sigtuna", "Överenskommelse mellan Sigtuna kommun och Region Stockholm som gäller för hela området och alla parter", "",
                     "1. Parter", "Socialtjänsten och BUP deltar i samverkan kring barn och unga i behov av särskilt stöd i hela", "kommunen.", "Sida 2 av 9"]
        let blocks = TextReader.blocks(lines: lines, markdown: false, document: &document)
        #expect(blocks.first == .title("Samverkan kring barn i Sigtuna"))
        #expect(blocks.contains(.heading(level: 2, text: "1. Parter")))
        #expect(blocks.contains(.paragraph("Socialtjänsten och BUP deltar i samverkan kring barn och unga i behov av särskilt stöd i hela kommunen.")))
        #expect(TextReader.isPageNumber("Sida 2 av 9") && TextReader.isPageNumber("- 3 -") && !TextReader.isPageNumber("2 gånger per år"))
    }

    /// A narrow table column breaks a word before its last letter and a comma; a title's line that ends
    /// in a preposition ("… SAMVERKAN KRING") goes on on the next line.
    @Test func aWordBrokenBeforeItsCommaAndATitleEndingInAPrepositionAreJoined() {
        var document = ImportedDocument()
        #expect(TextReader.joined("Barn- och utbildningsförvaltninge", "n, förskola och skola", document: &document)
                == "Barn- och utbildningsförvaltningen, förskola och skola")
        #expect(TextReader.joined("barnet bor med sin mamma", "o, pappa och syskon", document: &document) == "barnet bor med sin mamma o, pappa och syskon")
        let lines = ["LOKAL ÖVERENSKOMMELSE FÖR SAMVERKAN KRING", "BARN I BEHOV AV SÄRSKILT STÖD (BUS) 2017", "",
                     "Överenskommelsen omfattar barn under 18 år som är i behov av särskilt stöd från skolan och socialtjänsten samt från hälso- och sjukvården."]
        #expect(TextReader.blocks(lines: lines, markdown: false, document: &document).first
                == .title("LOKAL ÖVERENSKOMMELSE FÖR SAMVERKAN KRING BARN I BEHOV AV SÄRSKILT STÖD (BUS) 2017"))
    }

    @Test func anAbbreviationWithPointsInsideEndsNoSentence() {
        #expect(FactFinder.sentences("Överenskommelsen gäller fr.o.m. 2024-03-01 t.o.m. 2026-12-31. Den följs upp.")
                == ["Överenskommelsen gäller fr.o.m. 2024-03-01 t.o.m. 2026-12-31.", "Den följs upp."])
        #expect(FactFinder.sentences("Styrgruppen möts två gånger per år. 2025 följs den upp.") == ["Styrgruppen möts två gånger per år.", "2025 följs den upp."])
    }

    @Test func textIsEscapedButNoteMarkersStay() {
        #expect(MarkdownBody.escaped("1. Syfte", lineStart: true) == "1\\. Syfte")
        #expect(MarkdownBody.escaped("<b>a*b_c", lineStart: false) == "\\<b\\>a\\*b\\_c")
        #expect(MarkdownBody.escaped("Se bilaga [2] och [länk](x)", lineStart: false) == "Se bilaga [2] och \\[länk\\](x)")
        #expect(MarkdownBody.escaped("- punkt", lineStart: true) == "\\- punkt")
    }

    @Test func cadencesAreCountsOverPeriods() {
        let cadence = { (text: String) in FrequencyPhrase.cadence(in: Words.folded(text)).map { "\($0.times)/\($0.interval.text)" } }
        #expect(cadence("Gruppen träffas fyra gånger per år") == "4/år")
        #expect(cadence("minst en gång per termin") == "1/termin")
        #expect(cadence("vartannat år") == "1/vartannat år")
        #expect(cadence("två gånger per kvartal") == "2/var tredje månad")
        #expect(FrequencyPhrase.perYear(in: Words.folded("två gånger per kvartal")) == 8)
        #expect(FrequencyPhrase.deadlineDays(in: Words.folded("inom tio arbetsdagar")) == 14)
    }

    @Test func xmlIsReadWithoutEntitiesOrNetwork() throws {
        let plain = try XMLReader.parse(Array("<a xmlns:w=\"urn:w\"><w:t xml:space=\"preserve\">Hej &amp; välkommen</w:t></a>".utf8))
        #expect(plain.child("t")?.text == "Hej & välkommen")
        #expect(plain.child("t")?.attributes["space"] == "preserve")
        let external = try XMLReader.parse(Array("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>före &x; efter</a>".utf8))
        #expect(external.text == "före  efter")
        #expect(throws: XMLReader.Failure.self) { try XMLReader.parse(Array("<a><b></a>".utf8)) }
    }

    @Test func servicesAreFoundByTheirAliasesAtTheStartOfAWord() throws {
        let ruleSet = try #require(RuleSet.builtIn(named: "hök-2022"))
        let finder = FactFinder(document: ImportedDocument(), ruleSet: ruleSet)
        let found = { (text: String) in finder.services(in: Words.folded(text)[...]).map(\.service) }
        #expect(found("Barn- och ungdomspsykiatrin och socialförvaltningen") == ["bup", "socialtjanst"])
        #expect(found("Socialdirektören undertecknar") == [])
        #expect(found("barnavårdscentralen (BVC) och förskolan") == ["mvc-bvc", "utbildning"])
    }

    /// A parties table's row is read in the cells that name its party; a row whose name gives no service
    /// ("Gymnasie- och arbetsmarknadsförvaltningen") is read whole, and is still a party of its own.
    @Test func aPartyRowWhoseNameGivesNoServiceIsReadWhole() throws {
        let ruleSet = try #require(RuleSet.builtIn(named: "hök-2022"))
        let document = ImportedDocument(blocks: [
            .heading(level: 1, text: "Parter"),
            .table(rows: [
                ["Part", "Huvudman", "Ansvar och uppdrag"],
                ["Socialförvaltningen, Huddinge kommun", "Huddinge kommun", "Barn- och ungdomsvård enligt SoL"],
                ["Gymnasie- och arbetsmarknadsförvaltningen, Huddinge kommun", "Huddinge kommun", "Gymnasieskola och elevhälsa"],
                ["BUP Huddinge", "Region Stockholm", "Samverkar med elevhälsan och socialtjänsten"],
            ], header: true),
        ])
        let parties = FactFinder(document: document, ruleSet: ruleSet).facts(knownRuleSet: "hök-2022").parties
        #expect(parties.map(\.name?.value) == ["Socialförvaltningen, Huddinge kommun", "Gymnasie- och arbetsmarknadsförvaltningen, Huddinge kommun", "BUP Huddinge"])
        #expect(parties.map(\.services) == [["socialtjanst"], ["utbildning", "elevhalsa"], ["bup"]])
    }

    /// A role is a whole noun phrase in the indefinite form: never cut at "barn- och" or "för", never
    /// "enhetschefen".
    @Test func aRoleIsAWholeNounPhraseInTheIndefiniteForm() throws {
        let ruleSet = try #require(RuleSet.builtIn(named: "hök-2022"))
        let finder = FactFinder(document: ImportedDocument(), ruleSet: ruleSet)
        let role = { (text: String) in finder.role(in: FactFinder.unit(text, paragraph: 1, headings: [], isHeading: false, block: 0)) }
        #expect(role("BUS individforum sammankallas av enhetschefen för socialtjänstens barn- och ungdomsenhet och hålls inom två veckor.")
                == "Enhetschef för socialtjänstens barn- och ungdomsenhet")
        #expect(role("Individforum sammankallas av rektorn och hålls inom 14 dagar.") == "Rektor")
        #expect(role("Samordnaren för barn och unga kallar.") == "Samordnare för barn och unga")
        // Too long to reach its noun: back to the last whole word, never a fragment.
        #expect(role("Kallas av chefen för stadens barn- och och och och ungdomsverksamhet.") == "Chef för stadens")
        #expect(role("Enhetschef barn och unga, socialtjänsten") == "Enhetschef barn och unga")
        // The verb after it is no part of it.
        #expect(role("Utbildningsförvaltningens verksamhetschef för elevhälsan sammankallar.") == "Verksamhetschef för elevhälsan")
        // A signature column read as one line: the administration after the role is the party it signs for.
        #expect(role("Förvaltningschef Barn- och ungdomsförvaltningen, Järfälla kommun") == "Förvaltningschef")
    }

    /// A running header is dropped where it stands, at a page's top; the title under it that repeats its
    /// words stays (bus-docs' own PDF heads every page with the agreement's title).
    @Test func aTitleRepeatingTheRunningHeaderStays() {
        var document = ImportedDocument()
        let title = "Lokal BUS-överenskommelse för Järfälla 2027–2030"
        let pages = [
            [title, "Samverkan kring barn i behov av särskilt stöd (BUS)", title, "Gäller från 2027-01-01.", "Text.", "Sida 1 av 3"],
            [title, "Mer text.", "Och mer.", "Sida 2 av 3"],
            [title, "Sista texten.", "Slut.", "Sida 3 av 3"],
        ]
        let kept = TextReader.dropRunningLines(pages, text: { $0 }, document: &document)
        #expect(kept == [
            ["Samverkan kring barn i behov av särskilt stöd (BUS)", title, "Gäller från 2027-01-01.", "Text."],
            ["Mer text.", "Och mer."], ["Sista texten.", "Slut."],
        ])
    }

    /// A title's place: the years after it are not part of it, and a place after a dash is one when it is
    /// a municipality ("… särskilt stöd – Upplands-Bro"). A heading "Name (Kind)" names its group.
    @Test func aTitlesPlaceLeavesOutItsYearsAndMayFollowADash() {
        #expect(FactFinder.isYears("2027–2030") && FactFinder.isYears("2027") && FactFinder.isYears("2027-2030"))
        #expect(!FactFinder.isYears("12") && !FactFinder.isYears("4B") && !FactFinder.isYears("2027–30"))
        func area(_ title: String) -> String? {
            var document = ImportedDocument()
            document.blocks = [.title(title), .paragraph("Socialtjänsten och skolan samverkar med BUP.")]
            return DocumentImporter.draft(document, rules: nil).facts.area?.value
        }
        #expect(area("Lokal BUS-överenskommelse för Järfälla 2027–2030") == "Järfälla")
        #expect(area("Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd – Upplands-Bro") == "Upplands-Bro")
        #expect(area("Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd – Reviderad") == nil)
        #expect(FactFinder.nameBeforeKind("BUS ledningsgrupp Järfälla (Styrgrupp)")! == ("BUS ledningsgrupp Järfälla", "Styrgrupp"))
        #expect(FactFinder.nameBeforeKind("Styrgrupp") == nil)
    }
}

/// A line set larger than the text is a heading unless it is a drop cap's letter, leads into what
/// follows, or is a sentence before its note's marker (pandoc's drop_cap, image_vml, sdt_in_footnote).
@Suite struct LargerLinesTests {
    @Test func aLargerLineIsAHeadingOnlyWhenItReadsAsOne() {
        #expect(BlockClassifier.block(RawParagraph(text: "Styrgrupp", larger: true)) == .heading(level: 2, text: "Styrgrupp"))
        #expect(BlockClassifier.block(RawParagraph(text: "D", larger: true)) == .paragraph("D"))
        #expect(BlockClassifier.block(RawParagraph(text: "It should follow below:", larger: true)) == .paragraph("It should follow below:"))
        #expect(BlockClassifier.block(RawParagraph(text: "Lorem ipsum dolor sit amet. [1]", larger: true)) == .paragraph("Lorem ipsum dolor sit amet. [1]"))
    }
}

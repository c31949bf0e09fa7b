import BUSDocsKit
import Testing
import TestSupport
@testable import Templates

/// Golden files for every template and format, each HTML page also parsed by libxml2.
@Suite struct RenderingTests {
    let source = Documents.source()
    let renderer = Documents.renderer

    func expectValidHTML(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(HTMLValidator.problems(in: html) == [], sourceLocation: sourceLocation)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"), sourceLocation: sourceLocation)
    }

    @Test func agreementPage() throws {
        let html = try renderer.agreementPage(source)
        expectValidHTML(html)
        Snapshot.expect(html, matches: "agreement.html")
    }

    /// The document to sign stands alone: its attachments, form and the groups' agendas are named, never
    /// linked (a PDF or a file sent by mail has nothing beside it); the site's page links to them.
    @Test func theDocumentToSignLinksToNothingBesideIt() throws {
        let standalone = try renderer.agreementPage(source, siteHome: nil)
        expectValidHTML(standalone)
        let links = standalone.components(separatedBy: "<a href=").dropFirst().map { $0.prefix { $0 != ">" } }
        #expect(links.isEmpty, "\(links)")
        #expect(standalone.contains("<li>Avvikelseblankett</li>"))
        let site = try renderer.agreementPage(source)
        #expect(site.contains("<a href=\"avvikelseblankett.html\">"))
        #expect(site.contains("<a href=\"protokoll-individforum.html\">"))
    }

    /// A site has its stylesheet once, beside the index, and its pages link it; a document on its own
    /// (to print, send or sign) carries it.
    @Test func aSiteLinksItsOneStylesheetAndADocumentOnItsOwnCarriesIt() throws {
        let files = try SiteBuilder(renderer: renderer, today: Documents.today).files(for: [source])
        #expect(files.first { $0.path == "style.css" }?.text == renderer.templates.stylesheet)
        for file in files where file.path.hasSuffix(".html") {
            let link = file.path.contains("/") ? "../style.css" : "style.css"
            #expect((file.text ?? "").contains("<title>") && (file.text ?? "").contains("<link rel=\"stylesheet\" href=\"\(link)\">\n</head>"), "\(file.path)")
            #expect(!(file.text ?? "").contains("<style>"), "\(file.path)")
        }
        let standalone = try renderer.agreementPage(source, siteHome: nil)
        #expect(standalone.contains("<style>\n" + renderer.templates.stylesheet + "\n</style>\n</head>"))
        #expect(!standalone.contains("<link rel=\"stylesheet\""))
        #expect(try renderer.deviationForm(source).contains("<style>\n" + renderer.templates.stylesheet))
    }

    @Test func theIndexCountsOneAgreementInTheSingular() throws {
        #expect(try renderer.index([source]).contains("<p>1 överenskommelse. Status avser"))
    }

    @Test func indexWithComparison() throws {
        let html = try renderer.index([source, Documents.source(Documents.validText.replacingOccurrences(of: "skolan: ska", with: "skolan: kan"), slug: "andra")])
        expectValidHTML(html)
        Snapshot.expect(html, matches: "index.html")
    }

    @Test func unreadableAgreementPageAndIndexRow() throws {
        let text = Documents.validText.replacingOccurrences(of: "\ngiltighet:", with: "\n\tgiltighet:")
        let parsed = AgreementParser.parse(bytes: Array(text.utf8), path: "Agreements/trasig.md")
        #expect(parsed.agreement == nil)
        let unreadable = UnreadableSource(path: "Agreements/trasig.md", slug: "trasig", diagnostics: Validator(today: Documents.today).validate(parsed), source: parsed.source)
        let html = try renderer.unreadablePage(unreadable)
        expectValidHTML(html)
        Snapshot.expect(html, matches: "unreadable.html")
        let builder = SiteBuilder(renderer: renderer, today: Documents.today)
        let index = try builder.index(summaries: [builder.summary(of: .readable(source)), builder.summary(of: .unreadable(unreadable))]).text ?? ""
        expectValidHTML(index)
        #expect(index.contains("<p>2 överenskommelser."))
        #expect(index.contains("<td><a href=\"trasig/index.html\">trasig.md</a></td><td>–</td><td>–</td><td><span class=\"status status-olaslig\">Kan inte läsas</span> (1 fel)</td>"))
        // Left out of the comparison: it has no values to compare.
        #expect(!index.contains("<th scope=\"row\"><a href=\"trasig/index.html\">"))
    }

    /// The receiver column names the body as the current rule set names it: the samrådsgrupp, also where
    /// the file still writes BUSSAM and where the agreement is written under bus-2012, so that an area under
    /// each rule set sending to the same body is not marked as standing out. A marked cell says so in text.
    @Test func theReceiverIsNamedAsTheCurrentRuleSetNamesIt() throws {
        let hok = Documents.source(Documents.validText.replacingOccurrences(of: "regelverk: bus-2012", with: "regelverk: hök-2022"), slug: "nyby")
        #expect(hok.ruleSet.id == "hök-2022" && source.ruleSet.id == "bus-2012")
        let html = try renderer.index([hok, source])
        expectValidHTML(html)
        #expect(html.components(separatedBy: "<td>samrådsgruppen för barns och ungas hälsa</td><td>en gång per år</td>").count == 3, "\(html)")
        #expect(!html.contains("BUSSAM"))
        #expect(!html.contains("avviker"))
        let oral = Documents.source(Documents.validText.replacingOccurrences(of: "samtycke: skriftligt", with: "samtycke: muntligt"), slug: "b")
        let marked = try renderer.index([hok, source, oral])
        #expect(marked.contains("<td class=\"avviker\">muntligt<span class=\"dold\"> (avviker)</span></td>"), "\(marked)")
    }

    /// A finding's note is listed under it with its own line, on the agreement's page and an unreadable one.
    @Test func aFindingsNoteIsShownWithItsLine() throws {
        let duplicate = Documents.source(Documents.validText.replacingOccurrences(of: "  - id: hab\n", with: "  - id: bup\n"))
        let page = try renderer.agreementPage(duplicate)
        expectValidHTML(page)
        #expect(page.contains("id <code>bup</code> finns redan<br><span class=\"not\">rad 22, kolumn 9: först använt här</span><br><span class=\"tips\">"))
        let noted = Diagnostic(severity: .error, ruleID: "BUS019", message: LocalizedText(sv: "id `a` finns redan", en: "id `a` is already used"),
                               location: SourceLocation(line: 3, column: 1),
                               notes: [Note(message: LocalizedText(sv: "först använt här", en: "first used here"), location: SourceLocation(line: 2, column: 1))])
        let unreadable = try renderer.unreadablePage(UnreadableSource(path: "kort.md", slug: "kort", diagnostics: [noted], source: nil))
        expectValidHTML(unreadable)
        #expect(unreadable.contains("<span class=\"not\">rad 2, kolumn 1: först använt här</span>"))
    }

    @Test func anUnreadableFileQuotesOnlyLinesItHas() throws {
        let source = SourceFile(path: "kort.md", text: "---\nbus-docs: [\n")
        let past = Diagnostic(severity: .error, ruleID: "BUS019", message: LocalizedText(sv: "slut", en: "end"), location: SourceLocation(line: 40, column: 1))
        let near = Diagnostic(severity: .error, ruleID: "BUS019", message: LocalizedText(sv: "nära", en: "near"), location: SourceLocation(line: 3, column: 1))
        #expect(UnreadableSource(path: "kort.md", slug: "kort", diagnostics: [past], source: source).lines.isEmpty)
        #expect(UnreadableSource(path: "kort.md", slug: "kort", diagnostics: [near], source: source).lines.keys.sorted() == [1, 2, 3].filter { $0 <= source.lines.count })
        expectValidHTML(try renderer.unreadablePage(UnreadableSource(path: "kort.md", slug: "kort", diagnostics: [past, near], source: nil)))
    }

    @Test(arguments: DocumentRenderer.Format.allCases)
    func individforumProtocol(format: DocumentRenderer.Format) throws {
        let output = try renderer.groupDocument(
            source, group: Documents.group("individforum", in: source), date: LocalDate(iso: "2026-11-20"),
            noticed: LocalDate(iso: "2026-11-02"), today: Documents.today, format: format)
        if format == .html { expectValidHTML(output) }
        Snapshot.expect(output, matches: "protocol-individforum.\(format.rawValue)")
    }

    @Test(arguments: DocumentRenderer.Format.allCases)
    func steeringGroupAgenda(format: DocumentRenderer.Format) throws {
        let output = try renderer.groupDocument(
            source, group: Documents.group("styrgrupp", in: source), date: LocalDate(iso: "2027-02-10"),
            noticed: nil, today: Documents.today, format: format)
        if format == .html { expectValidHTML(output) }
        Snapshot.expect(output, matches: "agenda-styrgrupp.\(format.rawValue)")
    }

    /// A behandlingskonferens: its cases raised anonymised, or openly with consent for the occasion.
    @Test(arguments: DocumentRenderer.Format.allCases)
    func treatmentConferenceAgenda(format: DocumentRenderer.Format) throws {
        let conference = Documents.source(Documents.validText.replacingOccurrences(of: "avvikelser:\n", with: """
              - id: behandlingskonferens
                typ: behandlingskonferens
                namn: BUS-behandlingskonferens
                ledamöter:
                  - { part: bup, roll: Enhetschef }
                  - { part: hab, roll: Enhetschef }
                  - { part: sof, roll: Enhetschef }
                möten: { minst: 2, per: månad }
                sammankallande: { part: bup, roll: Enhetschef }
            avvikelser:

            """))
        let output = try renderer.groupDocument(
            conference, group: Documents.group("behandlingskonferens", in: conference), date: LocalDate(iso: "2027-02-10"),
            noticed: nil, today: Documents.today, format: format)
        if format == .html { expectValidHTML(output) }
        Snapshot.expect(output, matches: "agenda-behandlingskonferens.\(format.rawValue)")
    }

    @Test(arguments: DocumentRenderer.Format.allCases)
    func deviationForm(format: DocumentRenderer.Format) throws {
        let output = try renderer.deviationForm(source, format: format)
        if format == .html { expectValidHTML(output) }
        Snapshot.expect(output, matches: "avvikelseblankett.\(format.rawValue)")
    }

    @Test func theRealStylesheetIsInlinedWithItsPrintRules() throws {
        let templates = try TemplateSet.load()
        let page = try DocumentRenderer(templates: templates).deviationForm(source)
        #expect(page.contains("<style>\n" + templates.stylesheet + "\n</style>"))
        #expect(templates.stylesheet.contains("@page {\n  size: A4;"))
        #expect(templates.stylesheet.contains("content: \"Sida \" counter(page) \" av \" counter(pages)"))
        #expect(templates.stylesheet.contains("@page liggande { size: A4 landscape;"))
        #expect(templates.stylesheet.contains("@media print"))
    }

    /// On paper a heading is never larger than the one above it: the sections under "Överenskommelsens
    /// text" (h3) and an agenda's items print smaller than the h2 they stand under, and larger than the text.
    @Test func printedHeadingsShrinkWithTheirLevel() throws {
        let css = try TemplateSet.load().stylesheet
        let print = try #require(css.components(separatedBy: "@media print {\n").dropFirst().first?.components(separatedBy: "\n}\n").first)
        func points(_ selector: String) -> Double? {
            let rule = print.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(selector + " {") }
            return rule?.components(separatedBy: "font-size: ").dropFirst().first?.components(separatedBy: "pt").first.flatMap { Double($0) }
        }
        let sizes = ["body", "h1", "h2", "h3", ".dagordning h3"].map { ($0, points($0)) }
        #expect(sizes.map(\.0) == ["body", "h1", "h2", "h3", ".dagordning h3"] && sizes.allSatisfy { $0.1 != nil }, "\(sizes)")
        let body = try #require(points("body")), h1 = try #require(points("h1")), h2 = try #require(points("h2")), h3 = try #require(points("h3"))
        let item = try #require(points(".dagordning h3"))
        #expect(h1 > h2 && h2 > h3 && h3 > body, "h1 \(h1), h2 \(h2), h3 \(h3), text \(body)")
        #expect(h2 > item && item > body, "an agenda item \(item) under h2 \(h2)")
        // `import` reads a PDF's headings as lines set at least 15 % larger than the text.
        #expect(h3 >= body * 1.15, "h3 \(h3), text \(body)")
    }

    /// Printed, the agreement's text has room between its paragraphs (the general 0.35rem, some 4 pt at
    /// 9.5 pt text, read as one block); the forms keep their tight paragraphs, and their two pages: the rule
    /// is the agreement text's (`.brodtext`), which no form has.
    @Test func printedParagraphsOfTheAgreementsTextAreApartAndTheFormsKeepTheirs() throws {
        let css = try TemplateSet.load().stylesheet
        let print = try #require(css.components(separatedBy: "@media print {\n").dropFirst().first?.components(separatedBy: "\n}\n").first)
        func rule(_ selector: String) -> String? {
            print.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(selector + " {") }.map(String.init)
        }
        #expect(rule("p")?.contains("margin: 0.35rem 0;") == true, "\(String(describing: rule("p")))")
        let text = try #require(rule(".brodtext p"))
        let margin = try #require(text.components(separatedBy: "margin: ").dropFirst().first?.components(separatedBy: "em").first.flatMap { Double($0) }, "\(text)")
        #expect(margin >= 0.6, "\(text)")
        #expect(try renderer.agreementPage(source, siteHome: nil).contains("<section class=\"brodtext\""))
        let forum = try renderer.groupDocument(source, group: Documents.group("individforum", in: source), date: nil, noticed: nil, today: Documents.today, format: .html)
        let agenda = try renderer.groupDocument(source, group: Documents.group("styrgrupp", in: source), date: nil, noticed: nil, today: Documents.today, format: .html)
        for form in [try renderer.deviationForm(source), forum, agenda] {
            #expect(!form.contains("brodtext"))
        }
    }

    /// Printed (and so in the PDF's form), a free-text answer has room for its rows: at least 0.45 cm a row
    /// for the reason for a meeting (3 rows), an agenda item's notes (3) and a description (6).
    @Test func printedFreeTextBoxesHaveRoomToWrite() throws {
        let css = try TemplateSet.load().stylesheet
        let print = try #require(css.components(separatedBy: "@media print {\n").dropFirst().first?.components(separatedBy: "\n}\n").first)
        func centimetres(_ selector: String) -> Double? {
            let rule = print.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(selector + " {") }
            return rule?.components(separatedBy: "min-height: ").dropFirst().first?.components(separatedBy: "cm").first.flatMap { Double($0) }
        }
        for (selector, rows) in [("textarea", 3), ("textarea[rows=\"6\"]", 6), (".dagordning textarea", 3)] {
            let height = try #require(centimetres(selector), "\(selector)")
            #expect(height >= 0.45 * Double(rows), "\(selector): \(height) cm for \(rows) rows")
        }
    }

    /// The stylesheet is inlined into Swedish pages: its comments are Swedish too.
    @Test func theDefaultStylesheetsCommentsAreSwedish() throws {
        let css = try TemplateSet.load().stylesheet
        let comments = css.components(separatedBy: "/*").dropFirst().map { $0.components(separatedBy: "*/")[0] }
        #expect(comments.count >= 4)
        let english: Set<String> = ["the", "of", "and", "every", "at", "changes", "yearly", "edit", "gets"]
        for comment in comments {
            let words = comment.lowercased().split { !$0.isLetter }.map(String.init)
            #expect(words.filter(english.contains).isEmpty, "\(comment)")
        }
    }

    /// The footer says what a page was made from: one agreement, all of them, the register, two versions.
    @Test func theFooterSaysWhatThePageWasMadeFrom() throws {
        let footer = { (html: String) in html.components(separatedBy: "<footer class=\"sidfot\"><p>").last?.components(separatedBy: "</p>").first ?? "" }
        #expect(footer(try renderer.agreementPage(source)) == "Skapad med bus-docs från överenskommelsens källfil.")
        #expect(footer(try renderer.deviationForm(source)) == "Skapad med bus-docs från överenskommelsens källfil.")
        #expect(footer(try renderer.index([source])) == "Skapad med bus-docs från överenskommelsernas källfiler.")
        let (report, ruleSets) = try ReportRenderingTests.exampleReport()
        #expect(footer(try renderer.followUpReport(report, ruleSets: ruleSets)) == "Skapad med bus-docs från uppföljningsregistret.")
    }

    @Test func headingsNeverSkipALevel() throws {
        let files = try SiteBuilder(renderer: renderer, today: Documents.today).files(for: [source])
        for file in files where file.path.hasSuffix(".html") {
            let levels = (file.text ?? "").split(separator: "<h").compactMap { $0.first?.wholeNumberValue }
            #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1, "\(file.path): one h1, first")
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "\(file.path): h\(previous) then h\(next)")
            }
        }
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let files = try SiteBuilder(renderer: renderer, today: Documents.today).files(for: [source])
        let again = try SiteBuilder(renderer: renderer, today: Documents.today).files(for: [Documents.source()])
        #expect(files == again)
        #expect(files.map(\.path) == [
            "index.html", "style.css", "testomradet/index.html", "testomradet/dagordning-styrgrupp.html",
            "testomradet/dagordning-arbetsgrupp.html", "testomradet/protokoll-individforum.html",
            "testomradet/avvikelseblankett.html",
        ])
        for file in files where file.path.hasSuffix(".html") {
            #expect(HTMLValidator.problems(in: file.text ?? "") == [], "\(file.path)")
        }
    }
}

/// The comparison marks values against each column's most common one, counted once per column.
@Suite struct ComparisonTests {
    @Test func theUsualValueIsTheSingleLeader() {
        #expect(IndexView.usualValue(in: ["år", "år", "termin", nil]) == .value("år"))
        #expect(IndexView.usualValue(in: ["år", "år", nil]) == .uniform)
        #expect(IndexView.usualValue(in: ["år", "termin"]) == .none)
        #expect(!IndexView.differs("år", from: .value("år")))
        #expect(IndexView.differs("termin", from: .value("år")))
        #expect(!IndexView.differs("år", from: .none))
        #expect(IndexView.differs(nil, from: .none))
        #expect(IndexView.differs(nil, from: .uniform))
        #expect(!IndexView.differs("år", from: .uniform))
    }
}

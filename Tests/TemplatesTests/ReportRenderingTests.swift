import BUSDocsKit
import Foundation
import Testing
import TestSupport
@testable import Templates

/// The yearly follow-up made from the example registers in `Register/` for the agreements in `Agreements/`.
@Suite struct ReportRenderingTests {
    static func exampleReport(suppressing: Bool = true, today: LocalDate? = nil,
                              names: [String] = ["nacka-2023.md", "rinkeby-kista-spanga-tensta-2017.md"]) throws -> (FollowUpReport, [String: RuleSet]) {
        let root = TestPaths.packageRoot()
        var areas: [FollowUpArea] = []
        var ruleSets: [String: RuleSet] = [:]
        for name in names {
            let path = root.appendingPathComponent("Agreements/\(name)").path
            let parsed = AgreementParser.parse(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
            let agreement = try #require(parsed.agreement)
            let ruleSet = Validator(today: Documents.today).ruleSet(for: agreement).0
            let folder = RegisterReader.areaFolder(register: root.appendingPathComponent("Register").path, agreementPath: path)
            let readings = RegisterReader.years(in: folder).map { RegisterReader.read(areaFolder: folder, year: $0, agreement: agreement, ruleSet: ruleSet) }
            #expect(readings.allSatisfy { $0.files.allSatisfy { $0.diagnostics.isEmpty } }, "\(readings.flatMap(\.files).flatMap(\.diagnostics))")
            let slug = (folder as NSString).lastPathComponent
            ruleSets[slug] = ruleSet
            areas.append(FollowUpArea(name: agreement.area?.value ?? slug, slug: slug, agreement: agreement, ruleSet: ruleSet, registers: readings.map(\.year)))
        }
        return (FollowUpReport(year: 2025, areas: areas, suppressing: suppressing, today: today), ruleSets)
    }

    @Test func reportOfTheExampleRegisters() throws {
        let (report, ruleSets) = try Self.exampleReport()
        let html = try Documents.renderer.followUpReport(report, ruleSets: ruleSets)
        #expect(HTMLValidator.problems(in: html).isEmpty)
        Snapshot.expect(html, matches: "report.html")
    }

    @Test func reportInMarkdownAndWord() throws {
        let (report, ruleSets) = try Self.exampleReport()
        let markdown = try Documents.renderer.followUpReport(report, ruleSets: ruleSets, format: .md)
        Snapshot.expect(markdown, matches: "report.md")
        // Word: the same tables, each with a caption, the protected counts as they are in the HTML.
        let (body, _) = WordRenderer().reportBody(ReportView(report, ruleSets: ruleSets))
        let document = WordPackage(body: body, properties: .init(title: "Uppföljning", subject: "Uppföljning", area: nil)).documentPart
        Snapshot.expect(document, matches: "report.document.xml")
        let view = ReportView(report, ruleSets: ruleSets)
        let tables = (view.overview == nil ? 0 : 1) + view.regionTables.count + view.areas.map(\.tables.count).reduce(0, +)
        #expect(document.components(separatedBy: "<w:tbl>").count - 1 == tables)
        #expect(markdown.components(separatedBy: "\n|---|").count - 1 == tables)
        // Printed, each figure is on one line ("färre än 3" with no-break spaces, never "färre / än 3") and
        // set right, as are the heads of the figures' columns; the row heads stay left.
        #expect(document.contains("<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">färre\u{00A0}än\u{00A0}3</w:t></w:r></w:p>"))
        #expect(!document.contains(">färre än 3</w:t>"))
        let firstTable = try #require(document.components(separatedBy: "<w:tbl>").dropFirst().first)
        let head = try #require(firstTable.components(separatedBy: "</w:tr>").first)
        let heads = head.components(separatedBy: "<w:tc>").dropFirst()
        #expect(heads.count > 1 && !heads.first!.contains("<w:jc ") && heads.dropFirst().allSatisfy { $0.contains("<w:jc w:val=\"right\"/>") }, "\(head)")
        let cells = firstTable.components(separatedBy: "<w:tr>").dropFirst(2).flatMap { $0.components(separatedBy: "<w:tc>").dropFirst() }
        #expect(!cells.isEmpty && cells.filter { !$0.contains("<w:jc w:val=\"right\"/>") }.count == cells.count / table(firstTable).columns, "\(firstTable)")
    }

    /// A Word table's shape: its number of columns (`w:gridCol`).
    private func table(_ xml: String) -> (columns: Int, rows: Int) {
        (xml.components(separatedBy: "<w:gridCol ").count - 1, xml.components(separatedBy: "<w:tr>").count - 1)
    }

    /// Part of a year is not compared with the whole year before: the sentences that say a change from
    /// 2024 are there when 2025 is over and left out while it is not, and the period says why.
    @Test func aPartOfAYearIsNotComparedWithTheWholeYearBefore() throws {
        let (whole, ruleSets) = try Self.exampleReport()
        let wholeView = ReportView(whole, ruleSets: ruleSets)
        let comparisons = (wholeView.summary + wholeView.areas.flatMap(\.sentences)).filter { $0.contains("år 2024") }
        #expect(comparisons == ["Antalet avvikelser ökade från 77 år 2024 till 85 år 2025.", "Antalet avvikelser ökade från 33 år 2024 till 41 år 2025."])
        #expect(wholeView.period == nil)
        let (part, _) = try Self.exampleReport(today: LocalDate(iso: "2025-12-30"))
        let partView = ReportView(part, ruleSets: ruleSets)
        #expect((partView.summary + partView.areas.flatMap(\.sentences)).filter { $0.contains("år 2024") } == [])
        #expect(partView.period == "Året är inte slut: uppföljningen gäller 2025-01-01–2025-12-30. Ett ärende utan möte räknas som sent först när "
            + "tidsfristen har gått ut. Talen för 2025 jämförs inte med tidigare år förrän året är slut.")
        // The tables still have the years side by side, under that sentence.
        #expect(partView.regionTables[0].head == ["Uppgift", "2024", "2025"])
    }

    @Test func chartsAreAccessibleAndSayTheirFigures() throws {
        let (report, ruleSets) = try Self.exampleReport()
        let html = try Documents.renderer.followUpReport(report, ruleSets: ruleSets)
        let charts = html.components(separatedBy: "<svg ").dropFirst()
        #expect(charts.count == 6)
        for chart in charts {
            #expect(chart.hasPrefix("role=\"img\" aria-labelledby="))
            #expect(chart.contains("<title id=") && chart.contains("<desc id="))
        }
        // The description says the same figures as the table.
        let region = report.region.last!
        #expect(html.contains("<desc id=\"region-avvikelser-ar-beskrivning\">2024: \(report.region[0].deviations); 2025: \(region.deviations)."))
    }

    @Test func anAreaWithoutARegisterSaysSo() throws {
        let (_, ruleSets) = try Self.exampleReport()
        let root = TestPaths.packageRoot()
        let path = root.appendingPathComponent("Agreements/nacka-2023.md").path
        let agreement = try #require(AgreementParser.parse(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), path: path).agreement)
        let none = FollowUpReport(year: 2025, areas: [FollowUpArea(name: "Nacka", slug: "nacka-2023", agreement: agreement, ruleSet: ruleSets["nacka-2023"]!, registers: [])], suppressing: true)
        let html = try Documents.renderer.followUpReport(none, ruleSets: ruleSets)
        #expect(html.contains("<p>Det finns inget register för 2025.</p>"))
        // One area: no overview repeating it.
        #expect(!html.contains("<tr><th scope=\"row\">Nacka</th><td>inget register</td>") && !html.contains("id=\"oversikt\""))
    }

    /// Nacka's agreement with a register year made here (no register files needed).
    static func nackaReport(_ register: RegisterYear, suppressing: Bool = true) throws -> (FollowUpReport, [String: RuleSet]) {
        let (_, ruleSets) = try exampleReport()
        let path = TestPaths.packageRoot().appendingPathComponent("Agreements/nacka-2023.md").path
        let agreement = try #require(AgreementParser.parse(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), path: path).agreement)
        let area = FollowUpArea(name: "Nacka", slug: "nacka-2023", agreement: agreement, ruleSet: ruleSets["nacka-2023"]!, registers: [register])
        return (FollowUpReport(year: register.year, areas: [area], suppressing: suppressing), ruleSets)
    }

    /// A chart whose figures are all hidden (or hidden and 0) would be labels without bars: the page says
    /// in one sentence that it is not drawn, and why, with the link to its table; the legend explains
    /// the signs the tables use and no other.
    @Test func aChartWithNothingToDrawIsOneSentence() throws {
        var register = RegisterYear(year: 2025)
        let day = try #require(LocalDate(iso: "2025-03-04"))
        register.deviations = [DeviationEntry(date: day, from: "socialtjanst", to: "bup", topic: .sip, principal: false, status: .solvedLocally),
                               DeviationEntry(date: day, from: "elevhalsa", to: "bup", topic: .sip, principal: false, status: .solvedLocally)]
        let (report, ruleSets) = try Self.nackaReport(register)
        let html = try Documents.renderer.followUpReport(report, ruleSets: ruleSets)
        let section = try #require(html.components(separatedBy: "<section class=\"omrade\" id=\"nacka-2023\"").last)
        #expect(!html.contains("<svg") && !html.contains("<figure"))
        #expect(section.contains("""
            <p>Diagrammet ”Avvikelser 2025 per mottagande verksamhet, Nacka” visas inte, eftersom alla dess tal är skyddade; talen står i tabellen \
            <a href="#nacka-2023-matris">Avvikelser 2025: skickande verksamhet (rad) och mottagande (kolumn)</a>.</p>
            <p>Diagrammet ”Avvikelser 2025 per ämne, Nacka” visas inte, eftersom dess tal är 0 eller skyddade; talen står i tabellen \
            <a href="#nacka-2023-avvikelser">Avvikelser efter ämne och status</a>.</p>
            """), "\(section)")
        #expect(HTMLValidator.problems(in: html).isEmpty)
        // Each of the two deviations is hidden as "..", so that neither can be told from the other: the
        // legend has that sign, "–" (no share or median without meetings, no sip.csv), and no "färre än 3".
        #expect(!html.contains("färre än 3"))
        #expect(ReportView(report, ruleSets: ruleSets).notice == "Små tal är skyddade: ”..” står för ett tal som döljs så att ett litet tal inte kan räknas fram ur en summa. "
            + "Ett tal har samma tecken i alla tabeller där det står. Summorna är räknade före skyddet. ”–” betyder att uppgiften saknas eller inte redovisas.")
        // Internal: every count shown, so the chart is drawn.
        let (unprotected, _) = try Self.nackaReport(register, suppressing: false)
        #expect(try Documents.renderer.followUpReport(unprotected, ruleSets: ruleSets).components(separatedBy: "<svg ").count - 1 == 2)
    }

    /// The legend says each sign the tables use, and only those: "–" whenever a table has it (the example
    /// report: a party without SIPs in 2024), none of the protection's marks when nothing is hidden.
    @Test func theLegendExplainsEverySignUsedAndNoOther() throws {
        let (example, ruleSets) = try Self.exampleReport()
        let exampleView = ReportView(example, ruleSets: ruleSets)
        let texts = Set(([exampleView.overview!] + exampleView.regionTables + exampleView.areas.flatMap(\.tables)).flatMap { $0.rows.flatMap { $0.cells.map(\.text) } })
        #expect(texts.isSuperset(of: ["färre än 3", "..", "–"]))
        #expect(exampleView.notice == "Små tal är skyddade: ”färre än 3” står för 1 eller 2 ärenden, avvikelser eller SIP och ”..” för ett tal som döljs så att ett litet tal inte kan räknas fram ur en summa. "
            + "Ett tal har samma tecken i alla tabeller där det står. Summorna är räknade före skyddet. ”–” betyder att uppgiften saknas eller inte redovisas.")
        // Three meetings within the deadline, no deviations, SIPs: no count hidden, no figure missing.
        var register = RegisterYear(year: 2025)
        register.cases = try ["2025-02-03", "2025-03-03", "2025-04-07"].map { noticed in
            let date = try #require(LocalDate(iso: noticed))
            return ForumCase(noticed: date, meeting: date.adding(days: 7), parties: ["soc-nacka", "bup-nacka"], outcome: .solved)
        }
        register.sips = [SIPCount(party: "soc-nacka", count: 5)]
        let (plain, _) = try Self.nackaReport(register)
        let plainView = ReportView(plain, ruleSets: ruleSets)
        let markdown = try Documents.renderer.followUpReport(plain, ruleSets: ruleSets, format: .md)
        #expect(!markdown.contains("| – |") && !markdown.contains("färre än 3 |") && !markdown.contains("| .. |"), "\(markdown)")
        #expect(plainView.notice == "Små tal skyddas, men inget tal här är så litet att det döljs.")
        let (unprotected, _) = try Self.nackaReport(register, suppressing: false)
        #expect(ReportView(unprotected, ruleSets: ruleSets).notice == "Intern version: alla tal visas, också de små. Får inte publiceras.")
    }

    /// A report of one area has no overview beside the area: its one row would repeat the area's own
    /// indicator table. Two areas or more have it, with their sum.
    @Test func aReportOfOneAreaShowsItsIndicatorsOnce() throws {
        let (one, ruleSets) = try Self.exampleReport(names: ["nacka-2023.md"])
        let view = ReportView(one, ruleSets: ruleSets)
        #expect(view.overview == nil)
        let markdown = try Documents.renderer.followUpReport(one, ruleSets: ruleSets, format: .md)
        #expect(!markdown.contains("Indikatorer per område") && markdown.components(separatedBy: "**Uppföljningens indikatorer**").count == 2)
        #expect(markdown.components(separatedBy: "\n|---|").count - 1 == view.areas[0].tables.count)
        let html = try Documents.renderer.followUpReport(one, ruleSets: ruleSets)
        #expect(!html.contains("id=\"oversikt\"") && html.components(separatedBy: "<table ").count - 1 == view.areas[0].tables.count)
        let (body, _) = WordRenderer().reportBody(view)
        let document = WordPackage(body: body, properties: .init(title: "Uppföljning", subject: "Uppföljning", area: nil)).documentPart
        #expect(document.components(separatedBy: "<w:tbl>").count - 1 == view.areas[0].tables.count)
        let (two, _) = try Self.exampleReport()
        #expect(ReportView(two, ruleSets: ruleSets).overview?.rows.map(\.header) == ["Nacka", "Rinkeby-Kista och Spånga-Tensta", "Alla redovisade områden"])
    }

    @Test func aProtectedCountDrawsNoBar() throws {
        let chart = ChartView(id: "x", title: "t", bars: [("A", Figure(value: 10)), ("B", Figure(value: 2, state: .small))], tableID: "x")
        #expect(chart.bars.map(\.width) == [300, 0])
        #expect(chart.bars[1].value == "färre än 3")
        #expect(chart.description == "A: 10; B: färre än 3.")
    }

    /// The reviewer's "Avvikelser per mottagande verksamhet": one bar (Skola 13) beside hidden ones reads
    /// as the largest receiver, so no chart is drawn, but its sentence; with two bars or more drawn, the
    /// hidden ones are named under the chart, in words.
    @Test func aChartWithHiddenBarsDoesNotLookComplete() throws {
        let lone = ChartView(id: "x", title: "Avvikelser 2025 per mottagande verksamhet", bars: [
            ("Skola", Figure(value: 13)), ("BUP", Figure(value: 2, state: .small)), ("HAB", Figure(value: 4, state: .complement)),
        ], tableID: "x")
        #expect(lone.nothingToDraw == "bara ett av dess tal kan ritas och de andra är skyddade: en ensam stapel skulle se ut som hela bilden")
        #expect(lone.hiddenBars == nil)
        let two = ChartView(id: "y", title: "t", bars: [
            ("Skola", Figure(value: 13)), ("Socialtjänst", Figure(value: 5)), ("BUP", Figure(value: 2, state: .small)),
            ("HAB", Figure(value: 4, state: .complement)),
        ], tableID: "y")
        #expect(two.nothingToDraw == nil)
        #expect(two.hiddenBars == "BUP, HAB: redovisas inte, för att skydda små antal.")
        let whole = ChartView(id: "z", title: "t", bars: [("Skola", Figure(value: 13)), ("BUP", Figure(value: 0))], tableID: "z")
        #expect(whole.nothingToDraw == nil && whole.hiddenBars == nil)
        // On the page: the sentence between the drawing and its caption.
        let (report, ruleSets) = try Self.exampleReport()
        let html = try Documents.renderer.followUpReport(report, ruleSets: ruleSets)
        let view = ReportView(report, ruleSets: ruleSets)
        for chart in (view.regionCharts + view.areas.flatMap(\.charts)) {
            if let hidden = chart.hiddenBars { #expect(html.contains("</svg>\n<p class=\"anvisning\">\(hidden)</p>\n<figcaption>\(chart.title)")) }
            if chart.bars.contains(where: \.isProtected), chart.nothingToDraw == nil { #expect(chart.hiddenBars != nil) }
        }
    }

    /// A count hidden so that a small one cannot be worked out is ".." in the chart, but in words in the
    /// description: ".." before the full stop would read as an ellipsis.
    @Test func aHiddenCountIsSaidInWordsInTheDescription() {
        let chart = ChartView(id: "x", title: "t", bars: [("A", Figure(value: 10)), ("B", Figure(value: 7, state: .complement))], tableID: "x")
        #expect(chart.bars[1].value == "..")
        #expect(chart.description == "A: 10; B: dolt.")
    }

    /// The link under a chart is read out by a screen reader: it says the table's caption, not its HTML id.
    @Test func aChartLinksToItsTableByTheTablesCaption() throws {
        let (report, ruleSets) = try Self.exampleReport()
        let html = try Documents.renderer.followUpReport(report, ruleSets: ruleSets)
        #expect(html.contains("(uppgifterna finns i tabellen <a href=\"#region-indikatorer\">Uppföljningens indikatorer, de redovisade områdena</a>)"))
        #expect(html.contains("(uppgifterna finns i tabellen <a href=\"#nacka-2023-avvikelser\">Avvikelser efter ämne och status</a>)"))
        let links = html.components(separatedBy: "(uppgifterna finns i tabellen <a href=\"#").dropFirst()
        #expect(links.count == 6)
        for link in links {
            let id = String(link.prefix { $0 != "\"" })
            #expect(!link.contains("\">\(id)</a>"), "the link to \(id) says its id")
        }
    }
}

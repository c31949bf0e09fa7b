import BUSDocsKit
import Foundation
import Testing
import TestSupport
@testable import Templates

/// The yearly follow-up made from the example registers in `Register/` for the agreements in `Agreements/`.
@Suite struct ReportRenderingTests {
    static func exampleReport(suppressing: Bool = true, today: LocalDate? = nil) throws -> (FollowUpReport, [String: RuleSet]) {
        let root = TestPaths.packageRoot()
        var areas: [FollowUpArea] = []
        var ruleSets: [String: RuleSet] = [:]
        for name in ["nacka-2023.md", "rinkeby-kista-spanga-tensta-2017.md"] {
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
        let tables = 1 + view.regionTables.count + view.areas.map(\.tables.count).reduce(0, +)
        #expect(document.components(separatedBy: "<w:tbl>").count - 1 == tables)
        #expect(markdown.components(separatedBy: "\n|---|").count - 1 == tables)
        #expect(document.contains("<w:t xml:space=\"preserve\">färre än 3</w:t>"))
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
        #expect(html.contains("<tr><th scope=\"row\">Nacka</th><td>inget register</td>"))
    }

    @Test func aProtectedCountDrawsNoBar() throws {
        let chart = ChartView(id: "x", title: "t", bars: [("A", Figure(value: 10)), ("B", Figure(value: 2, state: .small))], tableID: "x")
        #expect(chart.bars.map(\.width) == [300, 0])
        #expect(chart.bars[1].value == "färre än 3")
        #expect(chart.description == "A: 10; B: färre än 3.")
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

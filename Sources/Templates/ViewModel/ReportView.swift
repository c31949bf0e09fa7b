import BUSDocsKit
import Foundation

/// The yearly follow-up (`report.mustache`): a summary for the region in sentences, then per area its
/// indicators beside the years before, the individforum, the deviations (sender × receiver, topic) and
/// SIPs, with charts drawn as SVG from the same figures as the tables.
struct ReportView {
    var year: Int
    var protected: Bool
    /// The page's title and first heading: the internal version says it is one, also in a browser tab.
    var title: String
    /// The sentence under the title saying what the report is: of the agreements per area, or of one
    /// agreement when the report has one area.
    var ingress: String
    /// The legend: every sign the report's tables use ("färre än 3", "..", "–") and only those, and
    /// whether small counts are protected.
    var notice: String
    /// While the year is not over: the sentence saying the report covers the year so far.
    var period: String?
    /// Per agreement that cannot be read, the sentence saying its area is left out and why.
    var leftOut: [String]
    /// The sentence, under the overview, naming the areas left out because their agreement did not apply
    /// at any time in the year, and why; nil when none is.
    var notInForce: String?
    var summary: [String]
    /// The areas side by side; nil with one area, whose own indicator table has the same figures.
    var overview: TableView?
    /// Whether the report has a region beside its areas (two areas or more): their sum.
    var hasRegion: Bool
    /// The heading over the summary of the areas together ("Sammanfattning för de redovisade områdena").
    var summaryHeading: String
    var regionTables: [TableView]
    var regionCharts: [ChartView]
    var areas: [AreaView]
    var hasAreas: Bool

    struct AreaView {
        var name: String
        var anchor: String
        var hasRegister: Bool
        var missing: String
        var sentences: [String]
        var tables: [TableView]
        var charts: [ChartView]
    }

    init(_ report: FollowUpReport, ruleSets: [String: RuleSet]) {
        year = report.year
        protected = report.suppressed
        // A year not over by the run's date is counted only so far: its numbers are not the year's, and
        // the title says so wherever it is shown (page, tab, Word's title, a printed page's margin).
        title = "Uppföljning av BUS-samverkan \(report.year)" + (report.partOfYearUntil == nil ? "" : " – preliminär version")
            + (report.suppressed ? "" : " – Intern version")
        period = report.partOfYearUntil.map { today in
            "Året är inte slut: uppföljningen gäller \(report.year)-01-01–\(today). Ett ärende utan möte räknas som sent först när tidsfristen har gått ut. "
                + "Talen för \(report.year) jämförs inte med tidigare år förrän året är slut."
        }
        notInForce = report.notInForce.isEmpty ? nil
            : "Inte med för \(report.year), eftersom överenskommelsen inte gällde någon gång under året – "
                + report.notInForce.map(\.sentence.sv).joined(separator: "; ") + "."
        ingress = report.areas.count == 1
            ? "Den årliga uppföljningen av den lokala BUS-överenskommelsen för \(report.areas[0].name): ärenden i individforum, avvikelser och SIP, med tidigare år bredvid när deras register finns."
            : "Den årliga uppföljningen av de lokala BUS-överenskommelserna: ärenden i individforum, avvikelser och SIP per område, med tidigare år bredvid när deras register finns."
        leftOut = report.leftOut.map { "Området i \($0.path) är inte med: överenskommelsen kan inte läsas (\($0.reason))." }
        let partOfYear = report.partOfYearUntil != nil
        let ruleSet = ruleSets.sorted { $0.key < $1.key }.first?.value
        let region = report.region
        hasRegion = !region.isEmpty
        summaryHeading = ReportView.reportedAreasHeading
        let current = region.last
        let previousRegion = region.count > 1 ? region[region.count - 2] : nil
        // Where the areas' deviations of a principal nature went: one body's name when they share it, else
        // each, "respektive": each area sent them to its own ("samrådsgruppen … respektive BUSSAM").
        let countyBodies = report.areas.map { Wording.definiteBody($0.countyBody) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let regionCountyBody = countyBodies.listed("respektive")
        summary = current.map {
            FollowUpSentences.sentences($0, previous: previousRegion, scope: .areas, yearIsOver: !partOfYear, ruleSet: ruleSet, countyBody: regionCountyBody)
        } ?? []
        let areaRows = report.areas.map { area in
            TableView.Row(header: area.name, cells: area.current.hasRegister
                ? [area.current.cases, area.current.lifted, area.current.deviations, area.current.sips].map(CellView.init)
                : Array(repeating: CellView(text: "inget register"), count: 4))
        }
        overview = report.areas.count < 2 ? nil : TableView(
            id: "oversikt", caption: "Indikatorer per område \(report.year)",
            head: ["Område", "Ärenden i individforum", "Lyfta till lokal styrgrupp", "Avvikelser", "SIP"],
            rows: areaRows + (current.map { current in
                [TableView.Row(header: ReportView.reportedAreasTotal, cells: [current.cases, current.lifted, current.deviations, current.sips].map(CellView.init), isTotal: true)]
            } ?? []))
        if let current {
            regionTables = (ReportView.yearTables(region, indicators: FollowUpReport.allIndicators, scope: .areas, partOfYear: partOfYear, prefix: "region", countyBody: regionCountyBody)
                + ([ReportView.matrix(current, prefix: "region", ruleSet: ruleSet)]
                    + region.dropLast().reversed().map { ReportView.matrix($0, prefix: "region", ruleSet: ruleSet, id: "region-matris-\($0.year)") }).compactMap { $0 })
                .map { table in
                    var table = table
                    table.caption += ReportView.reportedAreasSuffix
                    return table
                }
            let regionTables = self.regionTables
            regionCharts = [
                ChartView(id: "region-avvikelser-ar", title: "Avvikelser per år, \(FollowUpSentences.reportedAreas)",
                          bars: region.map { (String($0.year), $0.deviations) }, tableID: "region-indikatorer"),
                ChartView(id: "region-mottagare", title: "Avvikelser \(report.year) per mottagande verksamhet, \(FollowUpSentences.reportedAreas)",
                          bars: zip(current.receivers, current.receiverTotals).map { (FollowUpSentences.label($0, ruleSet: ruleSet), $1) }, tableID: "region-matris"),
            ].filter { !$0.bars.isEmpty }.map { $0.naming(regionTables) }
        } else {
            regionTables = []
            regionCharts = []
        }
        areas = report.areas.map { area in
            let ruleSet = ruleSets[area.slug]
            let current = area.current
            let previous = area.years.count > 1 ? area.years[area.years.count - 2] : nil
            let prefix = area.slug
            var tables = ReportView.yearTables(area.years, indicators: area.indicators, scope: .area(deadlineDays: area.deadlineDays), partOfYear: partOfYear, prefix: prefix,
                                               countyBody: Wording.definiteBody(area.countyBody))
            if let matrix = ReportView.matrix(current, prefix: prefix, ruleSet: ruleSet) { tables.append(matrix) }
            // The years before, each its own matrix: the services differ from year to year.
            for year in area.years.dropLast().reversed() {
                if let matrix = ReportView.matrix(year, prefix: prefix, ruleSet: ruleSet, id: "\(prefix)-matris-\(year.year)") { tables.append(matrix) }
            }
            // SIPs per party, one column per year that has a sip.csv.
            let sipYears = area.years.filter { $0.sips != nil }
            if current.sips != nil {
                var parties: [String] = []
                for year in sipYears.reversed() { for entry in year.sipsByParty where !parties.contains(entry.party) { parties.append(entry.party) } }
                tables.append(TableView(
                    id: "\(prefix)-sip", caption: "SIP per part", head: ["Part"] + sipYears.map { String($0.year) },
                    rows: parties.map { party in
                        TableView.Row(header: area.partyNames[party] ?? FollowUpSentences.label(party, ruleSet: ruleSet), cells: sipYears.map { year in
                            year.sipsByParty.first { $0.party == party }.map { CellView($0.count) } ?? CellView(text: CellView.noDataText)
                        })
                    } + [TableView.Row(header: "Totalt", cells: sipYears.map { CellView($0.sips) }, isTotal: true)]))
            }
            let charts = [
                ChartView(id: "\(prefix)-mottagare", title: "Avvikelser \(current.year) per mottagande verksamhet, \(area.name)",
                          bars: zip(current.receivers, current.receiverTotals).map { (FollowUpSentences.label($0, ruleSet: ruleSet), $1) }, tableID: "\(prefix)-matris"),
                ChartView(id: "\(prefix)-amnen", title: "Avvikelser \(current.year) per ämne, \(area.name)",
                          bars: current.topics.map { ($0.topic.label.capitalizedFirst, $0.count) }, tableID: "\(prefix)-avvikelser"),
            ].filter { bars in current.deviations.value > 0 && !bars.bars.isEmpty }.map { $0.naming(tables) }
            return AreaView(
                name: area.name, anchor: prefix, hasRegister: current.hasRegister,
                missing: "Det finns inget register för \(current.year).",
                sentences: current.hasRegister
                    ? FollowUpSentences.sentences(current, previous: previous, scope: .area(deadlineDays: area.deadlineDays), yearIsOver: !partOfYear, ruleSet: ruleSet,
                                                countyBody: Wording.definiteBody(area.countyBody))
                    : [],
                tables: current.hasRegister ? tables : [], charts: current.hasRegister ? charts : [])
        }
        hasAreas = !areas.isEmpty
        let shown = Set(([overview].compactMap { $0 } + regionTables + areas.flatMap(\.tables)).flatMap { $0.rows.flatMap { $0.cells.map(\.text) } })
        notice = ReportView.legend(protected: report.suppressed, signs: shown)
    }

    /// The legend of the signs among `signs` (the texts of every cell shown): a sign is explained when a
    /// table uses it, and only then.
    static func legend(protected: Bool, signs: Set<String>) -> String {
        let small = signs.contains(Figure.smallText), hidden = signs.contains(Figure.complementText)
        var sentences: [String]
        if !protected {
            sentences = ["Intern version: alla tal visas, också de små. Får inte publiceras."]
        } else if small || hidden {
            let marks = (small ? ["”\(Figure.smallText)” står för 1 eller 2 ärenden, avvikelser eller SIP"] : [])
                + (hidden ? ["”\(Figure.complementText)” \(small ? "" : "står ")för ett tal som döljs så att ett litet tal inte kan räknas fram ur en summa"] : [])
            sentences = ["Små tal är skyddade: \(marks.joined(separator: " och ")).",
                         "Ett tal har samma tecken i alla tabeller där det står.", "Summorna är räknade före skyddet."]
        } else {
            sentences = ["Små tal skyddas, men inget tal här är så litet att det döljs."]
        }
        if signs.contains(CellView.noDataText) { sentences.append("”\(CellView.noDataText)” betyder att uppgiften saknas eller inte redovisas.") }
        return sentences.joined(separator: " ")
    }

    /// The tables whose columns are the years: indicators, individforum, deviations. The row of cases whose
    /// deadline has not passed is there while the year is not over, and whenever a year's count is not 0
    /// (`FollowUpReport.printsNotYetDue`): without it, a reader takes Ärenden = Möte inom + Möte senare.
    /// `countyBody`: where deviations of a principal nature went, in a sentence's form ("BUSSAM",
    /// "samrådsgruppen för barns och ungas hälsa").
    static func yearTables(_ years: [YearFigures], indicators: [String], scope: FollowUpSentences.Scope, partOfYear: Bool, prefix: String, countyBody: String) -> [TableView] {
        let head = ["Uppgift"] + years.map { String($0.year) }
        func row(_ label: String, _ value: (YearFigures) -> CellView, total: Bool = false) -> TableView.Row {
            TableView.Row(header: label, cells: years.map(value), isTotal: total)
        }
        let indicatorRows: [TableView.Row] = indicators.compactMap { indicator in
            switch indicator {
            case "individforum-ärenden": return row("Ärenden i individforum") { CellView($0.cases) }
            case "olösta-ärenden": return row("Ärenden som lyftes till \(scope.steeringGroup)") { CellView($0.lifted) }
            case "avvikelser": return row("Avvikelser") { CellView($0.deviations) }
            case "sip": return row("SIP") { CellView($0.sips) }
            default: return nil
            }
        }
        let within = scope.withinDeadline
        let forum = [
            row("Ärenden", { CellView($0.cases) }, total: true),
            row("Lösta", { CellView($0.solved) }),
            row("Lyfta till \(scope.steeringGroup)", { CellView($0.lifted) }),
            row("Pågår", { CellView($0.ongoing) }),
            row("Möte \(within)", { CellView($0.withinDeadline) }),
            row("Möte senare, eller inget möte när tiden gått ut", { CellView($0.late) }),
        ] + (FollowUpReport.printsNotYetDue(years, partOfYear: partOfYear)
            ? [row(partOfYear ? "Inget möte än, tidsfristen har inte gått ut" : "Inget möte vid årets slut, tidsfristen hade inte gått ut", { CellView($0.notYetDue) })]
            : []) + [
            row("Andel ärenden med möte \(within)", { CellView(text: $0.sharePercent.map { "\($0) %" } ?? CellView.noDataText) }),
            row("Mediantid till möte (dagar)", { CellView(text: $0.medianDays.map { $0 == $0.rounded() ? String(Int($0)) : String(format: "%.1f", $0).replacingOccurrences(of: ".", with: ",") } ?? CellView.noDataText) }),
        ]
        let deviations = [row("Avvikelser", { CellView($0.deviations) }, total: true)]
            + DeviationTopic.allCases.enumerated().map { index, topic in
                row("– om \(topic.label)", { CellView($0.topics[index].count) })
            }
            + [
                row("Principiella", { CellView($0.principal) }),
                row("Lösta lokalt", { CellView($0.solvedLocally) }),
                row("Skickade till \(countyBody)", { CellView($0.sentToCountyBody) }),
                row("Öppna", { CellView($0.openDeviations) }),
            ]
        return [
            TableView(id: "\(prefix)-indikatorer", caption: "Uppföljningens indikatorer", head: head, rows: indicatorRows),
            TableView(id: "\(prefix)-individforum", caption: "Individforum", head: head, rows: forum),
            TableView(id: "\(prefix)-avvikelser", caption: "Avvikelser efter ämne och status", head: head, rows: deviations),
        ]
    }

    /// Sending service × receiving service, with totals; nil without deviations.
    static func matrix(_ figures: YearFigures, prefix: String, ruleSet: RuleSet?, id: String? = nil) -> TableView? {
        guard !figures.senders.isEmpty else { return nil }
        let label = { FollowUpSentences.label($0, ruleSet: ruleSet) }
        return TableView(
            id: id ?? "\(prefix)-matris", caption: "Avvikelser \(figures.year): skickande verksamhet (rad) och mottagande (kolumn)",
            head: ["Skickande verksamhet"] + figures.receivers.map(label) + ["Totalt"],
            rows: figures.senders.enumerated().map { index, sender in
                TableView.Row(header: label(sender), cells: figures.matrix[index].map(CellView.init) + [CellView(figures.senderTotals[index])])
            } + [TableView.Row(header: "Totalt", cells: figures.receiverTotals.map(CellView.init) + [CellView(figures.deviations)], isTotal: true)])
    }
}

extension ReportView {
    /// The overview's last row: the areas of the report together (see `FollowUpSentences.reportedAreas`).
    static let reportedAreasTotal = "Alla redovisade områden"
    /// Said after the caption of each table of the areas together, and in the Word document's.
    static let reportedAreasSuffix = ", \(FollowUpSentences.reportedAreas)"
    /// The heading over the sentences and tables of the areas together (`summaryHeading`).
    static let reportedAreasHeading = "Sammanfattning för \(FollowUpSentences.reportedAreas)"
}

/// A table with a caption, column heads and row heads.
struct TableView {
    struct Row {
        var header: String
        var cells: [CellView]
        var isTotal = false
    }

    var id: String
    var caption: String
    var head: [String]
    var rows: [Row]
}

/// One count in a table: its text, and whether it is protected.
struct CellView {
    /// A figure the report does not have (a year without sip.csv) or does not give (a share or median
    /// that would tell a hidden count); the legend explains it whenever a table shows it.
    static let noDataText = "–"

    var text: String
    var isProtected: Bool

    init(_ figure: Figure) {
        text = figure.description
        isProtected = !figure.isShown
    }

    init(_ figure: Figure?) {
        if let figure { self.init(figure) } else { self.init(text: CellView.noDataText) }
    }

    init(text: String) {
        self.text = text
        isProtected = false
    }
}

/// A horizontal bar chart as inline SVG: `role="img"` with a title and a description that says every
/// figure, and the same figures in the table it names. A protected count draws no bar, only its text.
struct ChartView {
    struct Bar {
        var label: String
        var value: String
        var y: Int
        var textY: Int
        var width: Int
        var valueX: Int
        var isProtected: Bool
    }

    var id: String
    var title: String
    var description: String
    var tableID: String
    /// The caption of the table with the same figures: the link's text, read out by a screen reader.
    var tableCaption = ""
    var width = 560
    var height: Int
    var bars: [Bar]
    /// Why no bar can be drawn, when none can: every figure hidden, or 0. The page then says so in one
    /// sentence instead of a chart of labels without bars.
    var nothingToDraw: String?
    /// Under a chart with some bars hidden, the sentence naming them and why ("BUP, HAB: redovisas inte,
    /// för att skydda små antal."): the bars drawn are not the whole picture. Nil when none is hidden.
    var hiddenBars: String?

    static let labelWidth = 190, barArea = 300, rowHeight = 26

    init(id: String, title: String, bars data: [(String, Figure)], tableID: String) {
        self.id = id
        self.title = title
        self.tableID = tableID
        let largest = max(1, data.filter { $0.1.isShown }.map(\.1.value).max() ?? 1)
        bars = data.enumerated().map { index, item in
            let width = item.1.isShown ? Int((Double(item.1.value) / Double(largest) * Double(Self.barArea)).rounded()) : 0
            return Bar(label: item.0, value: item.1.description, y: index * Self.rowHeight + 4, textY: index * Self.rowHeight + 19,
                       width: width, valueX: Self.labelWidth + width + 6, isProtected: !item.1.isShown)
        }
        height = data.count * Self.rowHeight + 8
        let drawn = data.filter { $0.1.isShown && $0.1.value > 0 }.count
        let hidden = data.filter { !$0.1.isShown }.map(\.0)
        if drawn == 0 {
            nothingToDraw = hidden.count == data.count ? "alla dess tal är skyddade"
                : hidden.isEmpty ? "alla dess tal är 0" : "dess tal är 0 eller skyddade"
        } else if drawn < 2, !hidden.isEmpty {
            // One bar beside hidden ones would read as the largest, if not the only, figure.
            nothingToDraw = "bara ett av dess tal kan ritas och de andra är skyddade: en ensam stapel skulle se ut som hela bilden"
        } else if !hidden.isEmpty {
            hiddenBars = hidden.joined(separator: ", ") + ": redovisas inte, för att skydda små antal."
        }
        // Said in words: a hidden count's ".." before the full stop would read as an ellipsis.
        description = data.map { "\($0.0): \($0.1.state == .complement ? "dolt" : $0.1.description)" }.joined(separator: "; ") + "."
    }

    /// The chart with the caption of its table among `tables`, as the page shows it.
    func naming(_ tables: [TableView]) -> ChartView {
        var chart = self
        chart.tableCaption = tables.first { $0.id == tableID }.map(\.caption) ?? tableID
        return chart
    }
}

// MARK: Template variables

extension ReportView: TemplateView {
    static let fields = TemplateFields<ReportView>([
        ("year", { $0.year }),
        ("title", { $0.title }),
        ("protected", { $0.protected }),
        ("ingress", { $0.ingress }),
        ("notice", { $0.notice }),
        ("period", { $0.period }),
        ("leftOut", { $0.leftOut }),
        ("notInForce", { $0.notInForce }),
        ("summary", { $0.summary }),
        ("overview", { $0.overview }),
        ("hasRegion", { $0.hasRegion }),
        ("summaryHeading", { $0.summaryHeading }),
        ("regionTables", { $0.regionTables }),
        ("regionCharts", { $0.regionCharts }),
        ("areas", { $0.areas }),
        ("hasAreas", { $0.hasAreas }),
    ])
}

extension ReportView.AreaView: TemplateView {
    static let fields = TemplateFields<ReportView.AreaView>([
        ("name", { $0.name }),
        ("anchor", { $0.anchor }),
        ("hasRegister", { $0.hasRegister }),
        ("missing", { $0.missing }),
        ("sentences", { $0.sentences }),
        ("tables", { $0.tables }),
        ("charts", { $0.charts }),
    ])
}

extension TableView: TemplateView {
    static let fields = TemplateFields<TableView>([
        ("id", { $0.id }),
        ("caption", { $0.caption }),
        ("head", { $0.head }),
        ("rows", { $0.rows }),
    ])
}

extension TableView.Row: TemplateView {
    static let fields = TemplateFields<TableView.Row>([
        ("header", { $0.header }),
        ("cells", { $0.cells }),
        ("isTotal", { $0.isTotal }),
    ])
}

extension CellView: TemplateView {
    static let fields = TemplateFields<CellView>([
        ("text", { $0.text }),
        ("isProtected", { $0.isProtected }),
    ])
}

extension ChartView: TemplateView {
    static let fields = TemplateFields<ChartView>([
        ("id", { $0.id }),
        ("title", { $0.title }),
        ("description", { $0.description }),
        ("tableID", { $0.tableID }),
        ("tableCaption", { $0.tableCaption }),
        ("width", { $0.width }),
        ("height", { $0.height }),
        ("bars", { $0.bars }),
        ("nothingToDraw", { $0.nothingToDraw }),
        ("hiddenBars", { $0.hiddenBars }),
    ])
}

extension ChartView.Bar: TemplateView {
    static let fields = TemplateFields<ChartView.Bar>([
        ("label", { $0.label }),
        ("value", { $0.value }),
        ("y", { $0.y }),
        ("textY", { $0.textY }),
        ("width", { $0.width }),
        ("valueX", { $0.valueX }),
        ("isProtected", { $0.isProtected }),
    ])
}

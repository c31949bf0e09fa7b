import BUSDocsKit

/// render, for Word: the same views the HTML templates get, written as `.docx` with content controls
/// where the HTML has form fields. Styles are Word's built-in ones; `reference` replaces them.
public struct WordRenderer: Sendable {
    public var reference: WordReference?

    public init(reference: WordReference? = nil) {
        self.reference = reference
    }

    /// The protocol (individforum) or agenda (standing groups) for one group.
    public func groupDocument(_ source: DocumentSource, group: Group, date: LocalDate?, noticed: LocalDate?, today: LocalDate) throws -> [UInt8] {
        try package(groupDocumentBody(source, group: group, date: date, noticed: noticed, today: today), source: source)
    }

    public func deviationForm(_ source: DocumentSource) throws -> [UInt8] {
        try package(deviationFormBody(DeviationFormView(source)), source: source)
    }

    /// The agreement itself, ending in a page to sign on.
    public func agreement(_ source: DocumentSource) throws -> [UInt8] {
        try package(agreementBody(source), source: source)
    }

    /// The yearly follow-up: its sentences, and its figures as tables.
    public func followUpReport(_ report: FollowUpReport, ruleSets: [String: RuleSet]) throws -> [UInt8] {
        let (body, title) = reportBody(ReportView(report, ruleSets: ruleSets))
        return try WordPackage(body: body, properties: .init(title: title, subject: "Uppföljning", area: nil), reference: reference).zipped()
    }

    private func package(_ document: (body: WordBody, title: String, subject: String), source: DocumentSource) throws -> [UInt8] {
        try WordPackage(body: document.body, properties: .init(title: document.title, subject: document.subject, area: source.agreement.area?.value),
                        reference: reference).zipped()
    }

    // MARK: The documents' bodies (also what the golden `document.xml` files show)

    func groupDocumentBody(_ source: DocumentSource, group: Group, date: LocalDate?, noticed: LocalDate?, today: LocalDate) -> (body: WordBody, title: String, subject: String) {
        if group.kind?.value == .individualForum {
            let view = ProtocolView(source, group: group, date: date, noticed: noticed, today: today)
            return (protocolBody(view), view.title, "Protokoll för BUS individforum")
        }
        let view = AgendaView(source, group: group, date: date, today: today)
        return (agendaBody(view), view.title, "Dagordning och minnesanteckningar")
    }

    func protocolBody(_ view: ProtocolView) -> WordBody {
        var body = WordBody()
        body.title(view.title)
        body.paragraph("Område: \(view.area). Protokollet förs enligt överenskommelsen ”\(view.agreementTitle)”, på denna fasta mall, och innehåller inga personuppgifter om barnet.")
        if let warning = view.validityWarning { body.warning(warning) }
        for warning in view.warnings { body.warning(warning) }
        body.heading("Mötet")
        body.field("Datum", body.controls.date(tag: "datum", label: "Datum", value: view.meetingDate))
        body.field("Plats", body.controls.text(tag: "plats", label: "Plats"))
        body.paragraph("Sammankallande: \(view.convener)")
        body.field("Behovet uppmärksammades", body.controls.date(tag: "uppmarksammat", label: "Behovet uppmärksammades", value: view.noticedDate))
        body.field("Mötet hålls senast (\(view.deadlineDays) dagar)", body.controls.date(tag: "senast", label: "Mötet hålls senast", value: view.latestDate))

        attendance(view.attendees, caption: "Ledamöter med beslutsmandat", in: &body)

        body.heading("Anledning till mötet")
        // The heading, its words and the box they introduce stay on one page: apart, the heading ended a
        // page whose box began the next.
        body.paragraph("Individforum sammankallas när samordnad planering för ett barn inte har kunnat nås i ordinarie samverkan (till exempel genom en SIP).", keepNext: true)
        body.area("Vad har prövats i ordinarie samverkan?", body.controls.boxedText(tag: "anledning", label: "Vad har prövats i ordinarie samverkan", lines: WordBody.boxLines))
        body.choice(body.controls.checkbox(tag: "samtycke", label: "Samtycke"), view.consentText)

        body.heading("Ärendet")
        body.paragraph("Beskriv ärendet utan personuppgifter: inga namn, inga personnummer.", keepNext: true)
        body.area("Beskrivning av ärendet", body.controls.boxedText(tag: "arendet", label: "Beskrivning av ärendet", lines: WordBody.tallBoxLines))

        body.heading("Beslut")
        let decisions = view.decisionRows.map { row in [
            WordBody.cell("\(row)"),
            WordBody.cell(control: body.controls.text(tag: "atgard-\(row)", label: "Åtgärd \(row)", multiline: true, lines: 2)),
            WordBody.cell(control: body.controls.date(tag: "senast-\(row)", label: "Senast, åtgärd \(row)")),
        ] }
        // Both short tables kept on one page each: printed, a table split after its first row is hard to follow.
        body.table(caption: "Beslutade åtgärder", head: ["Nr", "Åtgärd", "Senast"], rows: decisions, widths: [8, 64, 28], keepTogether: true)
        // Several parties often share an action: as in the HTML and PDF form, a check box per party and
        // action (`ansvarig-ÅTGÄRD-PART`), so that each action may have one responsible party or more.
        let responsible = view.parties.map { party in
            // A form's table, as the attendance: the names at 10 pt, no room under a row's lines.
            [WordBody.cell(party.name, points: 10, compact: true)] + view.decisionRows.map { row in
                WordBody.cell(control: body.controls.checkbox(tag: "ansvarig-\(row)-\(party.number)", label: "Åtgärd \(row): \(party.name)"), compact: true)
            }
        }
        body.table(caption: view.responsibilityCaption, head: ["Part"] + view.decisionRows.map { "Åtgärd \($0)" }, rows: responsible,
                   widths: [40] + view.decisionRows.map { _ in 60 / max(1, view.decisionRows.count) }, headPoints: 8, keepTogether: true)

        body.heading("Uppföljning")
        body.field("Datum för uppföljning", body.controls.date(tag: "uppfoljning", label: "Datum för uppföljning"))
        body.choice(body.controls.checkbox(tag: "eskalering", label: "Lyfts vidare"), "Ärendet är inte löst och lyfts till \(view.escalationGroup)")

        signing(in: &body)
        return body
    }

    /// Who was there: a row per member (or a blank row to write one in), with check boxes for present
    /// and absent, and a line to write the name of a substitute who comes instead, under the substitute
    /// the agreement names. Every column is as wide as its longest word needs (`ColumnWidths`), printed
    /// through LibreOffice too ("Utbildningsförvaltningen,", "Verksamhetschef" never broken inside): the
    /// check boxes' columns for their heads ("Frånvarande" at 8 pt), the others for their words and a line
    /// to write on. The table is set at 10 pt, a form's table; when the words do not all fit, at 9 pt.
    private func attendance(_ attendees: [Attendee], caption: String, in body: inout WordBody) {
        body.heading("Närvaro")
        let head = ["Roll", "Organisation", "Närvarande", "Frånvarande", "Ersättare"]
        let line = String(repeating: "_", count: Self.attendanceLine)
        let columns = ColumnWidths.fitting(
            head: head,
            rows: attendees.map { row in
                row.isBlank ? [line, line, "", "", line] : [row.role, row.organisation, "", "", (row.substitute.map { $0 + " " } ?? "") + line]
            },
            boldRows: attendees.map { _ in false }, weights: [20, 30, 15, 15, 20], headPoints: 8, cellPoints: 10, smallestCellPoints: 9)
        let points = columns.cellPoints
        let rows = attendees.map { row in
            attendeeCells(row, points: points, body: &body) + [
                WordBody.cell(control: body.controls.checkbox(tag: "narvarande-\(row.number)", label: "Närvarande: \(row.who)"), compact: true),
                WordBody.cell(control: body.controls.checkbox(tag: "franvarande-\(row.number)", label: "Frånvarande: \(row.who)"), compact: true),
                // The substitute the agreement names, as text; the line under it for the name of whoever comes.
                (row.substitute.map { WordBody.cell($0, points: points, compact: true) } ?? "")
                    + WordBody.cell(control: body.controls.text(tag: "ersattare-\(row.number)", label: "Ersättare för \(row.who)", width: Self.attendanceLine, points: points),
                                    compact: true),
            ]
        }
        body.table(caption: caption, head: head, rows: rows, widths: columns.twips, headPoints: columns.headPoints)
    }

    /// The length of a line to write on in the attendance table, in characters.
    static let attendanceLine = 10

    /// The signing, one block on one page: its heading, names and lines to sign on kept together.
    private func signing(in body: inout WordBody) {
        body.heading("Justering")
        body.field("Protokollförare", body.controls.text(tag: "protokollforare", label: "Protokollförare"), keepNext: true)
        body.field("Justerare", body.controls.text(tag: "justerare", label: "Justerare"), keepNext: true)
        body.signatureLine("Underskrift protokollförare", keepNext: true)
        // An unbordered paragraph between: LibreOffice draws two adjacent paragraphs with the same
        // border as one box, so the second line to sign on would not be printed.
        body.paragraph("", keepNext: true)
        body.signatureLine("Underskrift justerare")
    }

    /// The choices a drop-down offers, each with a box: its placeholder, what a form printed blank shows
    /// to tick one of ("Kryssa i ett av ämnena: ☐ SIP   ☐ Remisshantering …").
    static func choicesOnPaper(_ what: String, _ choices: [String]) -> String {
        "Kryssa i ett av \(what): " + choices.map { "\u{2610} \($0)" }.joined(separator: "   ")
    }

    /// A member's role and organisation, or controls to write them in on an empty row.
    private func attendeeCells(_ row: Attendee, points: Int?, body: inout WordBody) -> [String] {
        guard row.isBlank else { return [WordBody.cell(row.role, points: points, compact: true), WordBody.cell(row.organisation, points: points, compact: true)] }
        return [
            WordBody.cell(control: body.controls.text(tag: "roll-\(row.number)", label: "Roll, rad \(row.number)", width: Self.attendanceLine, points: points), compact: true),
            WordBody.cell(control: body.controls.text(tag: "org-\(row.number)", label: "Organisation, rad \(row.number)", width: Self.attendanceLine, points: points), compact: true),
        ]
    }

    func agendaBody(_ view: AgendaView) -> WordBody {
        var body = WordBody()
        body.title("Dagordning och minnesanteckningar – \(view.groupName)")
        body.paragraph("\(view.lead), \(view.term). Gruppen möts \(view.cadence) enligt överenskommelsen ”\(view.agreementTitle)”.")
        if let warning = view.validityWarning { body.warning(warning) }
        for warning in view.warnings { body.warning(warning) }
        body.heading("Mötet")
        body.field("Datum", body.controls.date(tag: "datum", label: "Datum", value: view.meetingDate))
        body.field("Plats", body.controls.text(tag: "plats", label: "Plats"))
        body.paragraph("Ordförande enligt överenskommelsen: \(view.chair)")
        body.field("Ordförande vid mötet", body.controls.text(tag: "ordforande", label: "Ordförande vid mötet"))
        if let convener = view.convener { body.paragraph("Sammankallande: \(convener)") }

        attendance(view.attendees, caption: "Ledamöter i \(view.groupNameInText)", in: &body)

        body.heading("Dagordning")
        for item in view.items {
            body.heading("\(item.number). \(item.title)", level: 2)
            body.bullets(item.details, keepNext: true)
            // A box for a few lines of notes under each item, as the PDF's. The last item keeps with the
            // signing that follows it: "Justering" is never alone on a last page.
            let last = item.number == view.items.last?.number
            body.area("Anteckningar, punkt \(item.number)", body.controls.boxedText(tag: "anteckning-\(item.number)", label: "Anteckningar, punkt \(item.number)",
                                                                                      lines: WordBody.notesBoxLines),
                      keepNext: last, smallLabel: true)
        }

        signing(in: &body)
        return body
    }

    func deviationFormBody(_ view: DeviationFormView) -> (body: WordBody, title: String, subject: String) {
        var body = WordBody()
        body.title("Avvikelseblankett")
        body.paragraph("Område: \(view.area). För brister i samverkan mellan parterna, enligt överenskommelsen ”\(view.agreementTitle)”. Blanketten innehåller inga personuppgifter om barnet.")
        if let warning = view.validityWarning { body.warning(warning) }
        // As in the HTML and PDF form: a check box per party (`rapporterande-part-N`, `berord-part-N`), as
        // several may report a deviation or be concerned by it, each named for a screen reader by its
        // question and its party ("Avvikelsen gäller part: BUP Järfälla"), as the PDF names its boxes.
        body.heading("Rapporteras av")
        body.paragraph("Part", keepNext: true)
        for party in view.parties {
            body.choice(body.controls.checkbox(tag: "rapporterande-part-\(party.number)", label: "Rapporteras av, part: \(party.name)"), party.name)
        }
        // Who reports, to be reached with questions: one set of fields after the party, two to a line as
        // the PDF's.
        body.fields(("Namn", body.controls.text(tag: "namn", label: "Namn")), ("Roll", body.controls.text(tag: "roll", label: "Roll")))
        body.fields(("Telefon", body.controls.text(tag: "telefon", label: "Telefon")), ("E-post", body.controls.text(tag: "epost", label: "E-post")))
        body.field("Datum", body.controls.date(tag: "datum", label: "Datum"))

        body.heading("Avvikelsen")
        body.paragraph("Avvikelsen gäller part", keepNext: true)
        for party in view.parties {
            body.choice(body.controls.checkbox(tag: "berord-part-\(party.number)", label: "Avvikelsen gäller part: \(party.name)"), party.name)
        }
        let topics = view.topics.map { (text: $0.label, value: $0.value) }
        body.field("Ämne", body.controls.dropDown(tag: DeviationFormView.topicField, label: "Ämne", items: topics,
                                                  onPaper: Self.choicesOnPaper("ämnena", topics.map(\.text))))
        body.paragraph("Beskriv bristen i samverkan utan personuppgifter: inga namn, inga personnummer.", keepNext: true)
        body.area("Beskrivning", body.controls.boxedText(tag: "beskrivning", label: "Beskrivning", lines: WordBody.tallBoxLines))

        body.heading("Steg som redan prövats")
        for step in view.steps { body.choice(body.controls.checkbox(tag: step.id, label: step.label), step.label) }

        // One answer, as the HTML form's radio buttons and the PDF's radio field: a drop-down of the two
        // (tagged `principiell` as the HTML field, its values `ja` and `nej`), its choices its placeholder.
        body.heading("Är frågan av principiell karaktär?")
        let answers = view.principalAnswers.map { (text: $0.label, value: $0.value) }
        body.field("Svar", body.controls.dropDown(tag: "principiell", label: "Är frågan av principiell karaktär?", items: answers,
                                                  onPaper: Self.choicesOnPaper("svaren", answers.map(\.text))))

        body.heading("Status")
        let statuses = view.statuses.map { (text: $0.label, value: $0.value) }
        body.field("Status", body.controls.dropDown(tag: DeviationFormView.statusField, label: "Status", items: statuses,
                                                    onPaper: Self.choicesOnPaper("svaren", statuses.map(\.text))))

        body.heading("Hantering")
        body.area("Vem tar emot", body.controls.boxedText(tag: "vem-tar-emot", label: "Vem tar emot", value: view.recipient, lines: 2))
        body.field("Vem följer upp", body.controls.text(tag: "vem-foljer-upp", label: "Vem följer upp", value: view.followedUpBy))
        body.area("Hur resultatet används", body.controls.boxedText(tag: "resultat", label: "Hur resultatet används", value: view.resultUse, lines: 2))
        return (body, "Avvikelseblankett – \(view.area)", "Avvikelseblankett")
    }

    func agreementBody(_ source: DocumentSource) -> (body: WordBody, title: String, subject: String) {
        let view = AgreementView(source, bodyHTML: "", inSite: false)
        var body = WordBody()
        body.title(view.title)
        body.paragraph("\(view.kind) för \(view.area), \(view.municipality)" + (view.districts.map { " (\($0))" } ?? "") + ". Regelverk: \(view.ruleSet).")
        if let status = view.status { body.paragraph("Status: \(status.label)", bold: true) }

        body.heading("Giltighet")
        body.paragraph(view.validity)
        if view.hasRevisions {
            body.heading("Revideringar", level: 2)
            body.bullets(view.revisions.map { "\($0.date): \($0.description)" })
        }

        body.heading("Parter")
        body.table(caption: "Parter och verksamheter", head: ["Part", "Huvudman", "Verksamheter"],
                   rows: view.parties.map { [WordBody.cell($0.name), WordBody.cell($0.principal), WordBody.cell($0.services.joined(separator: "\n"))] },
                   widths: [45, 20, 35])
        if view.hasUncoveredServices {
            body.paragraph("Ingen part står för:", bold: true)
            body.bullets(view.uncoveredServices)
        }

        body.heading("Organisation")
        for group in view.groups {
            body.heading(group.name + (group.kindNote.map { " (\($0))" } ?? ""), level: 2)
            body.paragraph("Möten: \(group.cadence)." + (group.chair.map { " Ordförande: \($0)." } ?? "") + (group.convener.map { " Sammankallande: \($0)." } ?? "") + (group.minutes.map { " \($0)" } ?? ""))
            if group.hasMembers {
                body.table(caption: "Ledamöter i \(group.nameInText)", head: ["Roll", "Organisation", "Ersättare"],
                           rows: group.members.map { [WordBody.cell($0.role), WordBody.cell($0.organisation), WordBody.cell($0.substitute ?? "")] },
                           widths: [35, 40, 25])
            }
        }

        body.heading("Rutiner")
        if let deviation = view.deviation {
            body.heading("Avvikelser", level: 2)
            body.numbered(deviation.steps)
            body.paragraph("Mottagare av avvikelser av principiell karaktär: \(deviation.receiver).")
        }
        body.heading("Samtycke", level: 2)
        body.paragraph(view.consent)
        if let initiators = view.sipInitiators {
            body.heading("Samordnad individuell plan (SIP)", level: 2)
            body.paragraph("Kan kalla till SIP: \(initiators). " + (view.schoolSIP ?? ""))
        }
        if let followUp = view.followUp {
            body.heading("Uppföljning", level: 2)
            let indicators = followUp.indicators.isEmpty ? "" : " Indikatorer:"
            body.paragraph("\(followUp.owner) följer upp överenskommelsen \(followUp.period).\(indicators)")
            if !followUp.indicators.isEmpty { body.bullets(followUp.indicators) }
        }

        body.heading(OwnDocument.textHeading)
        // Under Heading 1 "Överenskommelsens text", the text's `##` sections are Heading 2: no level skipped
        // (Word's navigation pane and its accessibility check need every level).
        body.markdown(CommonMarkConverter.blocks(from: SignedText.markdown(of: source.agreement), headingOffset: 0))

        if !view.attachments.isEmpty {
            body.heading(OwnDocument.attachmentsHeading)
            body.bullets(view.attachments.map(\.title))
        }

        body.heading(OwnDocument.signaturesHeading, pageBreakBefore: true)
        body.paragraph("Överenskommelsen undertecknas av parterna. Var och en fyller i ort och datum och skriver under.")
        for (index, signatory) in view.signatories.enumerated() {
            let number = index + 1
            body.heading(signatory.organisation, level: 2)
            body.paragraph("Roll: \(signatory.role)", keepNext: true)
            body.field("Ort", body.controls.text(tag: "ort-\(number)", label: "Ort, \(signatory.organisation)"), keepNext: true)
            body.field("Datum", body.controls.date(tag: "datum-\(number)", label: "Datum, \(signatory.organisation)"), keepNext: true)
            body.signatureLine("Underskrift", keepNext: true)
            body.field("Namnförtydligande", body.controls.text(tag: "namn-\(number)", label: "Namnförtydligande, \(signatory.organisation)"))
        }
        return (body, view.title, view.kind)
    }

    func reportBody(_ view: ReportView) -> (WordBody, String) {
        var body = WordBody()
        let title = view.title
        body.title(title)
        body.paragraph(view.ingress)
        body.paragraph(view.notice, bold: !view.protected)
        if let period = view.period { body.paragraph(period) }
        for sentence in view.leftOut { body.paragraph(sentence, bold: true) }
        if view.hasRegion { body.heading(view.summaryHeading) }
        for sentence in view.summary { body.paragraph(sentence) }
        if let overview = view.overview { figures(overview, caption: overview.caption, into: &body) }
        if let notInForce = view.notInForce { body.paragraph(notInForce) }
        for table in view.regionTables { figures(table, caption: table.caption, into: &body) }
        for area in view.areas {
            body.heading(area.name)
            if !area.hasRegister { body.paragraph(area.missing) }
            for sentence in area.sentences { body.paragraph(sentence) }
            for table in area.tables { figures(table, caption: table.caption, into: &body) }
        }
        return (body, title)
    }

    /// A table of figures: its row heads left, its figures set right (ones under ones, as the HTML's), each
    /// figure on one line ("färre än 3" with no-break spaces, never "färre / än 3").
    private func figures(_ table: TableView, caption: String, into body: inout WordBody) {
        let figures = table.rows.map { $0.cells.map { Self.unbroken($0.text) } }
        let rows = zip(table.rows, figures).map { row, figures in
            [WordXML.paragraph(WordXML.run(row.header, bold: row.isTotal))]
                + figures.map { WordXML.paragraph(WordXML.run($0, bold: row.isTotal), .init(alignRight: true)) }
        }
        // Wide enough for every word of a head or a cell, so that printed no word breaks inside ("individfor|um").
        let columns = ColumnWidths.fitting(
            head: table.head, rows: zip(table.rows, figures).map { [$0.header] + $1 }, boldRows: table.rows.map(\.isTotal),
            weights: [table.head.count >= 5 ? 2 : 3] + Array(repeating: 1, count: max(0, table.head.count - 1)))
        body.table(caption: caption, head: table.head, rows: rows, widths: columns.twips, headPoints: columns.headPoints,
                   rightAligned: Set(table.head.indices.dropFirst()))
    }

    /// A figure's spaces as no-break spaces: it is one word on paper.
    static func unbroken(_ figure: String) -> String { figure.replacingOccurrences(of: " ", with: "\u{00A0}") }
}

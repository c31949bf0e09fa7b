/// WordprocessingML written as text: the few elements bus-docs' Word documents use, every text escaped.
enum WordXML {
    /// The width of the text between A4's Swedish margins (2.5 cm each side), in twentieths of a point.
    static let textWidth = 9072

    /// Text as XML character data: `& < > "` escaped, and the control characters XML 1.0 cannot hold left out.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One run: text with line breaks and tabs, in a character style or with emphasis.
    /// `points`: a size of its own (a narrow table head's, smaller than the text so that a word fits its column).
    static func run(_ text: String, bold: Bool = false, italic: Bool = false, code: Bool = false, style: String? = nil, breakAfter: Bool = false,
                    points: Int? = nil) -> String {
        var properties = ""
        if let style { properties += "<w:rStyle w:val=\"\(style)\"/>" }
        if code { properties += "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/>" }
        if bold { properties += "<w:b/><w:bCs/>" }
        if italic { properties += "<w:i/><w:iCs/>" }
        if let points { properties += "<w:sz w:val=\"\(points * 2)\"/><w:szCs w:val=\"\(points * 2)\"/>" }
        var content = ""
        for (index, line) in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { content += "<w:br/>" }
            for (part, piece) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if part > 0 { content += "<w:tab/>" }
                if !piece.isEmpty { content += "<w:t xml:space=\"preserve\">\(escape(String(piece)))</w:t>" }
            }
        }
        if breakAfter { content += "<w:br/>" }
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + content + "</w:r>"
    }

    /// How a paragraph is set.
    struct Layout {
        var style: String?
        var keepNext = false
        /// Not split over two pages (with `keepNext` always).
        var keepLines = false
        var pageBreakBefore = false
        /// A numbering instance and level (`numbering.xml`).
        var numbering: (id: Int, level: Int)?
        /// A line under the paragraph: where a signature goes.
        var lineAbove = false
        /// A border all round: a box to write in.
        var box = false
        /// A left tab stop, in twips from the left margin.
        var tabStop: Int?
        var spaceBefore: Int?
        /// Room left under the paragraph, in twentieths of a point: where a printed form is written on by hand.
        var spaceAfter: Int?
        var indent: Int?
        /// Set against the right edge: a column of figures, its ones under its ones.
        var alignRight = false
    }

    static func paragraph(_ runs: String, _ layout: Layout = Layout()) -> String {
        var properties = ""
        if let style = layout.style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if layout.keepNext { properties += "<w:keepNext/><w:keepLines/>" } else if layout.keepLines { properties += "<w:keepLines/>" }
        if layout.pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if let numbering = layout.numbering {
            properties += "<w:numPr><w:ilvl w:val=\"\(numbering.level)\"/><w:numId w:val=\"\(numbering.id)\"/></w:numPr>"
        }
        if layout.lineAbove { properties += "<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr>" }
        if layout.box {
            properties += "<w:pBdr>" + ["top", "left", "bottom", "right"].map { "<w:\($0) w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\"auto\"/>" }.joined() + "</w:pBdr>"
        }
        if let tab = layout.tabStop { properties += "<w:tabs><w:tab w:val=\"left\" w:pos=\"\(tab)\"/></w:tabs>" }
        if layout.spaceBefore != nil || layout.spaceAfter != nil {
            properties += "<w:spacing" + (layout.spaceBefore.map { " w:before=\"\($0)\"" } ?? "") + (layout.spaceAfter.map { " w:after=\"\($0)\"" } ?? "") + "/>"
        }
        if let indent = layout.indent { properties += "<w:ind w:left=\"\(indent)\"/>" }
        if layout.alignRight { properties += "<w:jc w:val=\"right\"/>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>"
    }

    /// A table in Word's built-in Table Grid style, across the text width; `cells` hold paragraphs.
    /// `rightAligned`: the columns of figures, whose heads are set right as their figures are.
    /// `keepTogether`: a short table kept on one page: every paragraph of every row but the last keeps with
    /// the next, as no row splits and the head repeats on a page of its own.
    static func table(caption: String, head: [String], rows: [[String]], widths: [Int], headPoints: Int? = nil,
                      rightAligned: Set<Int> = [], keepTogether: Bool = false) -> String {
        let total = widths.reduce(0, +)
        let twips = widths.map { $0 * textWidth / max(1, total) }
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/>"
            + "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>"
            + "<w:tblCaption w:val=\"\(escape(caption))\"/></w:tblPr><w:tblGrid>"
            + twips.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
            + zip(head, twips).enumerated().map { column, pair in
                cell(paragraph(run(pair.0, bold: true, points: headPoints), Layout(keepNext: true, alignRight: rightAligned.contains(column))), width: pair.1)
            }.joined() + "</w:tr>"
        for (index, row) in rows.enumerated() {
            let kept = keepTogether && index < rows.count - 1
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + zip(row, twips).map { cell(kept ? keepingWithNext($0) : $0, width: $1) }.joined() + "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// Paragraphs (a cell's, as `paragraph` writes them) each set to keep with the next: `w:keepNext` in
    /// its place in the paragraph's properties, after its style.
    static func keepingWithNext(_ paragraphs: String) -> String {
        let keep = "<w:keepNext/>"
        var out = ""
        var rest = Substring(paragraphs.isEmpty ? "<w:p/>" : paragraphs)
        while let start = [rest.range(of: "<w:p>"), rest.range(of: "<w:p/>")].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) {
            out += rest[..<start.lowerBound]
            let empty = rest[start] == "<w:p/>"
            rest = rest[start.upperBound...]
            if empty { out += "<w:p><w:pPr>\(keep)</w:pPr></w:p>"; continue }
            out += "<w:p>"
            guard rest.hasPrefix("<w:pPr>") else { out += "<w:pPr>\(keep)</w:pPr>"; continue }
            let properties = rest[..<(rest.range(of: "</w:pPr>")?.lowerBound ?? rest.endIndex)]
            if properties.contains(keep) { continue }
            if properties.hasPrefix("<w:pPr><w:pStyle "), let style = properties.range(of: "/>") {
                out += rest[..<style.upperBound] + keep
                rest = rest[style.upperBound...]
            } else {
                out += "<w:pPr>" + keep
                rest = rest.dropFirst("<w:pPr>".count)
            }
        }
        return out + rest
    }

    private static func cell(_ paragraphs: String, width: Int) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>" + (paragraphs.isEmpty ? "<w:p/>" : paragraphs) + "</w:tc>"
    }
}

/// Word content controls (`w:sdt`), each with a tag to find it by, a title (alias) and an id unique in the document.
struct WordControls {
    private(set) var count = 0

    private mutating func properties(tag: String, label: String, placeholder: Bool) -> String {
        count += 1
        return "<w:alias w:val=\"\(WordXML.escape(label))\"/><w:tag w:val=\"\(WordXML.escape(tag))\"/><w:id w:val=\"\(count)\"/>"
            + (placeholder ? "<w:showingPlcHdr/>" : "")
    }

    /// A control's text: its value, or — empty — a blank to write on in Word's placeholder style. The
    /// blank is what a form printed empty shows, so it holds no prompt ("Skriv namn" would be printed as
    /// if written in); on screen the control's title (its label) says what it is for.
    private static func content(_ value: String?, blank: String, lines: Int = 1, points: Int? = nil) -> String {
        if let value, !value.isEmpty { return WordXML.run(value, points: points) }
        return (1...max(1, lines)).map { WordXML.run(blank, style: "PlaceholderText", breakAfter: $0 < lines, points: points) }.joined()
    }

    /// A line to write on.
    static let blank = String(repeating: "_", count: 24)

    /// A plain-text control; empty, it shows a blank line to write on (`lines` of them when multi-line).
    /// `width`: the blank's length in characters, for a narrow table cell; `points`: a table's smaller size.
    mutating func text(tag: String, label: String, value: String? = nil, multiline: Bool = false, lines: Int = 3, width: Int = 24,
                       points: Int? = nil) -> String {
        let empty = value?.isEmpty ?? true
        return "<w:sdt><w:sdtPr>" + properties(tag: tag, label: label, placeholder: empty)
            + (multiline ? "<w:text w:multiLine=\"1\"/>" : "<w:text/>") + "</w:sdtPr><w:sdtContent>"
            + Self.content(value, blank: String(repeating: "_", count: width), lines: multiline ? lines : 1, points: points) + "</w:sdtContent></w:sdt>"
    }

    /// A multi-line text control that fills a box (`WordBody.area`): empty, its placeholder is `lines`
    /// lines of no-break spaces, which print as nothing and give the box its height, the room to write
    /// in by hand; on screen the whole box is the control to type into.
    mutating func boxedText(tag: String, label: String, value: String? = nil, lines: Int) -> String {
        let empty = value?.isEmpty ?? true
        return "<w:sdt><w:sdtPr>" + properties(tag: tag, label: label, placeholder: empty)
            + "<w:text w:multiLine=\"1\"/></w:sdtPr><w:sdtContent>"
            + Self.content(value, blank: String(repeating: "\u{00A0}", count: 60), lines: lines) + "</w:sdtContent></w:sdt>"
    }

    /// A date picker in Swedish, writing `yyyy-MM-dd`; `value` is an ISO date when known; empty, a blank
    /// in the date's shape.
    mutating func date(tag: String, label: String, value: String? = nil) -> String {
        let empty = value?.isEmpty ?? true
        return "<w:sdt><w:sdtPr>" + properties(tag: tag, label: label, placeholder: empty)
            + "<w:date" + (empty ? "" : " w:fullDate=\"\(value!)T00:00:00Z\"") + "><w:dateFormat w:val=\"yyyy-MM-dd\"/><w:lid w:val=\"sv-SE\"/>"
            + "<w:storeMappedDataAs w:val=\"dateTime\"/><w:calendar w:val=\"gregorian\"/></w:date></w:sdtPr><w:sdtContent>"
            + Self.content(value, blank: "______-____-____") + "</w:sdtContent></w:sdt>"
    }

    /// A check box (Word 2010's `w14:checkbox`), unchecked.
    mutating func checkbox(tag: String, label: String) -> String {
        "<w:sdt><w:sdtPr>" + properties(tag: tag, label: label, placeholder: false)
            + "<w14:checkbox><w14:checked w14:val=\"0\"/><w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/>"
            + "<w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/></w14:checkbox></w:sdtPr><w:sdtContent>"
            + "<w:r><w:rPr><w:rFonts w:ascii=\"MS Gothic\" w:eastAsia=\"MS Gothic\" w:hAnsi=\"MS Gothic\" w:hint=\"eastAsia\"/></w:rPr><w:t>\u{2610}</w:t></w:r>"
            + "</w:sdtContent></w:sdt>"
    }

    /// A drop-down list whose items each show a text and record a value of their own (a register's value:
    /// "Remisshantering" records `remiss`); the first item of a value repeated is kept. Until one is
    /// chosen it shows `onPaper` as its placeholder (`w:showingPlcHdr`): what a form printed blank lists
    /// to tick one of ("Kryssa i ett av ämnena: ☐ SIP …"), since paper cannot open a list. Word and LibreOffice
    /// replace the placeholder with the chosen item, so a filled-in form prints the answer alone.
    mutating func dropDown(tag: String, label: String, items: [(text: String, value: String)], onPaper: String) -> String {
        var seen: Set<String> = []
        let items = items.filter { seen.insert($0.value).inserted }
            .map { "<w:listItem w:displayText=\"\(WordXML.escape($0.text))\" w:value=\"\(WordXML.escape($0.value))\"/>" }.joined()
        return "<w:sdt><w:sdtPr>" + properties(tag: tag, label: label, placeholder: true)
            + "<w:dropDownList>\(items)</w:dropDownList></w:sdtPr><w:sdtContent>"
            + Self.content(nil, blank: onPaper) + "</w:sdtContent></w:sdt>"
    }
}

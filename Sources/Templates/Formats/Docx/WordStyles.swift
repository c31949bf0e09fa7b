import Foundation

/// The styles a bus-docs Word document uses: Word's built-in ones, so that a municipality's own
/// reference document (`--reference-docx`) restyles them by name, as pandoc's reference document does.
enum WordStyles {
    /// Each style by id, with its built-in name and its definition when the reference document has none.
    struct Style: Sendable {
        var id: String
        var name: String
        var definition: String
    }

    static let styles: [Style] = [
        Style(id: "Normal", name: "Normal", definition: """
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:style>
            """),
        Style(id: "Title", name: "Title", definition: """
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:after="240"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:b/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
            """),
        heading(1, size: 32, before: 360), heading(2, size: 28, before: 240), heading(3, size: 24, before: 200),
        heading(4, size: 22, before: 160), heading(5, size: 22, before: 120), heading(6, size: 22, before: 120),
        Style(id: "Caption", name: "caption", definition: """
            <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:i/><w:sz w:val="20"/></w:rPr></w:style>
            """),
        Style(id: "ListParagraph", name: "List Paragraph", definition: """
            <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
            """),
        Style(id: "Quote", name: "Quote", definition: """
            <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720" w:right="720"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
            """),
        Style(id: "NoSpacing", name: "No Spacing", definition: """
            <w:style w:type="paragraph" w:styleId="NoSpacing"><w:name w:val="No Spacing"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/><w:sz w:val="20"/></w:rPr></w:style>
            """),
        Style(id: "DefaultParagraphFont", name: "Default Paragraph Font", definition: """
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
            """),
        Style(id: "PlaceholderText", name: "Placeholder Text", definition: """
            <w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="666666"/></w:rPr></w:style>
            """),
        Style(id: "TableNormal", name: "Normal Table", definition: """
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            """),
        Style(id: "TableGrid", name: "Table Grid", definition: """
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
            """),
    ]

    private static func heading(_ level: Int, size: Int, before: Int) -> Style {
        Style(id: "Heading\(level)", name: "heading \(level)", definition: """
            <w:style w:type="paragraph" w:styleId="Heading\(level)"><w:name w:val="heading \(level)"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="\(before)" w:after="80"/><w:outlineLvl w:val="\(level - 1)"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:b/><w:bCs/><w:sz w:val="\(size)"/><w:szCs w:val="\(size)"/></w:rPr></w:style>
            """)
    }

    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    /// bus-docs' own styles part: Calibri 11 pt, Swedish.
    static var defaultPart: String {
        header + #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
            + #"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>"#
            + #"<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>"#
            + #"<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
            + styles.map(\.definition).joined() + "</w:styles>"
    }

    /// A reference document's styles part with the styles bus-docs uses: its own id for each built-in
    /// name it has (a Swedish Word names "heading 1" `Rubrik1`), and bus-docs' definition of each it lacks.
    static func merge(reference part: String) -> (part: String, ids: [String: String]) {
        var ids: [String: String] = [:]
        let named = Dictionary(styleNames(in: part), uniquingKeysWith: { first, _ in first })
        var missing = ""
        for style in styles {
            if let id = named[style.name.lowercased()] {
                ids[style.id] = id
            } else if named.values.contains(style.id) {
                // The id is taken by another style: ours gets an id of its own.
                let id = "BusDocs" + style.id
                ids[style.id] = id
                missing += style.definition.replacingOccurrences(of: "w:styleId=\"\(style.id)\"", with: "w:styleId=\"\(id)\"")
                    .replacingOccurrences(of: " w:default=\"1\"", with: "")
            } else {
                missing += style.definition.replacingOccurrences(of: " w:default=\"1\"", with: "")
            }
        }
        guard let end = part.range(of: "</w:styles>", options: .backwards) else { return (part, ids) }
        return (part.replacingCharacters(in: end, with: missing + "</w:styles>"), ids)
    }

    /// (lowercased name, id) of every style in a styles part.
    static func styleNames(in part: String) -> [(String, String)] {
        var found: [(String, String)] = []
        var rest = part[...]
        while let start = rest.range(of: "<w:style ") {
            let element = rest[start.lowerBound...]
            let end = element.range(of: "</w:style>")?.upperBound ?? element.endIndex
            let text = element[..<end]
            if let id = attribute("w:styleId", in: text), let nameTag = text.range(of: "<w:name "),
               let name = attribute("w:val", in: text[nameTag.lowerBound...]) {
                found.append((name.lowercased(), id))
            }
            rest = element[end...]
        }
        return found
    }

    private static func attribute(_ name: String, in text: Substring) -> String? {
        guard let start = text.range(of: name + "=\"") else { return nil }
        let value = text[start.upperBound...]
        guard let end = value.firstIndex(of: "\"") else { return nil }
        return String(value[..<end])
    }
}

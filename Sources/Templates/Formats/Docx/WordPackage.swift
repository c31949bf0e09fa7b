import BUSDocsKit
import Foundation
import ZIPFoundation

/// A Word document's parts, zipped into a `.docx` (Office Open XML): the body, its header and footers, its styles (bus-docs'
/// own or a reference document's), numbering, settings and properties. The one place bus-docs writes or
/// reads ZIP files.
struct WordPackage {
    /// Document properties: title, subject, and as custom properties the generator (by which `import`
    /// knows bus-docs' own documents, `OwnDocument`) and the agreement's area.
    struct Properties {
        var title: String
        var subject: String
        var area: String?
    }

    var body: WordBody
    var properties: Properties
    var reference: WordReference?

    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// `word/document.xml`: the body on A4 with Swedish margins (2.5 cm), its styles named by the
    /// reference document's ids when there is one.
    var documentPart: String {
        var xml = WordStyles.header
            + "<w:document xmlns:w=\"\(Self.mainNamespace)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " mc:Ignorable=\"w14\"><w:body>" + body.xml
            + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"\(Self.headerRelation)\"/>"
            + "<w:footerReference w:type=\"default\" r:id=\"\(Self.footerRelation)\"/><w:footerReference w:type=\"first\" r:id=\"\(Self.firstFooterRelation)\"/>"
            + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\""
            + " w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/><w:cols w:space=\"708\"/><w:titlePg/></w:sectPr></w:body></w:document>"
        for (ours, theirs) in stylesPart.ids where ours != theirs {
            for element in ["pStyle", "rStyle", "tblStyle"] {
                xml = xml.replacingOccurrences(of: "<w:\(element) w:val=\"\(ours)\"/>", with: "<w:\(element) w:val=\"\(theirs)\"/>")
            }
        }
        return xml
    }

    /// The relationships of the header and footers: named apart from the numbered ones (`rId1` …).
    static let headerRelation = "rIdHeader", footerRelation = "rIdFooter", firstFooterRelation = "rIdFirstFooter"

    /// `word/header1.xml`: the document's title at the top of every page but the first (`w:titlePg`: the
    /// first page has its heading), so a printed page 2 still says what it belongs to.
    var headerPart: String {
        WordStyles.header + "<w:hdr xmlns:w=\"\(Self.mainNamespace)\"><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr>"
            + "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\">\(WordXML.escape(properties.title))</w:t></w:r></w:p></w:hdr>"
    }

    /// `word/footer1.xml` (every page, the first too): "Sida 1 av 3", as the PDF's pages are numbered,
    /// from Word's PAGE and NUMPAGES fields.
    static let footerPart: String = {
        func field(_ code: String) -> String {
            "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:instrText xml:space=\"preserve\"> \(code) </w:instrText></w:r>"
                + "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t>1</w:t></w:r>"
                + "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        func text(_ words: String) -> String { "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\">\(words)</w:t></w:r>" }
        return WordStyles.header + "<w:ftr xmlns:w=\"\(mainNamespace)\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
            + text("Sida ") + field("PAGE") + text(" av ") + field("NUMPAGES") + "</w:p></w:ftr>"
    }()

    var stylesPart: (part: String, ids: [String: String]) {
        guard let reference else { return (WordStyles.defaultPart, [:]) }
        return WordStyles.merge(reference: reference.styles)
    }

    /// Bullets (instance 1) and one numbered instance per numbered list, each restarting at its start.
    var numberingPart: String {
        let bullets = ["\u{2022}", "\u{25E6}", "\u{25AA}"]
        var xml = WordStyles.header + "<w:numbering xmlns:w=\"\(Self.mainNamespace)\">"
        xml += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>" + (0..<9).map { level in
            "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\(bullets[level % 3])\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"\(720 * (level + 1))\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        }.joined() + "</w:abstractNum>"
        xml += "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>" + (0..<9).map { level in
            let format = ["decimal", "lowerLetter", "lowerRoman"][level % 3]
            return "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"%\(level + 1).\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"\(720 * (level + 1))\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        }.joined() + "</w:abstractNum>"
        xml += "<w:num w:numId=\"\(WordBody.bulletsNumbering)\"><w:abstractNumId w:val=\"0\"/></w:num>"
        for (id, start) in body.numberedLists.sorted(by: { $0.key < $1.key }) {
            xml += "<w:num w:numId=\"\(id)\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"\(start)\"/></w:lvlOverride></w:num>"
        }
        return xml + "</w:numbering>"
    }

    static let settingsPart = WordStyles.header
        + "<w:settings xmlns:w=\"\(mainNamespace)\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"1304\"/><w:hyphenationZone w:val=\"425\"/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "<w:themeFontLang w:val=\"sv-SE\"/></w:settings>"

    var corePart: String {
        WordStyles.header
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(WordXML.escape(properties.title))</dc:title><dc:subject>\(WordXML.escape(properties.subject))</dc:subject>"
            + "<dc:creator>\(OwnDocument.generator)</dc:creator>" + (properties.area.map { "<cp:keywords>\(WordXML.escape($0))</cp:keywords>" } ?? "")
            + "<dc:language>sv-SE</dc:language></cp:coreProperties>"
    }

    var customPart: String {
        WordStyles.header
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Generator\"><vt:lpwstr>\(OwnDocument.generator)</vt:lpwstr></property>"
            + (properties.area.map { "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"3\" name=\"Område\"><vt:lpwstr>\(WordXML.escape($0))</vt:lpwstr></property>" } ?? "")
            + "</Properties>"
    }

    static let appPart = WordStyles.header
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>bus-docs</Application></Properties>"

    /// Every part by its name in the package, in the order written.
    var parts: [(String, String)] {
        let theme = reference?.theme
        let types = "application/vnd.openxmlformats-officedocument."
        var overrides = [
            ("/word/document.xml", types + "wordprocessingml.document.main+xml"),
            ("/word/styles.xml", types + "wordprocessingml.styles+xml"),
            ("/word/numbering.xml", types + "wordprocessingml.numbering+xml"),
            ("/word/settings.xml", types + "wordprocessingml.settings+xml"),
            ("/word/header1.xml", types + "wordprocessingml.header+xml"),
            ("/word/footer1.xml", types + "wordprocessingml.footer+xml"),
            ("/word/footer2.xml", types + "wordprocessingml.footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", types + "extended-properties+xml"),
            ("/docProps/custom.xml", types + "custom-properties+xml"),
        ]
        if theme != nil { overrides.append(("/word/theme/theme1.xml", types + "theme+xml")) }
        let contentTypes = WordStyles.header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + overrides.map { "<Override PartName=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined() + "</Types>"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        func rels(_ list: [(String, String)], named: [(String, String, String)] = []) -> String {
            WordStyles.header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + list.enumerated().map { "<Relationship Id=\"rId\($0.offset + 1)\" Type=\"\($0.element.0)\" Target=\"\($0.element.1)\"/>" }.joined()
                + named.map { "<Relationship Id=\"\($0.0)\" Type=\"\($0.1)\" Target=\"\($0.2)\"/>" }.joined()
                + "</Relationships>"
        }
        var wordRelations = [(relationships + "styles", "styles.xml"), (relationships + "numbering", "numbering.xml"), (relationships + "settings", "settings.xml")]
        if theme != nil { wordRelations.append((relationships + "theme", "theme/theme1.xml")) }
        var result = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rels([
                (relationships + "officeDocument", "word/document.xml"),
                ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                (relationships + "extended-properties", "docProps/app.xml"),
                (relationships + "custom-properties", "docProps/custom.xml"),
            ])),
            ("word/document.xml", documentPart),
            ("word/_rels/document.xml.rels", rels(wordRelations, named: [
                (Self.headerRelation, relationships + "header", "header1.xml"),
                (Self.footerRelation, relationships + "footer", "footer1.xml"),
                (Self.firstFooterRelation, relationships + "footer", "footer2.xml"),
            ])),
            ("word/styles.xml", stylesPart.part),
            ("word/numbering.xml", numberingPart),
            ("word/settings.xml", Self.settingsPart),
            ("word/header1.xml", headerPart),
            ("word/footer1.xml", Self.footerPart),
            ("word/footer2.xml", Self.footerPart),
            ("docProps/core.xml", corePart),
            ("docProps/app.xml", Self.appPart),
            ("docProps/custom.xml", customPart),
        ]
        if let theme { result.append(("word/theme/theme1.xml", theme)) }
        return result
    }

    /// The `.docx` bytes: the same document gives the same bytes (every entry dated 1980-01-01).
    func zipped() throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: 315_532_800)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw WordError.cannotZip }
        return Array(data)
    }
}

/// A municipality's own Word document whose styles (and theme) bus-docs' documents take, as pandoc's
/// `--reference-doc` does.
public struct WordReference: Sendable {
    var styles: String
    var theme: String?

    /// Reads `word/styles.xml` (and `word/theme/theme1.xml`) from a .docx or .dotx.
    public static func load(_ path: String) throws -> WordReference {
        guard let data = FileManager.default.contents(atPath: path) else { throw WordError.unreadableReference(path: path, problem: .missing) }
        guard let parts = try? WordPackage.textParts(of: data, named: ["word/styles.xml", "word/theme/theme1.xml"]) else {
            throw WordError.unreadableReference(path: path, problem: .notZip)
        }
        guard let styles = parts["word/styles.xml"], styles.contains("<w:styles"), styles.contains("</w:styles>") else {
            throw WordError.unreadableReference(path: path, problem: .noStyles)
        }
        return WordReference(styles: styles, theme: parts["word/theme/theme1.xml"])
    }
}

extension WordPackage {
    /// The parts of a .docx that are UTF-8 text, by name: those `names` lists, or every one when nil.
    static func textParts(of data: Data, named names: Set<String>? = nil) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive where entry.type == .file && names?.contains(entry.path) != false {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            if let text = String(data: bytes, encoding: .utf8) { parts[entry.path] = text }
        }
        return parts
    }
}

/// What can go wrong writing Word: a reference document that cannot be used.
public enum WordError: Error, Equatable {
    public enum Problem: Equatable, Sendable {
        case missing, notZip, noStyles
    }

    case unreadableReference(path: String, problem: Problem)
    case cannotZip

    public var text: LocalizedText {
        switch self {
        case let .unreadableReference(path, .missing):
            return LocalizedText(sv: "--reference-docx \(path): filen finns inte eller kan inte läsas", en: "--reference-docx \(path): the file does not exist or cannot be read")
        case let .unreadableReference(path, .notZip):
            return LocalizedText(sv: "--reference-docx \(path): är inget Word-dokument (.docx är en ZIP-fil, och den här går inte att packa upp)",
                                 en: "--reference-docx \(path): not a Word document (a .docx is a ZIP file, and this one cannot be unpacked)")
        case let .unreadableReference(path, .noStyles):
            return LocalizedText(sv: "--reference-docx \(path): Word-dokumentet har inga formatmallar (word/styles.xml saknas eller är trasig)",
                                 en: "--reference-docx \(path): the Word document has no styles (word/styles.xml is missing or broken)")
        case .cannotZip:
            return LocalizedText(sv: "kunde inte packa Word-dokumentet", en: "could not pack the Word document")
        }
    }
}

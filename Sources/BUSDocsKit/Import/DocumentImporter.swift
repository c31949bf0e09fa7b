import Foundation

/// `import`: a document in Word, OpenDocument, PDF, plain text or Markdown turned into an agreement draft.
/// read → blocks (`ImportedDocument`) → body (`MarkdownBody`) and facts (`FactFinder`) → draft (`ImportedDraft`).
public enum DocumentImporter {
    public static let extensions = ["docx", "odt", "pdf", "txt", "md", "markdown"]
    /// Larger inputs are refused before they are read: no agreement is a hundred megabytes of text.
    static let fileLimit = 100 << 20

    public static func read(path: String) throws -> ImportedDocument {
        var document = try readBlocks(path: path)
        if OwnDocument.text(of: document) != nil { document.note(.ownPartsRead) }
        return document
    }

    private static func readBlocks(path: String) throws -> ImportedDocument {
        let type = (path as NSString).pathExtension.lowercased()
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw FileProblem.system(errno, path: path, writing: false)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ImportProblem(sv: "inte en vanlig fil", en: "not a regular file")
        }
        guard Int(status.st_size) <= fileLimit else {
            throw ImportProblem(sv: "filen är större än \(fileLimit >> 20) MB; så stora dokument importeras inte", en: "the file is larger than \(fileLimit >> 20) MB; documents that large are not imported")
        }
        if type == "doc" {
            throw ImportProblem(sv: "ett äldre Word-dokument (.doc); öppna det i Word eller LibreOffice och spara som .docx",
                                en: "a legacy Word document (.doc); open it in Word or LibreOffice and save it as .docx")
        }
        if type == "pdf" { return try TextReader.pdf(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileProblem.system(errno == 0 ? EACCES : errno, path: path, writing: false)
        }
        let bytes = [UInt8](data)
        switch type {
        case "docx", "docm", "dotx": return try WordReader.read(path: path, bytes: bytes)
        case "odt", "ott": return try OpenDocumentReader.read(path: path, bytes: bytes)
        case "txt", "text", "md", "markdown":
            if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
                throw ImportProblem(sv: "filen är inte text utan ett kontorsdokument; ge den rätt filändelse (.docx, .odt)",
                                    en: "the file is an office document, not text; give it its right extension (.docx, .odt)")
            }
            guard var text = String(validatingUTF8: bytes.map { CChar(bitPattern: $0) } + [0]) ?? Optional(String(decoding: bytes, as: UTF8.self)) else {
                throw ImportProblem(sv: "texten är inte UTF-8", en: "the text is not UTF-8")
            }
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            let markdown = type == "md" || type == "markdown"
            if markdown, text.hasPrefix("---\n") || text.hasPrefix("---\r\n"), let end = text.range(of: "\n---", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) {
                text = String(text[end.upperBound...]).drop { $0 != "\n" }.description
            }
            return TextReader.plain(text, markdown: markdown)
        default:
            throw ImportProblem(sv: "okänd filtyp .\(type); bus-docs import läser \(extensions.map { "." + $0 }.joined(separator: ", "))",
                                en: "unknown file type .\(type); bus-docs import reads \(extensions.map { "." + $0 }.joined(separator: ", "))")
        }
    }

    /// The draft for a document read: its body and its front matter inferred with the rule set
    /// (`--rules`, else the one the text names, else the current one); and the document with what was
    /// left out of the body noted, for the report.
    public static func draft(_ document: ImportedDocument, rules: RuleSet?) -> (draft: ImportedDraft, facts: ImportFacts, document: ImportedDocument) {
        var read = document
        let fallback = RuleSet.current
        let finder = FactFinder(document: document, ruleSet: rules ?? fallback)
        var facts = finder.facts(knownRuleSet: rules?.id)
        var ruleSet = rules ?? fallback
        if rules == nil, let named = facts.ruleSet.flatMap({ RuleSet.builtIn(named: $0.value) }), named.id != fallback.id {
            ruleSet = named
            facts = FactFinder(document: document, ruleSet: named).facts(knownRuleSet: named.id)
        }
        let body: String
        if let text = OwnDocument.text(of: document) {
            var own = document
            own.blocks = text
            body = MarkdownBody.render(own, exactLevels: true)
        } else {
            // The signature block is read into `undertecknare`, not kept as text.
            let form = finder.signatureFormBlocks()
            var shown = document
            shown.blocks = document.blocks.enumerated().filter { !form.contains($0.offset) }.map(\.element)
            body = MarkdownBody.render(shown)
            read.note(.signatureBlockRead, form.count)
        }
        return (ImportedDraft(facts: facts, ruleSet: ruleSet, ruleSetGiven: rules != nil, body: body), facts, read)
    }
}

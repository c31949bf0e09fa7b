import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

/// A document a command writes, with what it is made from.
enum OutputDocument {
    case group(DocumentSource, group: Group, date: LocalDate?, noticed: LocalDate?, today: LocalDate)
    case deviationForm(DocumentSource)
    case agreement(DocumentSource)
    case followUp(FollowUpReport, ruleSets: [String: RuleSet])
    case comparison(AgreementComparison)

    enum Kind: CaseIterable {
        case group, deviationForm, agreement, followUp, comparison

        var words: LocalizedText {
            switch self {
            case .group: return LocalizedText(sv: "protokoll och dagordningar", en: "protocols and agendas")
            case .deviationForm: return LocalizedText(sv: "avvikelseblanketter", en: "deviation forms")
            case .agreement: return LocalizedText(sv: "överenskommelser", en: "agreements")
            case .followUp: return LocalizedText(sv: "uppföljningar", en: "follow-ups")
            case .comparison: return LocalizedText(sv: "jämförelser", en: "comparisons")
            }
        }
    }

    /// The name the site gives the document, without extension: what `-o FOLDER/` is told to add.
    var fileStem: String {
        switch self {
        case let .group(_, group, _, _, _): return String(DocumentSource.documentFile(for: group).dropLast(".html".count))
        case .deviationForm: return String(DocumentSource.deviationFormFile.dropLast(".html".count))
        case let .agreement(source): return source.slug
        case let .followUp(report, _): return "uppfoljning-\(report.year)"
        case .comparison: return "jamforelse"
        }
    }

    var kind: Kind {
        switch self {
        case .group: return .group
        case .deviationForm: return .deviationForm
        case .agreement: return .agreement
        case .followUp: return .followUp
        case .comparison: return .comparison
        }
    }
}

/// What a format renders with: the templates, and the Word reference document when one is named.
struct OutputContext {
    var templates: TemplateSet
    var wordReference: WordReference?
}

/// One output format: its `--format` name, the documents it writes, and how. Every format is one type
/// conforming to this, registered in `OutputFormats.all`; the commands' `--format` choices come from there.
protocol OutputFormat: Sendable {
    /// The `--format` value, also the file extension.
    var name: String { get }
    /// A few words after its name in a command's `--help`, when the name does not say enough about what
    /// it writes for that command's document.
    func note(for kind: OutputDocument.Kind) -> LocalizedText?
    var kinds: Set<OutputDocument.Kind> { get }
    /// Text that may go to standard output; other formats need a file.
    var isText: Bool { get }
    func render(_ document: OutputDocument, in context: OutputContext) throws -> [UInt8]
    /// Puts what `render` made into `file`, replacing it in one step.
    func write(_ rendered: [UInt8], to file: String) throws
}

extension OutputFormat {
    /// The extension a file in this format has: the name, but `.txt` for text.
    var fileExtension: String { name == "text" ? "txt" : name }

    var isText: Bool { true }
    func note(for kind: OutputDocument.Kind) -> LocalizedText? { nil }

    func write(_ rendered: [UInt8], to file: String) throws {
        try FileWriter.replace(rendered, at: file)
    }
}

/// Every output format, in the order `--help` lists them.
enum OutputFormats {
    static let all: [any OutputFormat] = [TextFormat(), HTMLFormat(), MarkdownFormat(), JSONFormat(), PDFFormat(), WordFormat()]

    static func named(_ name: String) -> (any OutputFormat)? {
        all.first { $0.name == name.lowercased() }
    }

    /// The formats that write a kind of document.
    static func writing(_ kind: OutputDocument.Kind) -> [any OutputFormat] {
        all.filter { $0.kinds.contains(kind) }
    }

    /// "html, md, pdf or docx", for help and messages.
    static func list(_ formats: [any OutputFormat], or word: String = "or") -> String {
        words(formats.map(\.name), or: word)
    }

    static func words(_ names: [String], or word: String) -> String {
        names.listed(word)
    }

    /// `--format`'s help for a command writing `kind`, in English or Swedish (`SwedishHelp` has both):
    /// "html, md, pdf (printed to A4) or docx (Word, with fields to fill in)."
    static func help(for kind: OutputDocument.Kind, swedish: Bool = false) -> String {
        let names = writing(kind).map { format in
            format.name + (format.note(for: kind).map { " (\(swedish ? $0.sv : $0.en))" } ?? "")
        }
        return words(names, or: swedish ? "eller" : "or") + "."
    }

    /// What `--help` says after the formats of a command with `-o`: which one is written without `--format`.
    static func defaultHelp(_ fallback: String, swedish: Bool = false) -> String {
        swedish ? " Utan --format: formatet som filändelsen i -o anger (.html, .pdf …), annars \(fallback)."
            : " Without --format: the format -o's file extension names (.html, .pdf …), otherwise \(fallback)."
    }

    /// The names of the formats that write `kind`, for a `--format` option's completion.
    static func names(writing kind: OutputDocument.Kind) -> [String] {
        writing(kind).map(\.name)
    }

    /// A single-document command's `--format` help: the formats that write its document, and the default.
    static func documentHelp(_ kind: OutputDocument.Kind, swedish: Bool = false) -> String {
        help(for: kind, swedish: swedish) + defaultHelp("html", swedish: swedish)
    }
}

/// A `--format` value: the name of one of `OutputFormats.all`.
struct FormatChoice: ExpressibleByArgument, Sendable {
    var format: any OutputFormat

    init(_ format: any OutputFormat) {
        self.format = format
    }

    init?(argument: String) {
        guard let format = OutputFormats.named(argument) else { return nil }
        self.format = format
    }

    /// None here: each command's `--format` help names the formats that write its document, and its
    /// completion offers those (`OutputFormats.names(writing:)`), not every format there is.
    static var allValueStrings: [String] { [] }
    var defaultValueDescription: String { format.name }

    /// `--format WORD` for a command writing `kind`: a word that names no format is refused with the
    /// formats that write `kind` (a format that exists but does not write it is refused by `check`).
    static func parse(_ word: String, writing kind: OutputDocument.Kind) throws -> FormatChoice {
        if let format = FormatChoice(argument: word) { return format }
        let formats = OutputFormats.names(writing: kind)
        // `pfd`, `jsno`: the format meant, among those that write `kind`, as a misspelt command is answered.
        let question = DidYouMean.question(for: word, among: formats)
        throw ValidationError(question.isEmpty
            ? RunLanguage.pick(sv: "inget format heter så; välj \(OutputFormats.words(formats, or: "eller"))",
                               en: "no format has that name; choose \(OutputFormats.words(formats, or: "or"))")
            : RunLanguage.pick(sv: "inget format heter så\(question) Välj \(OutputFormats.words(formats, or: "eller"))",
                               en: "no format has that name\(question) Choose \(OutputFormats.words(formats, or: "or"))"))
    }

    static let html = FormatChoice(HTMLFormat())
    static let text = FormatChoice(TextFormat())

    /// Refuses a format that does not write `kind`, naming those that do.
    func check(writes kind: OutputDocument.Kind) throws {
        guard !format.kinds.contains(kind) else { return }
        let formats = OutputFormats.writing(kind)
        throw CLIError.formatDoesNotWrite(format: format.name, kind: kind.words,
                                          choices: LocalizedText(sv: OutputFormats.list(formats, or: "eller"), en: OutputFormats.list(formats)))
    }
}

extension OutputFormats {
    /// Renders `document` in `format` and writes it to `output` (never over one of `sources`, which are
    /// `role`), or to standard output when there is none: only text, and HTML only when it is piped.
    static func emit(_ document: OutputDocument, as format: any OutputFormat, in context: OutputContext, to output: String?,
                     refusing sources: [String], role: LocalizedText) throws {
        guard let output else {
            if !format.isText {
                throw CLIError.formatNeedsFile(format: format.name)
            }
            if format is HTMLFormat, isatty(STDOUT_FILENO) == 1 {
                let text = OutputFormats.writing(document.kind).first { $0.isText && !($0 is HTMLFormat) }
                throw CLIError.htmlToTerminal(textFormat: text?.name)
            }
            FileHandle.standardOutput.write(Data(try format.render(document, in: context)))
            return
        }
        try OutputWriter.refuseSource(output, sources, as: role)
        try OutputWriter.refuseFolder(output, suggesting: document.fileStem + "." + format.fileExtension)
        try OutputWriter.refuseMissingFolder(output)
        try format.write(try format.render(document, in: context), to: output)
    }
}

extension FormatChoice {
    /// The format a command writes `kind` in: `--format` when it is given (a file named for another
    /// format is refused: `-o blankett.pdf` with `--format html` would be a "PDF" no reader opens), else
    /// the format `-o`'s extension names, else `fallback`. An extension naming a format that does not
    /// write `kind` is refused with the extensions that do.
    static func resolve(_ chosen: FormatChoice?, output: String?, default fallback: FormatChoice,
                        writing kind: OutputDocument.Kind) throws -> any OutputFormat {
        let named = output.flatMap(OutputFormats.named(byFile:))
        // `-o avtal.doc`, `.odt`, `.rtf`: a file named for a format bus-docs does not write would hold
        // another under that name, which the program it names does not open as such.
        if let output, named == nil, let written = Optional((output as NSString).pathExtension), !written.isEmpty, written.allSatisfy(\.isLetter) {
            let extensions = OutputFormats.writing(kind).map { "." + $0.fileExtension }
            throw CLIError.fileNamedForUnknownFormat(output: output, fileExtension: written,
                                                     choices: LocalizedText(sv: OutputFormats.words(extensions, or: "eller"),
                                                                            en: OutputFormats.words(extensions, or: "or")))
        }
        if let chosen {
            try chosen.check(writes: kind)
            if let output, let named, named.name != chosen.format.name {
                throw CLIError.fileNamedForAnotherFormat(output: output, named: named.name, format: chosen.format.name,
                                                        switchable: named.kinds.contains(kind))
            }
            return chosen.format
        }
        guard let output, let named else { return fallback.format }
        guard named.kinds.contains(kind) else {
            let extensions = OutputFormats.writing(kind).map { "." + $0.fileExtension }
            throw CLIError.fileNamedForFormatNotWriting(output: output, named: named.name, kind: kind.words,
                                                        choices: LocalizedText(sv: OutputFormats.words(extensions, or: "eller"),
                                                                               en: OutputFormats.words(extensions, or: "or")))
        }
        return named
    }
}

extension OutputFormats {
    /// The format a file's extension names (`.htm`, `.markdown` and `.txt` too), if any.
    static func named(byFile file: String) -> (any OutputFormat)? {
        let written = (file as NSString).pathExtension.lowercased()
        let aliases = ["htm": "html", "markdown": "md", "txt": "text"]
        return written.isEmpty ? nil : named(aliases[written] ?? written)
    }
}

extension OutputContext {
    /// The templates, and the reference document read when `--reference-docx` names one (for docx only).
    static func load(templates: TemplateSet, referenceDocx: String?, format: any OutputFormat) throws -> OutputContext {
        guard let referenceDocx else { return OutputContext(templates: templates) }
        guard format is WordFormat else {
            throw CLIError.referenceDocxOnlyForDocx
        }
        do {
            return OutputContext(templates: templates, wordReference: try WordReference.load(referenceDocx))
        } catch let error as WordError {
            throw CLIError.word(error)
        }
    }
}

import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

/// The document a single-document command writes, as a type, so that its `--format` help and completion
/// name only the formats that write it.
protocol DocumentKind {
    static var kind: OutputDocument.Kind { get }
}

enum GroupDocument: DocumentKind { static var kind: OutputDocument.Kind { .group } }
enum DeviationFormDocument: DocumentKind { static var kind: OutputDocument.Kind { .deviationForm } }
enum AgreementToSign: DocumentKind { static var kind: OutputDocument.Kind { .agreement } }

/// `--format`, `-o` and `--reference-docx`, shared by the single-document commands, and how their result is written.
struct DocumentOutputOptions<Kind: DocumentKind>: WritesToOutputOption {
    @Option(help: ArgumentHelp(OutputFormats.documentHelp(Kind.kind)), completion: .list(OutputFormats.names(writing: Kind.kind)),
            transform: { try FormatChoice.parse($0, writing: Kind.kind) })
    var format: FormatChoice?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output; required for pdf and docx).", valueName: "file"))
    var output: String?

    @Flag(help: "Replace a file already at -o (otherwise kept: it may have been filled in or signed).")
    var force = false

    @Option(help: ArgumentHelp("A Word document whose styles --format docx takes (Title, Heading 1–3, Table Grid …).", valueName: "file"))
    var referenceDocx: String?

    @OptionGroup var pdf: PDFOptions

    @OptionGroup var form: FilledFormOptions

    /// The format to write `kind` in: `--format`, else the one `-o`'s extension names, else html. An
    /// `-o` naming one of `sources`, or a document already there (without `--force`), is refused first:
    /// those are the mistakes that would lose something.
    func resolved(writing kind: OutputDocument.Kind, refusing sources: [String]) throws -> any OutputFormat {
        if let output {
            try OutputWriter.refuseSource(output, sources, as: Self.source)
            try OutputWriter.refuseExistingDocument(output, replacing: force)
        }
        return try FormatChoice.resolve(format, output: output, default: .html, writing: kind)
    }

    static var source: LocalizedText { LocalizedText(sv: "överenskommelsen som dokumentet görs från", en: "the agreement it is made from") }

    /// Renders `document` in the chosen format and writes it to `-o FILE` (never over one of `sources`),
    /// or to standard output.
    func emit(_ document: OutputDocument, templates: TemplateSet, refusing sources: [String]) throws {
        let format = try pdf.applied(to: try resolved(writing: document.kind, refusing: sources), filled: form.filled)
        let context = try OutputContext.load(templates: templates, referenceDocx: referenceDocx, format: format)
        try OutputFormats.emit(document, as: format, in: context, to: output, refusing: sources, role: Self.source)
    }
}

/// What `agreement` and `deviation` take, and what they do with it: one agreement, checked against a date,
/// made into one document that is written as `--format` and `-o` say.
struct OneAgreementDocument<Kind: DocumentKind>: ParsableArguments {
    @Argument(help: "The agreement file.")
    var agreement: String

    @Option(help: ArgumentHelp("The date the agreement is checked against, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    @OptionGroup var outputOptions: DocumentOutputOptions<Kind>
    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var ruleSetOptions: RuleSetOptions

    /// Loads and checks the agreement (a format that cannot write `kind` is refused first) and writes the
    /// document `make` makes of it.
    func write(_ kind: OutputDocument.Kind, _ make: (DocumentSource, _ userTemplates: [String]) throws -> OutputDocument) throws {
        _ = try outputOptions.resolved(writing: kind, refusing: [agreement])
        let templates = try templateOptions.load()
        let document = try SingleDocument.load(agreement, ruleSet: try ruleSetOptions.load(), today: try Today.parse(today), userTemplates: templates.customNames)
        try outputOptions.emit(make(document, templates.customNames), templates: templates, refusing: [agreement])
        try SingleDocument.failIfErrors(document)
    }
}
